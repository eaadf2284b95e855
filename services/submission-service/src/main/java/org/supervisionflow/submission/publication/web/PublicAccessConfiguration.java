package org.supervisionflow.submission.publication.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.supervisionflow.platform.problem.ProblemResponses;

/**
 * Lets anonymous callers read the public annual reports: a chain for exactly that path, ahead of the platform's
 * resource-server chain, which keeps requiring a token everywhere else. Only GET; any other method is refused.
 */
@Configuration
class PublicAccessConfiguration {

    static final String PUBLIC_ANNUAL_REPORTS = "/api/public/annual-reports";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain publicAnnualReportsFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .securityMatcher(PUBLIC_ANNUAL_REPORTS, PUBLIC_ANNUAL_REPORTS + "/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
