package org.supervisionflow.testsupport.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.contracts.TopicNames;
import org.supervisionflow.contracts.assignment.AssignmentEvent;
import org.supervisionflow.contracts.assignment.AssignmentWithdrawn;
import org.supervisionflow.platform.messaging.Inbox;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A minimal service on the platform, to test what the platform gives every service. */
@SpringBootApplication
class SampleApplication {

    @RestController
    static class SampleController {

        private final ApplicationEventPublisher events;
        private final JdbcClient jdbc;

        SampleController(ApplicationEventPublisher events, JdbcClient jdbc) {
            this.events = events;
            this.jdbc = jdbc;
        }

        @PostMapping("/api/samples")
        @ResponseStatus(HttpStatus.ACCEPTED)
        @PreAuthorize("hasRole('office-admin')")
        @Transactional
        AssignmentWithdrawn withdraw(@Valid @RequestBody WithdrawRequest request, CurrentUser user) {
            if (request.reason().contains("冲突")) {
                throw ProblemException.conflict("sample-conflict", Text.of("冲突了", "It clashed"));
            }
            AssignmentWithdrawn event = new AssignmentWithdrawn(UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                    user.username(), request.reason());
            events.publishEvent(event);
            return event;
        }

        List<String> notes(UUID assignmentId) {
            return jdbc.sql("select note from sample_effect where assignment_id = ?").param(assignmentId)
                    .query(String.class).list();
        }
    }

    record WithdrawRequest(@NotBlank @Size(max = 20) String reason) {
    }

    @org.springframework.stereotype.Component
    static class SampleListener {

        private final Inbox inbox;
        private final JdbcClient jdbc;

        SampleListener(Inbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = TopicNames.ASSIGNMENT_EVENTS)
        void on(ConsumerRecord<String, byte[]> record) {
            inbox.receive(record, AssignmentEvent.class, event -> {
                if (event instanceof AssignmentWithdrawn withdrawn) {
                    jdbc.sql("insert into sample_effect (assignment_id, note) values (?, ?)")
                            .params(withdrawn.assignmentId(), withdrawn.reason()).update();
                }
            });
        }

        /** A second listener of the same service on the same topic, as a projection would be. */
        @KafkaListener(topics = TopicNames.ASSIGNMENT_EVENTS, groupId = "platform-sample-projection")
        void project(ConsumerRecord<String, byte[]> record) {
            inbox.receive(record, "projection", AssignmentWithdrawn.class, withdrawn -> jdbc
                    .sql("insert into sample_effect (assignment_id, note) values (?, ?)")
                    .params(withdrawn.assignmentId(), "projection").update());
        }
    }
}
