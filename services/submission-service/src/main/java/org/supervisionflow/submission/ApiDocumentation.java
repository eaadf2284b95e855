package org.supervisionflow.submission;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description served at {@code /v3/api-docs} and {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BEARER = "keycloak-bearer";

    static {
        // CurrentUser comes from the bearer token, not from the request's parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI submissionServiceApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("submission-service")
                        .version("v1")
                        .description("""
                                督察通 reports (自查报告 / 年度报告): each department's workspace for one assignment, \
                                with a section per assigned indicator and the general sections. Department users \
                                see only their own department's reports; office roles see all."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A Keycloak access token of realm supervision (the gateway relays the user's).")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
