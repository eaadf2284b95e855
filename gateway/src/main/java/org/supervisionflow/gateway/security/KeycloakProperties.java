package org.supervisionflow.gateway.security;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The Keycloak realm the gateway logs people in with, and the gateway's confidential client in it.
 *
 * @param issuerUri the realm's issuer, e.g. {@code http://localhost:8180/realms/supervision}
 * @param clientId the gateway's client in the realm
 * @param clientSecret that client's secret
 */
@ConfigurationProperties("supervision.keycloak")
public record KeycloakProperties(URI issuerUri, String clientId, String clientSecret) {

    static final String REGISTRATION_ID = "keycloak";

    /**
     * The client registration with every endpoint spelled out from the issuer, the way Keycloak lays them out, so
     * that the gateway starts without asking Keycloak for its discovery document: the local stack starts both at
     * once. The end-session endpoint goes into the provider metadata for RP-initiated logout.
     */
    ClientRegistration clientRegistration() {
        String issuer = issuer();
        String endpoints = endpoints();
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("督察通")
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(endpoints + "/auth")
                .tokenUri(endpoints + "/token")
                .userInfoUri(endpoints + "/userinfo")
                .userNameAttributeName("preferred_username")
                .jwkSetUri(jwkSetUri())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
                // A confidential client uses PKCE too: the realm requires S256 for this client.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    /** The issuer as Keycloak writes it into its tokens' {@code iss} claim (no trailing slash). */
    String issuer() {
        return issuerUri.toString().replaceAll("/+$", "");
    }

    /** The realm's signing keys (JWKS), for ID tokens at login and for the bearer tokens of scripts. */
    String jwkSetUri() {
        return endpoints() + "/certs";
    }

    private String endpoints() {
        return issuer() + "/protocol/openid-connect";
    }

    /** Scheme, host and port of Keycloak: the browser is sent there to log in and out. */
    String origin() {
        return issuerUri.getScheme() + "://" + issuerUri.getRawAuthority();
    }
}
