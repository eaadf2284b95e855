package org.supervisionflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL 17 and one in-process Kafka KRaft broker per test JVM, started on first use
 * and stopped when the JVM exits.
 */
public final class EmbeddedServers {

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;

    static {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EmbeddedServers() {
    }

    public static synchronized String postgresJdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServers::closePostgres));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            // Not destroyed on exit: the in-process broker dies with the JVM, and stopping it earlier would make
            // the still-open Spring contexts' consumers wait for it while they close.
            kafka = startKafka(0);
        }
        return kafka.getBrokersAsString();
    }

    /**
     * A further broker on a chosen port, for tests that need Kafka to be unreachable first and to appear
     * later (the outbox test). The caller destroys it.
     */
    public static EmbeddedKafkaKraftBroker startKafka(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        if (port > 0) {
            // The KRaft test kit ignores kafkaPorts (spring-kafka#2916) but keeps a listeners setting it is given.
            broker.brokerProperty("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0");
        }
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.afterPropertiesSet();
        return broker;
    }

    private static void closePostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
