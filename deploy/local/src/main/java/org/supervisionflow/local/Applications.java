package org.supervisionflow.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The four services, the workflow engine and the gateway: Spring Boot jars, each run with {@code java -jar}. */
final class Applications {

    /**
     * One of our deployables.
     *
     * @param name     artifactId = folder name = {@code spring.application.name}
     * @param module   its folder in the checkout
     * @param database the database it owns, or {@code null}
     */
    record Application(String name, String module, int port, String database, String heap) {

        /** The executable jar the build leaves in the module's {@code target/}. */
        Optional<Path> jar(Path repository) {
            Path target = repository.resolve(module).resolve("target");
            if (!Files.isDirectory(target)) {
                return Optional.empty();
            }
            try (Stream<Path> files = Files.list(target)) {
                return files.filter(file -> isExecutableJar(file.getFileName().toString())).sorted().findFirst();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        private boolean isExecutableJar(String file) {
            return file.startsWith(name + "-") && file.endsWith(".jar")
                    && !file.endsWith("-plain.jar") && !file.endsWith("-sources.jar")
                    && !file.endsWith("-javadoc.jar") && !file.endsWith("-tests.jar");
        }
    }

    static final List<Application> ALL = List.of(
            new Application("assignment-service", "services/assignment-service", 8081, "assignment", "384m"),
            new Application("submission-service", "services/submission-service", 8082, "submission", "384m"),
            new Application("review-service", "services/review-service", 8083, "review", "384m"),
            new Application("notification-service", "services/notification-service", 8084, "notification", "384m"),
            new Application("workflows", "workflows", 8085, "workflow", "512m"),
            new Application("gateway", "gateway", 8080, null, "320m"));

    private Applications() {
    }

    /** The databases of all applications. */
    static List<String> databases() {
        return ALL.stream().map(Application::database).filter(database -> database != null).toList();
    }

    static ProcessServer prepare(Application application, Path jar, StackLayout layout, StackSettings settings,
                                 RunDirectory run, String java) {
        List<String> command = List.of(java, "-Xms64m", "-Xmx" + application.heap(), "-Xss512k",
                // Quicker start-up on two cores: one small GC thread, the C1 compiler only.
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString());
        return new ProcessServer(application.name(), "http://localhost:" + application.port(),
                List.of(application.port()), command, environment(application, settings), layout.repository(),
                layout.log(application.name()), () -> Probes.actuatorUp(application.port()), run,
                Duration.ofSeconds(30));
    }

    static Map<String, String> environment(Application application, StackSettings settings) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", Integer.toString(application.port()));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        environment.put("KEYCLOAK_ISSUER_URI", settings.issuerUri());
        environment.put("SMTP_HOST", settings.smtpHost());
        environment.put("SMTP_PORT", Integer.toString(settings.smtpPort()));
        StackSettings.Postgres postgres = settings.postgres();
        if (application.database() != null) {
            if (postgres.perServiceUrls()) {
                environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(application.database()));
            } else {
                int colon = postgres.hostAndPort().lastIndexOf(':');
                environment.put("POSTGRES_HOST", postgres.hostAndPort().substring(0, colon));
                environment.put("POSTGRES_PORT", postgres.hostAndPort().substring(colon + 1));
            }
            environment.put("SPRING_DATASOURCE_USERNAME", postgres.user());
            environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        }
        if (application.name().equals("assignment-service")) {
            environment.put("SUPERVISION_DEMO_DATA_ENABLED", "true");
        }
        return environment;
    }
}
