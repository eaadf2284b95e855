package org.supervisionflow.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.security.auth.module.UnixSystem;

import org.supervisionflow.local.Applications.Application;

/**
 * Starts the whole of 督察通 on this machine: PostgreSQL, Kafka, Keycloak, GreenMail, the services, the workflow
 * engine and the gateway, each a plain process whose PID is recorded. Waits until every health check answers,
 * prints where to go, then watches the servers until it is told to stop (Ctrl-C or {@code deploy/local/down}),
 * and stops exactly what it started, the applications first and PostgreSQL last.
 */
public final class LocalStack {

    private static final Duration POLL = Duration.ofMillis(500);

    private final StackLayout layout;
    private final StackSettings settings;
    private final RunDirectory run;
    private final Console console;
    private final Path javaHome;
    private final List<Server> infrastructure = new ArrayList<>();
    private final List<Server> applications = new ArrayList<>();
    private final List<Application> missingJars = new ArrayList<>();
    private final Set<String> reportedFailures = new LinkedHashSet<>();
    private final Object stopping = new Object();
    private volatile boolean stopped;
    private volatile boolean launched;

    LocalStack(StackLayout layout, StackSettings settings, Console console, Path javaHome) {
        this.layout = layout;
        this.settings = settings;
        this.run = new RunDirectory(layout.run());
        this.console = console;
        this.javaHome = javaHome;
    }

    /** Runs the stack in the foreground; {@code deploy/local/up} is the way to call it. */
    public static void main(String[] args) {
        Console console = new Console(consoleStream(), Instant.now());
        try {
            Map<String, String> env = System.getenv();
            String repository = System.getProperty("supervision.repository");
            Path root = repository != null ? Path.of(repository) : StackLayout.repositoryAround(Path.of(""));
            LocalStack stack = new LocalStack(StackLayout.of(root, env), StackSettings.from(env), console,
                    Path.of(System.getProperty("java.home")));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
            stack.start();
            stack.watch();
        } catch (StackException e) {
            console.problem(e.getMessage());
            System.exit(1);
        }
    }

    // The launcher is a command-line tool: standard output is where its user reads it.
    private static PrintStream consoleStream() {
        return System.out;
    }

    /** Plans, checks, starts and waits for every server; throws a one-line {@link StackException} if any fails. */
    void start() {
        refuseIfRunning();
        plan();
        checkPrerequisites();
        checkPorts();
        run.record(RunDirectory.LAUNCHER, ProcessHandle.current().pid());
        launched = true;
        console.line("督察通 local stack: data in " + shown(layout.data()) + ", logs in " + shown(layout.logs()));
        settings.skipped().forEach(name -> console.step("-", name, "skipped (SUPERVISION_LOCAL_SKIP)"));
        missingJars.forEach(application -> console.step("!", application.name(), "not built: no jar in "
                + application.module() + "/target (./mvnw -q -pl " + application.module() + " -am -DskipTests install)"));
        if (settings.embeddedKeycloak()) {
            KeycloakServer.realmChangedSinceImport(layout).ifPresent(hint -> console.line("  ! " + hint));
        }

        startInfrastructure();
        List<Server> rest = new ArrayList<>(infrastructure.stream()
                .filter(server -> server.name().equals(KeycloakServer.NAME)).toList());
        rest.addAll(applications);
        rest.forEach(Server::start);
        List<Server> waitingFor = new ArrayList<>(infrastructure);
        waitingFor.removeIf(server -> server.name().equals(PostgresServer.NAME));
        waitingFor.addAll(applications);
        awaitReady(waitingFor);
        String summary = summary();
        console.line(summary);
        run.markReady(summary);
    }

    /** Reports servers that stop on their own, until the JVM is told to stop. */
    void watch() {
        while (true) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (stopped) {
                return;
            }
            recordKeycloakChild();
            for (Server server : allServers()) {
                server.failure().filter(reason -> !stopped && reportedFailures.add(server.name()))
                        .ifPresent(reason -> console.problem(server.name() + " stopped (" + reason + "); see "
                                + shown(server.log()) + ". The rest keeps running; restart with down and up."));
            }
        }
    }

    /** Stops what this launcher started: applications first, then Keycloak, mail, Kafka and PostgreSQL. */
    void stop() {
        synchronized (stopping) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        if (!launched) {
            return;
        }
        console.line("Stopping the local stack…");
        try (ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor()) {
            applications.forEach(server -> parallel.submit(server::stop));
        }
        List<Server> reversed = new ArrayList<>(infrastructure);
        Collections.reverse(reversed);
        for (Server server : reversed) {
            try {
                server.stop();
            } catch (StackException e) {
                console.problem(e.getMessage());
            }
        }
        console.line("Stopped.");
        run.clearReady();
        run.forget(RunDirectory.LAUNCHER);
    }

    private void refuseIfRunning() {
        List<String> living = run.living();
        if (!living.isEmpty()) {
            throw new StackException("The local stack (or part of it) is already running: " + String.join(", ", living)
                    + ". Stop it with deploy/local/down.");
        }
    }

    private void plan() {
        String java = javaHome.resolve("bin/java").toString();
        StackSettings.Postgres postgres = settings.postgres();
        if (postgres.embedded()) {
            infrastructure.add(new PostgresServer(layout.postgresData(), StackSettings.POSTGRES_PORT,
                    layout.log(PostgresServer.NAME), run));
        }
        infrastructure.add(settings.embeddedKafka()
                ? KafkaBroker.prepare(layout, run, java)
                : new ExternalServer(KafkaBroker.NAME, settings.kafkaBootstrapServers(),
                () -> Probes.acceptsFirstOf(settings.kafkaBootstrapServers())));
        infrastructure.add(settings.embeddedMail()
                ? MailServer.prepare(layout, run, java)
                : new ExternalServer(MailServer.NAME, settings.smtpHost() + ":" + settings.smtpPort(),
                () -> Probes.accepts(settings.smtpHost(), settings.smtpPort())));
        infrastructure.add(settings.embeddedKeycloak()
                ? KeycloakServer.prepare(layout, settings, run, javaHome)
                : new ExternalServer(KeycloakServer.NAME, settings.issuerUri(),
                () -> Probes.httpOk(settings.openIdConfiguration(), "\"issuer\"")));
        for (Application application : Applications.ALL) {
            if (settings.skipped().contains(application.name())) {
                continue;
            }
            Optional<Path> jar = application.jar(layout.repository());
            if (jar.isPresent()) {
                applications.add(Applications.prepare(application, run.snapshot(jar.get()), layout, settings, run, java));
            } else {
                missingJars.add(application);
            }
        }
    }

    private void checkPrerequisites() {
        if (settings.postgres().embedded() && new UnixSystem().getUid() == 0 && !onPath("unshare")) {
            throw new StackException("PostgreSQL refuses to run as root, and 'unshare' (which lets the embedded server"
                    + " run as another user) is missing: install util-linux (apt-get install util-linux) or run as a"
                    + " normal user.");
        }
    }

    private void checkPorts() {
        Map<Integer, String> taken = new LinkedHashMap<>();
        for (Server server : allServers()) {
            server.ports().stream().filter(port -> !Probes.isFree(port))
                    .forEach(port -> taken.put(port, server.name()));
        }
        if (!taken.isEmpty()) {
            String ports = taken.entrySet().stream().map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                    .collect(Collectors.joining(", "));
            throw new StackException("Port" + (taken.size() > 1 ? "s " : " ") + ports + (taken.size() > 1 ? " are" : " is")
                    + " already in use. Stop what listens there (ss -ltnp shows it) or, if it is an earlier stack,"
                    + " run deploy/local/down; then try again.");
        }
    }

    /** PostgreSQL first (everything stores in it), with Kafka and GreenMail starting beside it. */
    private void startInfrastructure() {
        List<CompletableFuture<Void>> beside = new ArrayList<>();
        for (Server server : infrastructure) {
            if (server.name().equals(KafkaBroker.NAME) || server.name().equals(MailServer.NAME)) {
                beside.add(CompletableFuture.runAsync(server::start));
            }
        }
        StackSettings.Postgres postgres = settings.postgres();
        infrastructure.stream().filter(server -> server.name().equals(PostgresServer.NAME)).findFirst()
                .ifPresent(server -> {
                    server.start();
                    console.step("✓", "PostgreSQL 17", server.address() + "  (data kept in " + shown(
                            layout.postgresData()) + ")");
                });
        List<String> databases = new ArrayList<>(Applications.databases());
        if (settings.embeddedKeycloak()) {
            databases.add(KeycloakServer.DATABASE);
        }
        PostgresServer.createDatabases(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password(), databases);
        try {
            CompletableFuture.allOf(beside.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof StackException stackException ? stackException
                    : new StackException("A server did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void awaitReady(List<Server> servers) {
        Instant deadline = Instant.now().plus(settings.startupTimeout());
        List<Server> waiting = new ArrayList<>(servers);
        while (!waiting.isEmpty()) {
            recordKeycloakChild();
            for (Server server : List.copyOf(waiting)) {
                Optional<String> failure = server.failure();
                if (failure.isPresent()) {
                    console.problem(server.name() + " stopped while starting (" + failure.get() + ").");
                    console.tail(server.log(), 25);
                    throw new StackException(server.name() + " did not start; its log is " + shown(server.log()));
                }
                if (server.isReady()) {
                    waiting.remove(server);
                    console.step("✓", server.name(), server.address());
                }
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(deadline)) {
                String names = waiting.stream().map(Server::name).collect(Collectors.joining(", "));
                waiting.forEach(server -> console.tail(server.log(), 15));
                throw new StackException("Not healthy after " + settings.startupTimeout().toSeconds() + " s: " + names
                        + ". See their logs in " + shown(layout.logs()) + " (SUPERVISION_LOCAL_TIMEOUT=seconds waits"
                        + " longer).");
            }
            sleep(POLL);
        }
    }

    private String summary() {
        StringBuilder text = new StringBuilder();
        text.append("\n督察通 is running (ready in ").append(console.elapsed()).append(")\n");
        text.append("  Web app         http://localhost:8080\n");
        text.append("  Demo logins     password Demo@2026 (local only): admin (office admin), auditor, viewer,\n");
        text.append("                  minzheng-submitter, minzheng-leader, sifa-submitter, sifa-leader,\n");
        text.append("                  shichang-submitter, shichang-leader, shengtai-submitter, shengtai-leader\n");
        if (settings.embeddedKeycloak()) {
            text.append("  Keycloak        http://localhost:").append(StackSettings.KEYCLOAK_PORT)
                    .append("/admin (master realm: admin / admin)\n");
        }
        text.append("  Cockpit         http://localhost:8085/camunda/app/cockpit/ (demo / demo)\n");
        if (settings.embeddedMail()) {
            text.append("  Mail            http://localhost:").append(StackSettings.MAIL_API_PORT)
                    .append(" (GreenMail API); SMTP localhost:").append(StackSettings.SMTP_PORT)
                    .append(", IMAP ").append(StackSettings.IMAP_PORT).append(", POP3 ")
                    .append(StackSettings.POP3_PORT).append(", any login\n");
        }
        text.append("  Kafka           ").append(settings.kafkaBootstrapServers()).append("\n");
        text.append("  PostgreSQL      ").append(settings.postgres().hostAndPort()).append(" (user ")
                .append(settings.postgres().user()).append(")\n");
        text.append("  Logs            ").append(shown(layout.logs())).append("/\n");
        if (!missingJars.isEmpty()) {
            text.append("  NOT started     ").append(missingJars.stream().map(Application::name)
                    .collect(Collectors.joining(", "))).append(" (no jar: ./mvnw -q -DskipTests install)\n");
        }
        text.append("  Stop            Ctrl-C here, or deploy/local/down\n");
        return text.toString();
    }

    private void recordKeycloakChild() {
        infrastructure.stream().filter(ProcessServer.class::isInstance).map(ProcessServer.class::cast)
                .filter(server -> server.name().equals(KeycloakServer.NAME))
                .forEach(ProcessServer::recordChild);
    }

    private List<Server> allServers() {
        List<Server> all = new ArrayList<>(infrastructure);
        all.addAll(applications);
        return all;
    }

    private String shown(Path path) {
        return path.startsWith(layout.repository()) ? layout.repository().relativize(path).toString() : path.toString();
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String folder : path.split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for the servers");
        }
    }
}
