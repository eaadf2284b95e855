package org.supervisionflow.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka 3.9 broker in KRaft combined mode (broker and controller in one process), run from the jars that the
 * build copies into {@code target/kafka-libs}. Its storage is formatted once; its logs live in the data folder.
 */
final class KafkaBroker {

    static final String NAME = "kafka";

    private KafkaBroker() {
    }

    /** The broker's configuration: one node, one replica for the internal topics, six partitions by default. */
    static String serverProperties(Path logDirectory, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDirectory,
                "num.partitions=6",
                "auto.create.topics.enable=true",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                // Consumers of a fresh group start at once instead of waiting for more members.
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    /** A random cluster id in Kafka's format: 16 random bytes, URL-safe base64 without padding. */
    static String randomClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            // Kafka's own generator avoids ids starting with '-': command lines would take them for options.
        } while (id.startsWith("-"));
        return id;
    }

    /** Writes the configuration and returns the broker, not yet started; starting it formats the storage once. */
    static ProcessServer prepare(StackLayout layout, RunDirectory run, String java) {
        Path libraries = layout.kafkaLibraries();
        if (!Files.isDirectory(libraries)) {
            throw new StackException("Kafka's jars are missing in " + libraries
                    + ": build the launcher with ./mvnw -q -pl deploy/local -DskipTests install");
        }
        Path config = layout.data().resolve("config");
        Path properties = config.resolve("kafka-server.properties");
        Path log4j = config.resolve("kafka-log4j.properties");
        Path log = layout.log(NAME);
        try {
            Files.createDirectories(config);
            Files.createDirectories(layout.kafkaData());
            Files.createDirectories(layout.logs());
            Files.writeString(properties, serverProperties(layout.kafkaData(), StackSettings.KAFKA_PORT,
                    StackSettings.KAFKA_CONTROLLER_PORT));
            try (InputStream template = KafkaBroker.class.getResourceAsStream("kafka-log4j.properties")) {
                Files.write(log4j, template.readAllBytes());
            }
        } catch (IOException e) {
            throw new StackException("Cannot write Kafka's configuration in " + config + ": " + e.getMessage(), e);
        }
        // The C1 compiler only, as for the applications: a quicker start while seven JVMs share two cores.
        List<String> jvm = List.of(java, "-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dlog4j.configuration=" + log4j.toUri(), "-cp", libraries + "/*");
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("kafka.Kafka", properties.toString()));
        return new ProcessServer(NAME, "localhost:" + StackSettings.KAFKA_PORT,
                List.of(StackSettings.KAFKA_PORT, StackSettings.KAFKA_CONTROLLER_PORT), command, Map.of(),
                layout.data(), log,
                () -> Probes.accepts("localhost", StackSettings.KAFKA_PORT), run, Duration.ofSeconds(30),
                () -> formatOnce(jvm, properties, layout.kafkaData(), layout.log(NAME + "-format")));
    }

    private static void formatOnce(List<String> jvm, Path properties, Path logDirectory, Path log) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", randomClusterId(), "-c",
                properties.toString()));
        try {
            Process format = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new StackException("Formatting Kafka's storage failed; see " + log);
            }
        } catch (IOException e) {
            throw new StackException("Cannot run Kafka's StorageTool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while formatting Kafka's storage", e);
        }
    }
}
