package org.supervisionflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void configuresOneCombinedKraftNodeWithSixPartitionsAndSingleReplicaInternalTopics() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(KafkaBroker.serverProperties(Path.of("/data/kafka"), 9092, 9093)));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@localhost:9093")
                .containsEntry("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
                .containsEntry("log.dirs", "/data/kafka")
                .containsEntry("num.partitions", "6")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1");
    }

    @RepeatedTest(20)
    void makesClusterIdsInKafkasFormat() {
        String id = KafkaBroker.randomClusterId();

        assertThat(id).hasSize(22).doesNotStartWith("-").matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
    }
}
