package org.supervisionflow.assignment;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** assignment-service: departments, indicator frameworks, campaigns and the assignments they issue. */
@SpringBootApplication
public class AssignmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssignmentServiceApplication.class, args);
    }

    /** Deadlines are calendar days of the offices, so "today" is taken in their time zone, not the server's. */
    @Bean
    Clock clock(@Value("${supervision.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    OpenAPI assignmentServiceApi() {
        return new OpenAPI()
                .info(new Info().title("督察通 assignment-service")
                        .description("部门、督察内容分解表、督察任务与任务分派 / departments, indicator frameworks, campaigns and assignments")
                        .version("v1"))
                .components(new Components().addSecuritySchemes("keycloak",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }
}
