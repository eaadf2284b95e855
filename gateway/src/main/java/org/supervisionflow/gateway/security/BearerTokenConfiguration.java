package org.supervisionflow.gateway.security;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.supervisionflow.gateway.problem.ProblemResponses;
import org.supervisionflow.gateway.problem.Text;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * API calls of scripts, the CLI and the whole-stack tests: they carry a Keycloak access token of their own
 * ({@code Authorization: Bearer …}, e.g. from the {@code supervision-cli} client's direct grant) instead of a
 * session. The gateway checks the token's signature against the realm's keys and its issuer and expiry, then
 * forwards the call with the same header; {@code TokenRelay} leaves it alone because the caller is not an OAuth2
 * login. Such calls are stateless (no session, no cookies) and so need no CSRF token: a browser on another site
 * cannot set an {@code Authorization} header on a cross-site request, and it holds no token to put there.
 * Requests without a bearer header go on to the browser rules of {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class BearerTokenConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenConfiguration.class);

    private static final Text INVALID_TOKEN = Text.of("访问令牌无效", "Invalid access token");
    private static final Text INVALID_TOKEN_DETAIL = Text.of("访问令牌无效或已过期，请从 Keycloak 重新获取。",
            "The access token is invalid or has expired; get a new one from Keycloak.");
    private static final Text KEYS_UNAVAILABLE = Text.of("认证服务暂不可用", "Login service unavailable");
    private static final Text KEYS_UNAVAILABLE_DETAIL = Text.of("暂时无法从 Keycloak 获取验证访问令牌所需的密钥，请稍后重试。",
            "The gateway cannot fetch Keycloak's keys to check the access token right now; please retry later.");

    /** An API call that carries {@code Authorization: Bearer …}, whatever else it carries (cookies included). */
    static final ServerWebExchangeMatcher BEARER_API_CALL = new AndServerWebExchangeMatcher(
            new PathPatternParserServerWebExchangeMatcher("/api/**"), BearerTokenConfiguration::carriesBearerToken);

    private final ProblemResponses problems;

    BearerTokenConfiguration(ProblemResponses problems) {
        this.problems = problems;
    }

    /**
     * Checks Keycloak's access tokens: signature against the realm's JWKS (fetched on the first bearer call and
     * cached, fetched again when Keycloak signs with a key it does not know yet), issuer and expiry. Nothing is
     * fetched at start-up, so the gateway starts before Keycloak does.
     */
    @Bean
    ReactiveJwtDecoder keycloakAccessTokens(KeycloakProperties keycloak, WebClient.Builder webClients) {
        // A hanging Keycloak fails the call after seconds instead of holding it for the client's patience.
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                .responseTimeout(Duration.ofSeconds(5));
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(keycloak.jwkSetUri())
                .webClient(webClients.clone().clientConnector(new ReactorClientHttpConnector(http)).build())
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(keycloak.issuer()));
        // Failing to fetch the keys surfaces as a plain WebClient error; as a JwtException it becomes an
        // authentication service failure, which answers 503 below instead of an internal error.
        return token -> decoder.decode(token)
                .onErrorMap(failure -> !(failure instanceof JwtException),
                        failure -> new JwtException("Keycloak's signing keys could not be fetched", failure));
    }

    /** Runs before the browser chain, so a bearer API call never meets the session, the login or CSRF. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain bearerTokenWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder keycloakAccessTokens,
            KeycloakProperties keycloak) {
        return http
                .securityMatcher(BEARER_API_CALL)
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(keycloakAccessTokens))
                        .authenticationFailureHandler(this::refused)
                        .authenticationEntryPoint(this::invalidToken)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(this::invalidToken)
                        .accessDeniedHandler(problems::forbidden))
                // Stateless: the token is the whole login, so nothing goes into a session or a cookie. Spring Security
                // would already exempt bearer calls from CSRF; switched off here so no CSRF token starts a session.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(SecurityConfiguration.secureHeaders(keycloak))
                .build();
    }

    private Mono<Void> refused(WebFilterExchange exchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            log.warn("Cannot check a bearer token: {}", failure.getMessage());
            return problems.write(exchange.getExchange(), HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    KEYS_UNAVAILABLE, KEYS_UNAVAILABLE_DETAIL);
        }
        log.debug("Refused a bearer token: {}", failure.getMessage());
        return invalidToken(exchange.getExchange(), failure);
    }

    /** 401 in the gateway's problem shape, with the {@code WWW-Authenticate} challenge of RFC 6750. */
    private Mono<Void> invalidToken(ServerWebExchange exchange, AuthenticationException failure) {
        String error = failure instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError().getErrorCode()
                : "invalid_token";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + error + "\"");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", INVALID_TOKEN, INVALID_TOKEN_DETAIL);
    }

    private static Mono<MatchResult> carriesBearerToken(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return StringUtils.startsWithIgnoreCase(authorization, "bearer") ? MatchResult.match() : MatchResult.notMatch();
    }
}
