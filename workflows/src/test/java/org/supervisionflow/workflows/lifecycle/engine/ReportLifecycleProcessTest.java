package org.supervisionflow.workflows.lifecycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.EVENT_ASSIGNMENT_ISSUED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.EVENT_ASSIGNMENT_WITHDRAWN;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.EVENT_REPORT_OPENED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.EVENT_WITHDRAWN;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_ASSIGNMENT_ISSUED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_ASSIGNMENT_WITHDRAWN;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.MESSAGE_REPORT_OPENED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.PROCESS_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.PROCESS_RESOURCE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.SUB_PROCESS_WITHDRAWAL;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.TASK_AWAIT_DRAFTING;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.TASK_PUBLISH_STAGE_ASSIGNED;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.TASK_PUBLISH_STAGE_WITHDRAWN;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.TASK_SEND_OPEN_REPORT;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_REPORT_ID;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WITHDRAWAL_REASON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.contracts.MetricSpec;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.workflow.StageChanged;

@Deployment(resources = PROCESS_RESOURCE)
class ReportLifecycleProcessTest {

    @RegisterExtension
    @Order(1)
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get())
            .build();

    @RegisterExtension
    @Order(2)
    static final FlowNodeCoverage coverage = new FlowNodeCoverage(ProcessTestEngine.get(), PROCESS_RESOURCE, PROCESS_KEY);

    private final UUID assignmentId = UUID.randomUUID();
    private final AssignmentScope scope = new AssignmentScope(UUID.randomUUID(), "2025年度法治政府建设情况报告",
            "市法治办〔2026〕3号", CampaignKind.ANNUAL_REPORT, "2025", LocalDate.of(2026, 3, 31), "minzheng", "民政局",
            true, List.of(new AssignedIndicator(UUID.randomUUID(), "4.2", "坚持严格规范公正文明执法",
                    "全面推行行政执法三项制度", "执法公示、全过程记录、重大执法决定法制审核", new BigDecimal("4"), IndicatorRole.LEAD,
                    List.of(new MetricSpec("legal-review-rate", "重大执法决定法制审核率", MetricKind.PERCENTAGE, "%")),
                    "制度文件、公示截图")));

    @BeforeEach
    void startFresh() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestEngine.PUBLISHED.clear();
    }

    @Test
    void issuedAssignmentAnnouncesAssignedSendsOpenReportAndWaitsForDraftingOnceTheReportIsOpen() {
        ProcessInstance lifecycle = issue();
        assertThat(lifecycle).isStarted().isWaitingAt(TASK_PUBLISH_STAGE_ASSIGNED);
        assertThat(ProcessTestEngine.PUBLISHED).isEmpty();

        execute(job(lifecycle));
        assertThat(ProcessTestEngine.PUBLISHED).singleElement().isInstanceOfSatisfying(StageChanged.class, changed -> {
            assertThat(changed.assignmentId()).isEqualTo(assignmentId);
            assertThat(changed.departmentCode()).isEqualTo("minzheng");
            assertThat(changed.previousStage()).isNull();
            assertThat(changed.stage()).isEqualTo(ReportStage.ASSIGNED);
            assertThat(changed.occurredAt()).isEqualTo(ProcessTestEngine.NOW);
        });
        assertThat(lifecycle).isWaitingAt(TASK_SEND_OPEN_REPORT).variables().containsEntry(VAR_STAGE, "ASSIGNED");

        execute(job(lifecycle));
        assertThat(ProcessTestEngine.PUBLISHED).hasSize(2).last().isInstanceOfSatisfying(OpenReport.class, open -> {
            assertThat(open.assignmentId()).isEqualTo(assignmentId);
            assertThat(open.scope()).isEqualTo(scope);
        });
        assertThat(lifecycle).isWaitingAt(EVENT_REPORT_OPENED);

        UUID reportId = UUID.randomUUID();
        correlate(MESSAGE_REPORT_OPENED, VAR_REPORT_ID, reportId.toString());

        assertThat(lifecycle).isWaitingAt(TASK_AWAIT_DRAFTING)
                .hasPassedInOrder(EVENT_ASSIGNMENT_ISSUED, TASK_PUBLISH_STAGE_ASSIGNED, TASK_SEND_OPEN_REPORT,
                        EVENT_REPORT_OPENED)
                .variables().containsEntry(VAR_REPORT_ID, reportId.toString()).containsEntry(VAR_STAGE, "ASSIGNED");
        assertThat(ProcessTestEngine.PUBLISHED).hasSize(2);
    }

    @Test
    void withdrawalWhileWaitingForTheReportAnnouncesWithdrawnAndEnds() {
        ProcessInstance lifecycle = issue();
        execute(job(lifecycle));
        execute(job(lifecycle));
        assertThat(lifecycle).isWaitingAt(EVENT_REPORT_OPENED);

        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, VAR_WITHDRAWAL_REASON, "督察任务取消");

        assertThat(lifecycle).isWaitingAt(TASK_PUBLISH_STAGE_WITHDRAWN);
        execute(job(lifecycle));
        assertThat(lifecycle).isEnded()
                .hasPassedInOrder(EVENT_ASSIGNMENT_WITHDRAWN, TASK_PUBLISH_STAGE_WITHDRAWN, EVENT_WITHDRAWN)
                .hasNotPassed(TASK_AWAIT_DRAFTING);
        assertThat(ProcessTestEngine.PUBLISHED).hasSize(3).last().isEqualTo(
                new StageChanged(lastStageChanged().id(), assignmentId, ProcessTestEngine.NOW, "minzheng",
                        ReportStage.ASSIGNED, ReportStage.WITHDRAWN));
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(lifecycle.getId()).count()).isZero();
    }

    @Test
    void withdrawalWhileDraftingAnnouncesWithdrawnAndEnds() {
        ProcessInstance lifecycle = issue();
        execute(job(lifecycle));
        execute(job(lifecycle));
        correlate(MESSAGE_REPORT_OPENED, VAR_REPORT_ID, UUID.randomUUID().toString());
        assertThat(lifecycle).isWaitingAt(TASK_AWAIT_DRAFTING);

        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, VAR_WITHDRAWAL_REASON, "督察任务取消");
        execute(job(lifecycle));

        assertThat(lifecycle).isEnded().hasPassed(SUB_PROCESS_WITHDRAWAL, EVENT_WITHDRAWN)
                .variables().containsEntry(VAR_STAGE, "WITHDRAWN").containsEntry(VAR_WITHDRAWAL_REASON, "督察任务取消");
        assertThat(lastStageChanged().previousStage()).isEqualTo(ReportStage.ASSIGNED);
        assertThat(lastStageChanged().stage()).isEqualTo(ReportStage.WITHDRAWN);
    }

    @Test
    void withdrawalBeforeAssignedWasAnnouncedSendsNothingButWithdrawnWithoutPreviousStage() {
        ProcessInstance lifecycle = issue();
        assertThat(lifecycle).isWaitingAt(TASK_PUBLISH_STAGE_ASSIGNED);

        correlate(MESSAGE_ASSIGNMENT_WITHDRAWN, VAR_WITHDRAWAL_REASON, "督察任务取消");
        execute(job(lifecycle));

        assertThat(lifecycle).isEnded().hasNotPassed(TASK_PUBLISH_STAGE_ASSIGNED, TASK_SEND_OPEN_REPORT);
        assertThat(ProcessTestEngine.PUBLISHED).singleElement().isInstanceOfSatisfying(StageChanged.class, changed -> {
            assertThat(changed.previousStage()).isNull();
            assertThat(changed.stage()).isEqualTo(ReportStage.WITHDRAWN);
        });
    }

    private ProcessInstance issue() {
        AssignmentIssued issued = new AssignmentIssued(UUID.randomUUID(), assignmentId, ProcessTestEngine.NOW, scope);
        return runtimeService().createMessageCorrelation(MESSAGE_ASSIGNMENT_ISSUED)
                .processInstanceBusinessKey(assignmentId.toString())
                .setVariables(new ProcessVariables(ProcessTestEngine.OBJECT_MAPPER).forStart(issued))
                .correlateStartMessage();
    }

    private void correlate(String messageName, String variable, String value) {
        runtimeService().createMessageCorrelation(messageName)
                .processInstanceBusinessKey(assignmentId.toString())
                .setVariable(variable, value)
                .correlate();
    }

    private StageChanged lastStageChanged() {
        return ProcessTestEngine.PUBLISHED.stream().filter(StageChanged.class::isInstance).map(StageChanged.class::cast)
                .reduce((first, second) -> second).orElseThrow();
    }
}
