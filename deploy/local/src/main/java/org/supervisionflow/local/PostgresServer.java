package org.supervisionflow.local;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from zonky's embedded binaries, its data kept between runs and written durably: zonky turns
 * {@code fsync} and {@code synchronous_commit} off for tests, which would lose committed data in a crash.
 */
final class PostgresServer implements Server {

    static final String NAME = "postgres";

    private final Path dataDirectory;
    private final int port;
    private final Path log;
    private final RunDirectory run;
    private volatile EmbeddedPostgres postgres;
    private volatile ProcessHandle postmaster;
    private boolean stopRequested;

    PostgresServer(Path dataDirectory, int port, Path log, RunDirectory run) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.log = log;
        this.run = run;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String address() {
        return "localhost:" + port;
    }

    @Override
    public List<Integer> ports() {
        return List.of(port);
    }

    @Override
    public Path log() {
        return log;
    }

    /** Starts the server and returns once it accepts connections (zonky waits for that). */
    @Override
    public synchronized void start() {
        if (stopRequested) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(log.getParent());
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // The launcher stops it last, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StackException("PostgreSQL did not start (see " + log + "): " + e.getMessage(), e);
        }
        postmasterPid().ifPresent(pid -> {
            run.record(NAME, pid);
            postmaster = ProcessHandle.of(pid).orElse(null);
        });
    }

    @Override
    public boolean isReady() {
        return postgres != null && Probes.accepts("localhost", port);
    }

    @Override
    public Optional<String> failure() {
        ProcessHandle current = postmaster;
        if (postgres == null || current == null || current.isAlive()) {
            return Optional.empty();
        }
        return Optional.of("the postmaster (PID " + current.pid() + ") is gone");
    }

    @Override
    public synchronized void stop() {
        stopRequested = true;
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StackException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        } finally {
            postgres = null;
            run.forget(NAME);
        }
    }

    /** Creates each database that does not exist yet. */
    static void createDatabases(String serverJdbcUrl, String user, String password, List<String> databases) {
        try (Connection connection = DriverManager.getConnection(serverJdbcUrl, user, password);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
             Statement create = connection.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        // Database names cannot be bound as parameters; ours are fixed identifiers.
                        create.execute("create database \"" + database + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new StackException("Cannot create the databases on " + serverJdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** The postmaster's PID, the first line of {@code postmaster.pid}. */
    private Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
