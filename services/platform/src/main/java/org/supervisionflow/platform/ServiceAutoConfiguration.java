package org.supervisionflow.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** What every service takes the same way: the offices' clock and the frame of its OpenAPI description. */
@AutoConfiguration
public class ServiceAutoConfiguration {

    private static final String BEARER = "keycloak-bearer";

    static {
        // CurrentUser comes from the bearer token, not from the request's parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    /** Deadlines are calendar days of the offices' time zone, not of wherever the server runs. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${supervision.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    /** Title from the application name, description from {@code supervision.api.description}; Keycloak bearer tokens. */
    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(@Value("${spring.application.name}") String name,
            @Value("${supervision.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title("督察通 " + name).version("v1").description(description))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A Keycloak access token of realm supervision (the gateway relays the user's).")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
