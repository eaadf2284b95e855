package org.supervisionflow.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void startsEveryServerItselfWhenTheEnvironmentNamesNone() {
        StackSettings settings = StackSettings.from(Map.of());

        assertThat(settings.postgres().embedded()).isTrue();
        assertThat(settings.postgres().jdbcUrl("keycloak")).isEqualTo("jdbc:postgresql://localhost:55432/keycloak");
        assertThat(settings.embeddedKafka()).isTrue();
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:9092");
        assertThat(settings.embeddedKeycloak()).isTrue();
        assertThat(settings.issuerUri()).isEqualTo("http://localhost:8180/realms/supervision");
        assertThat(settings.openIdConfiguration()).hasToString(
                "http://localhost:8180/realms/supervision/.well-known/openid-configuration");
        assertThat(settings.embeddedMail()).isTrue();
        assertThat(settings.smtpPort()).isEqualTo(3025);
    }

    @Test
    void usesTheServerOfSpringDatasourceUrlWithADatabasePerService() {
        StackSettings settings = StackSettings.from(Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://db.internal:5433/postgres?sslmode=require",
                "SPRING_DATASOURCE_USERNAME", "supervision"));

        assertThat(settings.postgres().embedded()).isFalse();
        assertThat(settings.postgres().perServiceUrls()).isTrue();
        assertThat(settings.postgres().jdbcUrl("review"))
                .isEqualTo("jdbc:postgresql://db.internal:5433/review?sslmode=require");
        assertThat(settings.postgres().user()).isEqualTo("supervision");
    }

    @Test
    void usesALocalServerOnPostgresPort() {
        StackSettings.Postgres postgres = StackSettings.from(Map.of("POSTGRES_PORT", "5432")).postgres();

        assertThat(postgres.embedded()).isFalse();
        assertThat(postgres.perServiceUrls()).isFalse();
        assertThat(postgres.jdbcUrl("workflow")).isEqualTo("jdbc:postgresql://localhost:5432/workflow");
    }

    @Test
    void usesTheServerOnPostgresHostAndPort() {
        StackSettings.Postgres postgres = StackSettings.from(Map.of("POSTGRES_HOST", "db.internal")).postgres();

        assertThat(postgres.embedded()).isFalse();
        assertThat(postgres.jdbcUrl("review")).isEqualTo("jdbc:postgresql://db.internal:55432/review");
        assertThat(Applications.environment(ApplicationsTest.named("review-service"), StackSettings.from(
                Map.of("POSTGRES_HOST", "db.internal", "POSTGRES_PORT", "6543"))))
                .containsEntry("POSTGRES_HOST", "db.internal").containsEntry("POSTGRES_PORT", "6543");
    }

    @Test
    void leavesKafkaKeycloakAndMailToTheServersTheEnvironmentNames() {
        StackSettings settings = StackSettings.from(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker-1:9092,broker-2:9092",
                "KEYCLOAK_ISSUER_URI", "https://sso.example.org/realms/supervision/",
                "SMTP_HOST", "mail.example.org", "SMTP_PORT", "587"));

        assertThat(settings.embeddedKafka()).isFalse();
        assertThat(settings.embeddedKeycloak()).isFalse();
        assertThat(settings.openIdConfiguration()).hasToString(
                "https://sso.example.org/realms/supervision/.well-known/openid-configuration");
        assertThat(settings.embeddedMail()).isFalse();
        assertThat(settings.smtpHost()).isEqualTo("mail.example.org");
        assertThat(settings.smtpPort()).isEqualTo(587);
    }

    @Test
    void skipsTheApplicationsNamedInSupervisionLocalSkip() {
        assertThat(StackSettings.from(Map.of("SUPERVISION_LOCAL_SKIP", "workflows, gateway")).skipped())
                .containsExactly("gateway", "workflows");
        assertThat(StackSettings.from(Map.of()).skipped()).isEmpty();
    }

    @Test
    void explainsAMalformedDatasourceUrlInOneLine() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("SPRING_DATASOURCE_URL", "postgres://localhost/db")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("jdbc:postgresql://host:5432/postgres")
                .hasMessageNotContaining("\n");
    }

    @Test
    void explainsANonNumericPort() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("POSTGRES_PORT", "five")))
                .isInstanceOf(StackException.class)
                .hasMessage("POSTGRES_PORT must be a number, not 'five'.");
    }
}
