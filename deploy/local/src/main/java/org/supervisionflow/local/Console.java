package org.supervisionflow.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the launcher tells the person who started it: its console is its user interface. */
final class Console {

    private final PrintStream out;
    private final Instant started;

    Console(PrintStream out, Instant started) {
        this.out = out;
        this.started = started;
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void step(String symbol, String name, String detail) {
        line(String.format("  %s %-21s %-44s %6s", symbol, name, detail, elapsed()));
    }

    void problem(String text) {
        line("✗ " + text);
    }

    String elapsed() {
        return String.format("%.1f s", Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** The last lines of a server's log, so a failure can be understood without opening it. */
    void tail(Path log, int lines) {
        try {
            // Lenient decoding: a server may have written anything.
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            line("    --- last lines of " + log + " ---");
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(text -> line("    " + text));
        } catch (IOException | RuntimeException e) {
            line("    (cannot read " + log + ")");
        }
    }
}
