package org.supervisionflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.supervisionflow.local.Applications.Application;

class ApplicationsTest {

    static Application named(String name) {
        return Applications.ALL.stream().filter(application -> application.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void runsEachApplicationOnItsPortAgainstTheStacksServers() {
        Map<String, String> environment = Applications.environment(named("submission-service"),
                StackSettings.from(Map.of()));

        assertThat(environment)
                .containsEntry("SERVER_PORT", "8082")
                .containsEntry("POSTGRES_HOST", "localhost")
                .containsEntry("POSTGRES_PORT", "55432")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("KEYCLOAK_ISSUER_URI", "http://localhost:8180/realms/supervision")
                .containsEntry("SMTP_HOST", "localhost")
                .containsEntry("SMTP_PORT", "3025")
                .doesNotContainKey("SUPERVISION_DEMO_DATA_ENABLED")
                .doesNotContainKey("SPRING_DATASOURCE_URL");
    }

    @Test
    void seedsDemoDataOnlyThroughAssignmentService() {
        assertThat(Applications.environment(named("assignment-service"), StackSettings.from(Map.of())))
                .containsEntry("SUPERVISION_DEMO_DATA_ENABLED", "true");
    }

    @Test
    void givesEachServiceItsOwnDatabaseOnAnExternalServer() {
        StackSettings settings = StackSettings.from(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/postgres"));

        assertThat(Applications.environment(named("workflows"), settings))
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/workflow")
                .doesNotContainKey("POSTGRES_PORT");
        assertThat(Applications.environment(named("gateway"), settings)).doesNotContainKey("SPRING_DATASOURCE_URL");
    }

    @Test
    void ownsOneDatabasePerServiceAndTheEngine() {
        assertThat(Applications.databases())
                .containsExactly("assignment", "submission", "review", "notification", "workflow");
    }

    @Test
    void findsTheExecutableJarAndIgnoresTheOthers(@TempDir Path repository) throws IOException {
        Path target = Files.createDirectories(repository.resolve("services/review-service/target"));
        Files.createFile(target.resolve("review-service-0.1.0-SNAPSHOT-plain.jar"));
        Files.createFile(target.resolve("review-service-0.1.0-SNAPSHOT-sources.jar"));

        assertThat(named("review-service").jar(repository)).isEmpty();

        Files.createFile(target.resolve("review-service-0.1.0-SNAPSHOT.jar"));
        assertThat(named("review-service").jar(repository))
                .contains(target.resolve("review-service-0.1.0-SNAPSHOT.jar"));
    }
}
