package org.supervisionflow.workflows.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.supervisionflow.platform.problem.ProblemResponses;
import org.supervisionflow.platform.security.KeycloakJwtConverter;

/**
 * Two filter chains instead of the platform's single one (which steps back when a service defines its own).
 * Cockpit and {@code /engine-rest} are left to Camunda's own authentication: the web apps log operators in
 * with a session against the engine's users, the REST API takes HTTP Basic through Camunda's filter, and
 * engine authorization limits both to what those users were granted. A Keycloak bearer token is worth
 * nothing there, and the gateway does not route there. Everything else is the platform's resource server.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowsSecurityConfiguration {

    /**
     * Matched on the whole path: the REST API and the web apps' own APIs are Jersey servlets beside Spring MVC's,
     * and a servlet-relative MVC matcher would miss them.
     */
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain camundaFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(PATHS.matcher("/camunda/**"), PATHS.matcher("/engine-rest/**"),
                        PATHS.matcher("/")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The web apps bring their own CSRF protection (XSRF-TOKEN cookie and header); the REST API is
                // called with Basic credentials by scripts, not by browsers holding a session.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** The platform's resource-server chain, repeated because defining any chain switches the platform's off. */
    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher("/actuator/health/**"), PATHS.matcher("/actuator/info"),
                                PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/swagger-ui/**"),
                                PATHS.matcher("/swagger-ui.html"), PATHS.matcher("/error"))
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtConverter()))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** HTTP Basic against the engine's users for every {@code /engine-rest} call, as Camunda documents it. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        // Lets the filter see engine names in paths like /engine-rest/engine/default/…
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restPath);
        registration.addUrlPatterns(restPath + "/*");
        return registration;
    }
}
