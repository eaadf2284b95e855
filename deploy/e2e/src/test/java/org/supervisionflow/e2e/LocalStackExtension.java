package org.supervisionflow.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives the tests a whole local stack. A stack whose gateway already answers UP on port 8080 is used as it is;
 * otherwise {@code deploy/local/up --detach} starts one, with the data folder that surefire names in
 * {@code SUPERVISION_LOCAL_DATA} (under {@code deploy/e2e/target/}), so a developer's data is never touched, and
 * {@code deploy/local/down} stops it after the last test of the run.
 */
public final class LocalStackExtension implements BeforeAllCallback {

    static final String GATEWAY = "http://localhost:8080";
    /** What up and down print, relative to the module (surefire's working directory). */
    private static final Path LAUNCHER_OUTPUT = Path.of("target/stack-launcher.log");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);
    private static final List<String> MODULES = List.of("services/assignment-service", "services/submission-service",
            "services/review-service", "services/notification-service", "workflows", "gateway", "deploy/local");

    @Override
    public void beforeAll(ExtensionContext context) {
        // A stack that failed to start is not tried again for every further test class.
        Object outcome = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Stack.class, key -> {
            try {
                return Stack.useOrStart();
            } catch (IllegalStateException failure) {
                return failure;
            }
        });
        if (outcome instanceof IllegalStateException failure) {
            throw failure;
        }
    }

    /** The stack for this test run, stopped at its end only if the run started it. */
    static final class Stack implements ExtensionContext.Store.CloseableResource {

        private final Path repository;
        private final boolean startedHere;

        private Stack(Path repository, boolean startedHere) {
            this.repository = repository;
            this.startedHere = startedHere;
        }

        static Stack useOrStart() {
            Path repository = repository();
            if (gatewayIsUp()) {
                return new Stack(repository, false);
            }
            List<String> missing = MODULES.stream().filter(module -> !hasJar(repository.resolve(module))).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("No stack runs on port 8080 and these modules are not built: " + missing
                        + ". Run ./mvnw -DskipTests install (./mvnw verify builds them before these tests).");
            }
            int exit = run(repository, Duration.ofMinutes(12), "deploy/local/up", "--detach", "--no-build");
            if (exit != 0) {
                run(repository, Duration.ofMinutes(3), "deploy/local/down");
                throw new IllegalStateException("deploy/local/up --detach failed (exit " + exit + "); see "
                        + LAUNCHER_OUTPUT.toAbsolutePath() + " and the servers' logs in "
                        + System.getenv().getOrDefault("SUPERVISION_LOCAL_LOGS", "deploy/local/logs") + ":\n"
                        + tail(LAUNCHER_OUTPUT, 30));
            }
            return new Stack(repository, true);
        }

        @Override
        public void close() {
            if (startedHere) {
                run(repository, Duration.ofMinutes(3), "deploy/local/down");
            }
        }

        private static boolean gatewayIsUp() {
            try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static boolean hasJar(Path module) {
            String name = module.getFileName().toString();
            try (Stream<Path> files = Files.list(module.resolve("target"))) {
                return files.map(file -> file.getFileName().toString())
                        .anyMatch(file -> file.startsWith(name + "-") && file.endsWith(".jar"));
            } catch (IOException e) {
                return false;
            }
        }

        /**
         * Runs a script of the checkout, its output appended to {@code target/stack-launcher.log} (surefire's own
         * channel to Maven must not be written to by other processes).
         */
        private static int run(Path repository, Duration timeout, String... command) {
            try {
                List<String> line = new ArrayList<>(List.of(command));
                line.set(0, repository.resolve(command[0]).toString());
                Files.createDirectories(LAUNCHER_OUTPUT.getParent());
                Process process = new ProcessBuilder(line).directory(repository.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(LAUNCHER_OUTPUT.toFile()))
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroy();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
                }
                return process.exitValue();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
            }
        }

        private static String tail(Path file, int lines) {
            try {
                List<String> all = Files.readAllLines(file);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(no output)";
            }
        }

        private static Path repository() {
            Path candidate = Path.of("").toAbsolutePath();
            while (candidate != null && !Files.isExecutable(candidate.resolve("deploy/local/up"))) {
                candidate = candidate.getParent();
            }
            if (candidate == null) {
                throw new IllegalStateException("Run the e2e tests inside the checkout (deploy/local/up not found).");
            }
            return candidate;
        }
    }
}
