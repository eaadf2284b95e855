package org.supervisionflow.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.HeaderSpec;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.web.server.WebFilter;
import org.supervisionflow.gateway.problem.ProblemResponses;

import reactor.core.publisher.Mono;

/**
 * Browser security of the backend-for-frontend. People log in with Keycloak (authorization code + PKCE); their
 * tokens stay in the gateway's session and are relayed to the services, never handed to the browser. Pages redirect
 * to the login, API calls answer 401 problem+json; only the published annual reports ({@code GET /api/public/**},
 * pages under {@code /public/}) are open to anyone. CSRF uses a cookie the web app reads ({@code XSRF-TOKEN}) and
 * echoes in the {@code X-XSRF-TOKEN} header. Logout ends the Keycloak session too. API calls that bring their own
 * bearer token never get here: {@link BearerTokenConfiguration}'s chain takes them first.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/" + KeycloakProperties.REGISTRATION_ID;
    static final String LOGIN_ERROR_PAGE = "/login-error.html";
    static final String PUBLIC_API = "/api/public/**";
    static final String PUBLIC_PAGES = "/public/**";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final ServerAuthenticationFailureHandler SHOW_LOGIN_ERROR =
            new RedirectServerAuthenticationFailureHandler(LOGIN_ERROR_PAGE);

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        return new InMemoryReactiveClientRegistrationRepository(keycloak.clientRegistration());
    }

    /** Tokens live in the user's session, so they are gone when the session ends (and not shared between browsers). */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemResponses problems,
            ReactiveClientRegistrationRepository clientRegistrations, KeycloakProperties keycloak) {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/api/**"), problems::unauthorized));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_PATH));

        OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession =
                new OidcClientInitiatedServerLogoutSuccessHandler(clientRegistrations);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");

        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));

        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, LOGIN_ERROR_PAGE).permitAll()
                        // Published annual reports are for everyone (向社会公开): their read-only API, the web app's
                        // public pages and the scripts and styles those pages need. Writing stays behind the login.
                        .pathMatchers(HttpMethod.GET, PUBLIC_API, PUBLIC_PAGES, "/assets/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login.authenticationFailureHandler(SecurityConfiguration::loginFailed))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problems::forbidden))
                // The web app sends the cookie's value back as it is, so the token is not masked (XOR).
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(problems::csrfRejected))
                .headers(secureHeaders(keycloak))
                .logout(logout -> logout
                        .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                                new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(endKeycloakSession))
                .build();
    }

    /**
     * A failed login lands on a static page with a retry link: the default, a protected {@code /login?error}, would
     * send the browser straight back to Keycloak, in a loop if the failure persists (a wrong client secret, say).
     */
    private static Mono<Void> loginFailed(WebFilterExchange exchange, AuthenticationException failure) {
        log.warn("Login with Keycloak failed: {}", failure.getMessage());
        return SHOW_LOGIN_ERROR.onAuthenticationFailure(exchange, failure);
    }

    /**
     * The CSRF token is created lazily; on WebFlux nothing writes the {@code XSRF-TOKEN} cookie unless someone
     * subscribes to it. The web app needs the cookie before its first POST, so every response subscribes.
     */
    @Bean
    WebFilter csrfCookieWriter() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }

    /** The same headers on every answer, whether a browser or a script asked. */
    static Customizer<HeaderSpec> secureHeaders(KeycloakProperties keycloak) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(keycloak)))
                .frameOptions(frames -> frames.mode(Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /**
     * Fit for a Vue single-page app with Element Plus (inline styles) and charts (data: and blob: images): scripts
     * only from the gateway itself, no framing. Forms may post to Keycloak because logout ends with a redirect
     * there, and browsers check form-action on redirects.
     */
    static String contentSecurityPolicy(KeycloakProperties keycloak) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                "form-action 'self' " + keycloak.origin());
    }
}
