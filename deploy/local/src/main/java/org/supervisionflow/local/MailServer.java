package org.supervisionflow.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * GreenMail standalone: an SMTP server that keeps every mail instead of delivering it, readable over IMAP, POP3 and
 * its REST API (with a small web page) on port 8025. Authentication is off, so any user name and password log in.
 */
final class MailServer {

    static final String NAME = "greenmail";

    private MailServer() {
    }

    static ProcessServer prepare(StackLayout layout, RunDirectory run, String java) {
        Path jar = standaloneJar(layout.greenMailLibraries());
        List<String> command = List.of(java, "-Xms32m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dgreenmail.setup.test.smtp", "-Dgreenmail.setup.test.imap", "-Dgreenmail.setup.test.pop3",
                "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + StackSettings.MAIL_API_PORT,
                "-jar", jar.toString());
        URI readiness = URI.create("http://127.0.0.1:" + StackSettings.MAIL_API_PORT + "/api/service/readiness");
        return new ProcessServer(NAME, "smtp://localhost:" + StackSettings.SMTP_PORT + ", http://localhost:"
                + StackSettings.MAIL_API_PORT,
                List.of(StackSettings.SMTP_PORT, StackSettings.IMAP_PORT, StackSettings.POP3_PORT,
                        StackSettings.MAIL_API_PORT),
                command, Map.of(), layout.data(), layout.log(NAME),
                () -> Probes.accepts("127.0.0.1", StackSettings.SMTP_PORT) && Probes.httpOk(readiness, ""),
                run, Duration.ofSeconds(10));
    }

    private static Path standaloneJar(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("greenmail-standalone-"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no greenmail-standalone jar"));
        } catch (IOException e) {
            throw new StackException("GreenMail's jar is missing in " + folder
                    + ": build the launcher with ./mvnw -q -pl deploy/local -DskipTests install");
        }
    }
}
