package org.supervisionflow.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signed RS256 access tokens shaped like our Keycloak realm's ({@code realm_access.roles},
 * {@code department}, {@code preferred_username}, {@code name}), verified by the services through the
 * real JWT decoder with the test key pair in {@code test-support/}. The whole-stack tests in deploy/e2e
 * use tokens from the real Keycloak instead.
 */
public final class TestTokens {

    private static final RSAPrivateKey KEY = loadPrivateKey();

    private TestTokens() {
    }

    public static String officeAdmin() {
        return token("admin", "督察办管理员", List.of("office-admin"), null);
    }

    public static String auditor() {
        return token("auditor", "督察员", List.of("auditor"), null);
    }

    public static String viewer() {
        return token("viewer", "领导查看", List.of("viewer"), null);
    }

    public static String submitter(String departmentCode) {
        return token("submitter-" + departmentCode, "填报员", List.of("dept-submitter"), departmentCode);
    }

    public static String leader(String departmentCode) {
        return token("leader-" + departmentCode, "部门负责人", List.of("dept-leader"), departmentCode);
    }

    /** An {@code Authorization} header value for the token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    public static String token(String username, String name, List<String> realmRoles, String departmentCode) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("http://localhost:8180/realms/supervision")
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("preferred_username", username)
                .claim("name", name)
                .claim("family_name", name.substring(0, 1))
                .claim("given_name", name.substring(1))
                .claim("realm_access", Map.of("roles", realmRoles));
        if (departmentCode != null) {
            claims.claim("department", departmentCode);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPrivateKey loadPrivateKey() {
        try (InputStream pem = TestTokens.class.getResourceAsStream("/test-support/jwt-private.pem")) {
            String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
