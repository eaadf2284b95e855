package org.supervisionflow.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One server of the local stack, started and stopped by the launcher. */
interface Server {

    /** A short name, also the name of its log and PID files. */
    String name();

    /** Where a person reaches it, for the progress lines. */
    String address();

    /** The ports it listens on, checked to be free before anything starts. */
    List<Integer> ports();

    /** Starts it; returns once it is launched (or, for servers that start quickly and in-line, once it is up). */
    void start();

    /** One health probe. */
    boolean isReady();

    /** Why it is no longer running, once it stopped on its own. */
    Optional<String> failure();

    /** Stops it and what it started, waiting a while for a clean shutdown. */
    void stop();

    Path log();
}
