package org.supervisionflow.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;

/**
 * The PID files of the running stack, one per process, each {@code <pid> <start time>}: the start time (from
 * {@code /proc/<pid>/stat}) lets {@code down} tell our process from a later one that reuses the number.
 */
final class RunDirectory {

    static final String LAUNCHER = "launcher";
    private static final String READY = "ready";
    private static final int SNAPSHOT_ATTEMPTS = 15;

    private final Path folder;

    RunDirectory(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /**
     * A copy of an application's jar to run from, so that a rebuild of the module (which rewrites the jar in
     * {@code target/}) cannot pull classes from under the running process. A jar caught half-written by a build
     * that runs at the same moment is copied again once the build has finished writing it.
     */
    Path snapshot(Path jar) {
        return snapshot(jar, SNAPSHOT_ATTEMPTS, Duration.ofSeconds(2));
    }

    Path snapshot(Path jar, int attempts, Duration betweenAttempts) {
        Path copy = folder.resolve("jars").resolve(jar.getFileName());
        RetryPolicy<Path> halfWritten = RetryPolicy.<Path>builder()
                .handle(IOException.class)
                .withMaxAttempts(attempts)
                .withDelay(betweenAttempts)
                .build();
        try {
            return Failsafe.with(halfWritten).get(() -> readableCopy(jar, copy));
        } catch (FailsafeException e) {
            throw new StackException("Cannot take a readable copy of " + jar + " (is a build rewriting it?): "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Path readableCopy(Path jar, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        try (ZipFile readable = new ZipFile(copy.toFile())) {
            return copy;
        }
    }

    void record(String name, long pid) {
        write(folder.resolve(name + ".pid"), pid + " " + startTime(pid).orElse("0") + "\n");
    }

    void forget(String name) {
        delete(folder.resolve(name + ".pid"));
    }

    void markReady(String summary) {
        write(folder.resolve(READY), summary);
    }

    void clearReady() {
        delete(folder.resolve(READY));
    }

    /** The recorded processes that still run as the same process that was recorded. */
    List<String> living() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).sorted().toList()) {
                String[] recorded = Files.readString(file).trim().split("\\s+");
                if (recorded.length == 2 && isSameProcess(Long.parseLong(recorded[0]), recorded[1])) {
                    String fileName = file.getFileName().toString();
                    names.add(fileName.substring(0, fileName.length() - ".pid".length()) + " (PID " + recorded[0] + ")");
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new StackException("Cannot read the PID files in " + folder + ": " + e.getMessage(), e);
        }
        return names;
    }

    static boolean isSameProcess(long pid, String recordedStartTime) {
        return startTime(pid).map(recordedStartTime::equals).orElse(false);
    }

    /** Field 22 of {@code /proc/<pid>/stat}: clock ticks since boot when the process started. */
    static Optional<String> startTime(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces and parentheses; the fields after it are plain.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Optional.of(fields[19]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(Path file, String content) {
        try {
            Files.createDirectories(folder);
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
