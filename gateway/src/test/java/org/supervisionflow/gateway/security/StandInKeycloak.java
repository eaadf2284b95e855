package org.supervisionflow.gateway.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Just enough of Keycloak's realm {@code supervision} for the gateway's bearer-token checks: a real HTTP server on a
 * free port that publishes the realm's public key where Keycloak does ({@code <issuer>/protocol/openid-connect/certs}),
 * and access tokens shaped like the realm's, signed with the matching private key.
 */
public final class StandInKeycloak implements AutoCloseable {

    private static final String REALM_PATH = "/realms/supervision";

    private final RSAKey signingKey = newKey("realm-key");
    private final RSAKey strangersKey = newKey("realm-key");
    private final HttpServer server;
    private final AtomicInteger keyFetches = new AtomicInteger();

    public StandInKeycloak() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> {
            keyFetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    /** The realm's issuer, as Keycloak writes it into {@code iss}. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    /** How often the realm's keys were asked for. */
    public int keyFetches() {
        return keyFetches.get();
    }

    /** A valid access token, as the {@code supervision-cli} client's direct grant hands out. */
    public String accessToken(String username, String role, String department) {
        return sign(signingKey, claims(issuer(), username, role, department, Instant.now().plus(Duration.ofMinutes(15))));
    }

    public String expiredAccessToken(String username, String role, String department) {
        return sign(signingKey, claims(issuer(), username, role, department, Instant.now().minus(Duration.ofMinutes(5))));
    }

    /** Signed with the realm's key but naming another realm as its issuer. */
    public String accessTokenIssuedBy(String issuer, String username, String role, String department) {
        return sign(signingKey, claims(issuer, username, role, department, Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** Claims of a real token, signed by a key the realm never published (under the same key id). */
    public String accessTokenSignedByAStranger(String username, String role, String department) {
        return sign(strangersKey, claims(issuer(), username, role, department, Instant.now().plus(Duration.ofMinutes(15))));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static JWTClaimsSet claims(String issuer, String username, String role, String department,
            Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .audience("account")
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiresAt))
                .claim("azp", "supervision-cli")
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(role)));
        if (department != null) {
            claims.claim("department", department);
        }
        return claims.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
