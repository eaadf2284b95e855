package org.supervisionflow.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack finds its programs and keeps its data, PIDs and logs.
 *
 * @param repository   the checkout's root (holds the modules whose jars are started)
 * @param home         {@code deploy/local}
 * @param data         PostgreSQL, Kafka and Keycloak state; {@code SUPERVISION_LOCAL_DATA} moves it (the e2e tests
 *                     use their own, so they never touch a developer's data)
 * @param run          the PID files of the running stack
 * @param logs         one log file per server; {@code SUPERVISION_LOCAL_LOGS} moves it
 */
public record StackLayout(Path repository, Path home, Path data, Path run, Path logs) {

    static final String KEYCLOAK_FOLDER = "keycloak-26.7.3";

    /** The layout for a checkout, honouring the environment's overrides. */
    public static StackLayout of(Path repository, Map<String, String> env) {
        Path home = repository.resolve("deploy/local");
        return new StackLayout(repository.toAbsolutePath().normalize(), home.toAbsolutePath().normalize(),
                pathOr(env, "SUPERVISION_LOCAL_DATA", home.resolve(".data")),
                pathOr(env, "SUPERVISION_LOCAL_RUN", home.resolve(".run")),
                pathOr(env, "SUPERVISION_LOCAL_LOGS", home.resolve("logs")));
    }

    /** The checkout around a launcher jar at {@code deploy/local/target/local-*.jar}. */
    static Path repositoryAround(Path launcherJar) {
        Path candidate = launcherJar.toAbsolutePath().normalize();
        while (candidate != null && !Files.isRegularFile(candidate.resolve("deploy/local/pom.xml"))) {
            candidate = candidate.getParent();
        }
        if (candidate == null) {
            throw new StackException("Cannot tell where the checkout is: run the launcher through deploy/local/up.");
        }
        return candidate;
    }

    Path kafkaLibraries() {
        return home.resolve("target/kafka-libs");
    }

    Path greenMailLibraries() {
        return home.resolve("target/greenmail-libs");
    }

    Path keycloakHome() {
        return home.resolve("target").resolve(KEYCLOAK_FOLDER);
    }

    Path realmExport() {
        return repository.resolve("deploy/keycloak/src/main/resources/keycloak/supervision-realm.json");
    }

    Path postgresData() {
        return data.resolve("postgres");
    }

    Path kafkaData() {
        return data.resolve("kafka");
    }

    Path log(String server) {
        return logs.resolve(server + ".log");
    }

    private static Path pathOr(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        Path path = value == null || value.isBlank() ? fallback : Path.of(value);
        return path.toAbsolutePath().normalize();
    }
}
