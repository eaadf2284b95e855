package org.supervisionflow.workflows.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * A filter chain ahead of the platform's resource-server chain, which keeps everything else. Cockpit and {@code /engine-rest} are left to Camunda's own authentication: the web apps log operators in
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
