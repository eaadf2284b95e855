package org.supervisionflow.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A server that runs as an operating-system process of its own, its output in its log file. It is started in a
 * session of its own ({@code setsid}), so Ctrl-C in the launcher's terminal reaches only the launcher, which then
 * stops the servers in order, and so {@code down} can stop the whole process group.
 */
class ProcessServer implements Server {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final String address;
    private final List<Integer> ports;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path log;
    private final BooleanSupplier readiness;
    private final RunDirectory run;
    private final Duration stopGrace;
    private final Runnable preparation;
    private volatile Process process;
    private volatile long recordedChild;
    private boolean stopRequested;

    ProcessServer(String name, String address, List<Integer> ports, List<String> command,
                  Map<String, String> environment, Path workingDirectory, Path log, BooleanSupplier readiness,
                  RunDirectory run, Duration stopGrace) {
        this(name, address, ports, command, environment, workingDirectory, log, readiness, run, stopGrace, () -> {
        });
    }

    /** As above, with a step that runs just before the process starts (Kafka formats its storage). */
    ProcessServer(String name, String address, List<Integer> ports, List<String> command,
                  Map<String, String> environment, Path workingDirectory, Path log, BooleanSupplier readiness,
                  RunDirectory run, Duration stopGrace, Runnable preparation) {
        this.preparation = preparation;
        this.name = name;
        this.address = address;
        this.ports = List.copyOf(ports);
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.log = log;
        this.readiness = readiness;
        this.run = run;
        this.stopGrace = stopGrace;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public List<Integer> ports() {
        return ports;
    }

    @Override
    public Path log() {
        return log;
    }

    @Override
    public void start() {
        preparation.run();
        launch();
    }

    private synchronized void launch() {
        if (stopRequested) {
            return;
        }
        List<String> line = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            line.add(SETSID.toString());
        }
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            keepPreviousLog();
            Files.writeString(log, "# " + Instant.now() + " " + String.join(" ", command) + "\n");
            process = builder.start();
        } catch (IOException e) {
            throw new StackException(name + " did not start: " + e.getMessage(), e);
        }
        run.record(name, process.pid());
    }

    @Override
    public boolean isReady() {
        return process != null && process.isAlive() && readiness.getAsBoolean();
    }

    @Override
    public Optional<String> failure() {
        Process current = process;
        if (current == null || current.isAlive()) {
            return Optional.empty();
        }
        return Optional.of("exited with code " + current.exitValue());
    }

    /**
     * Records the newest child process (kc.sh runs Keycloak's JVM as its child), so that {@code down} finds it
     * even when the script is gone.
     */
    void recordChild() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.toHandle().children().max(Comparator.comparing(child -> child.info().startInstant()
                        .orElse(Instant.EPOCH)))
                .filter(child -> child.pid() != recordedChild)
                .ifPresent(child -> {
                    recordedChild = child.pid();
                    run.record(name + "-child", child.pid());
                });
    }

    @Override
    public synchronized void stop() {
        stopRequested = true;
        Process current = process;
        if (current == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(current.descendants().toList());
        tree.add(current.toHandle());
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(stopGrace);
        for (ProcessHandle handle : tree) {
            Duration left = Duration.between(Instant.now(), deadline);
            try {
                handle.onExit().get(Math.max(left.toMillis(), 1), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // handled below: whatever still runs is killed
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        run.forget(name);
        run.forget(name + "-child");
    }

    private void keepPreviousLog() throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
