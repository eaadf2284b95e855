package org.supervisionflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.workflow.StageChanged;

class MessageTypesTest {

    @Test
    void namesTypesAfterTheirTopicAndRecord() {
        assertThat(MessageTypes.typeOf(ReportOpened.class)).isEqualTo("supervision.submission.ReportOpened.v1");
        assertThat(MessageTypes.typeOf(OpenReport.class)).isEqualTo("supervision.command.OpenReport.v1");
    }

    @Test
    void resolvesEveryTypeBackToItsRecord() {
        for (Topic topic : Topic.values()) {
            for (Class<?> record : topic.messageType().getPermittedSubclasses()) {
                assertThat(MessageTypes.classOf(MessageTypes.typeOf(record))).contains(record);
                assertThat(MessageTypes.topicOf(record)).isEqualTo(topic);
            }
        }
        assertThat(MessageTypes.topicOf(StageChanged.class).topicName()).isEqualTo("supervision.workflow.events");
    }

    @Test
    void rejectsClassesThatTravelOnNoTopic() {
        assertThatThrownBy(() -> MessageTypes.typeOf(String.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MessageTypes.classOf("supervision.unknown.Thing.v1")).isEmpty();
    }
}
