package org.supervisionflow.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.ReviewDecision;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.contracts.review.ReviewCompleted;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.contracts.submission.ReportSubmitted;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.notification.assignment.Assignments;
import org.supervisionflow.testsupport.KafkaTestClient;

/** The events other services send, about one department's assignment of a campaign with its own title. */
record Events(UUID assignmentId, UUID reportId, String department, String campaignTitle) {

    static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    private static final Map<String, String> NAMES = Map.of("minzheng", "民政局", "sifa", "司法局", "shichang", "市场监管局");

    /** A fresh assignment of the department; the title is unique so that mails of one test are told apart. */
    static Events of(String department) {
        UUID assignmentId = UUID.randomUUID();
        return new Events(assignmentId, UUID.randomUUID(), department,
                "2025年度法治政府建设情况报告-" + assignmentId.toString().substring(0, 8));
    }

    /**
     * Sends AssignmentIssued and ReportOpened and waits until both were taken in: they travel on other topics than the
     * workflow and review events that follow, so without waiting a test could see a warning named before its campaign.
     */
    void arrive(KafkaTestClient kafka, Assignments assignments) {
        kafka.send(issued());
        kafka.send(opened());
        await().atMost(Duration.ofSeconds(20)).until(() -> assignments.find(assignmentId)
                .filter(assignment -> assignment.campaignTitle() != null && assignment.reportId() != null).isPresent());
    }

    String departmentName() {
        return NAMES.get(department);
    }

    AssignmentIssued issued() {
        AssignmentScope scope = new AssignmentScope(UUID.randomUUID(), campaignTitle, "依法治市办〔2026〕3号",
                CampaignKind.ANNUAL_REPORT, "2025", DUE, department, departmentName(), true, List.of());
        return new AssignmentIssued(UUID.randomUUID(), assignmentId, Instant.now(), scope);
    }

    ReportOpened opened() {
        return new ReportOpened(UUID.randomUUID(), assignmentId, Instant.now(), reportId, department);
    }

    ReportSubmitted submitted(int version) {
        Actor submitter = new Actor("u1", "submitter-" + department, "填报员", "dept-submitter", department);
        Actor leader = new Actor("u2", "leader-" + department, "负责人", "dept-leader", department);
        return new ReportSubmitted(UUID.randomUUID(), assignmentId, Instant.now(), reportId, version, submitter, leader);
    }

    ReviewCompleted returned(String reason) {
        Actor auditor = new Actor("u3", "auditor", "督察员", "auditor", null);
        return new ReviewCompleted(UUID.randomUUID(), assignmentId, Instant.now(), UUID.randomUUID(), 1,
                ReviewDecision.RETURN, null, null, List.of(new ReturnReason(null, reason)), List.of(), auditor);
    }

    WarningRaised warning(WarningLevel level, int workingDaysOverdue) {
        return new WarningRaised(UUID.randomUUID(), assignmentId, Instant.now(), department,
                DeadlineKind.REPORT_SUBMISSION, null, DUE, level, workingDaysOverdue);
    }

    EscalationRaised escalation(EscalationTarget target) {
        return new EscalationRaised(UUID.randomUUID(), assignmentId, Instant.now(), department,
                DeadlineKind.REPORT_SUBMISSION, null, DUE, target, 8);
    }
}
