package org.supervisionflow.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** A server the environment names instead of one the launcher starts: only waited for, never started or stopped. */
record ExternalServer(String name, String address, BooleanSupplier readiness) implements Server {

    @Override
    public List<Integer> ports() {
        return List.of();
    }

    @Override
    public void start() {
        // Someone else runs it.
    }

    @Override
    public boolean isReady() {
        return readiness.getAsBoolean();
    }

    @Override
    public Optional<String> failure() {
        return Optional.empty();
    }

    @Override
    public void stop() {
        // Someone else runs it.
    }

    @Override
    public Path log() {
        return Path.of("(external: " + address + ")");
    }
}
