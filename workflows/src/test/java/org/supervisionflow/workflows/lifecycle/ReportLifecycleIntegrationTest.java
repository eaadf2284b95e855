package org.supervisionflow.workflows.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.workflow.StageChanged;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.testsupport.KafkaTestClient;
import org.supervisionflow.workflows.TestAssignments;
import org.supervisionflow.workflows.WorkflowsIntegrationTest;

@WorkflowsIntegrationTest
class ReportLifecycleIntegrationTest {

    private static final String AWAIT_DRAFTING = "Task_AwaitDrafting";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static KafkaTestClient kafka;

    @Autowired
    ReportLifecycles lifecycles;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(EmbeddedServers.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void issuedAssignmentIsAnnouncedOpenedAndThenWaitsForDraftingUnderOneLifecycleOnly() {
        UUID assignmentId = UUID.randomUUID();
        AssignmentIssued issued = TestAssignments.issued(assignmentId, "minzheng");

        kafka.send(issued);

        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 1, PATIENCE))
                .singleElement().satisfies(changed -> {
                    assertThat(changed.previousStage()).isNull();
                    assertThat(changed.stage()).isEqualTo(ReportStage.ASSIGNED);
                    assertThat(changed.departmentCode()).isEqualTo("minzheng");
                });
        assertThat(kafka.await(OpenReport.class, open -> open.assignmentId().equals(assignmentId), 1, PATIENCE))
                .singleElement().extracting(OpenReport::scope).isEqualTo(issued.scope());

        kafka.send(TestAssignments.opened(assignmentId, "minzheng"));
        await().atMost(PATIENCE).until(() -> waitsAt(assignmentId, AWAIT_DRAFTING));

        AssignmentIssued issuedAnew = new AssignmentIssued(UUID.randomUUID(), assignmentId, issued.occurredAt(),
                issued.scope());
        kafka.send(issued);
        kafka.send(issuedAnew);
        // Same key, same partition: once the later one is taken, the redelivered one was handled before it.
        await().atMost(PATIENCE).until(() -> inboxHolds(issuedAnew.id()));

        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(assignmentId.toString()).count()).isOne();
        assertThat(waitsAt(assignmentId, AWAIT_DRAFTING)).isTrue();
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 2,
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void reportOpenedBeforeItsAssignmentIsDeliveredAgainUntilTheLifecycleWaitsForIt() {
        UUID assignmentId = UUID.randomUUID();
        ReportOpened early = TestAssignments.opened(assignmentId, "sifa");

        kafka.send(early);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !inboxHolds(early.id()));
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(assignmentId.toString()).count()).isZero();

        kafka.send(TestAssignments.issued(assignmentId, "sifa"));

        await().atMost(PATIENCE).until(() -> waitsAt(assignmentId, AWAIT_DRAFTING));
        assertThat(inboxHolds(early.id())).isTrue();
        assertThat(runtimeService.getVariable(lifecycle(assignmentId).getId(), "reportId"))
                .isEqualTo(early.reportId().toString());
    }

    @Test
    void withdrawnAssignmentAnnouncesWithdrawnAndEndsItsLifecycle() {
        UUID assignmentId = UUID.randomUUID();
        kafka.send(TestAssignments.issued(assignmentId, "shichang"));
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 1, PATIENCE))
                .hasSize(1);

        kafka.send(TestAssignments.withdrawn(assignmentId, "shichang"));

        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId)
                && changed.stage() == ReportStage.WITHDRAWN, 1, PATIENCE))
                .singleElement().extracting(StageChanged::previousStage).isEqualTo(ReportStage.ASSIGNED);
        await().atMost(PATIENCE).until(() -> lifecycles.status(assignmentId, Optional.empty())
                .map(LifecycleStatus::ended).orElse(false));
        assertThat(lifecycles.status(assignmentId, Optional.empty()).orElseThrow().stage())
                .isEqualTo(ReportStage.WITHDRAWN);
    }

    @Test
    void messagesOfAJobCommitAndRollBackWithTheEngineInOneTransaction() {
        UUID assignmentId = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            lifecycles.start(TestAssignments.issued(assignmentId, "minzheng"));
            // Uncommitted, so the job executor cannot see this job: only this transaction runs it.
            Job job = managementService.createJobQuery().processInstanceId(lifecycle(assignmentId).getId()).singleResult();
            managementService.executeJob(job.getId());
            assertThat(outboxEntries(assignmentId)).isOne();
            status.setRollbackOnly();
        });

        assertThat(outboxEntries(assignmentId)).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(assignmentId.toString()).count()).isZero();
        assertThat(kafka.await(StageChanged.class, changed -> changed.assignmentId().equals(assignmentId), 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    private boolean waitsAt(UUID assignmentId, String activityId) {
        return runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(assignmentId.toString())
                .activityId(activityId)
                .count() == 1;
    }

    private ProcessInstance lifecycle(UUID assignmentId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(assignmentId.toString())
                .singleResult();
    }

    private boolean inboxHolds(UUID messageId) {
        return jdbc.sql("select count(*) from inbox_message where message_id = ?").param(messageId)
                .query(Long.class).single() == 1;
    }

    private long outboxEntries(UUID assignmentId) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + assignmentId + "%")
                .query(Long.class).single();
    }
}
