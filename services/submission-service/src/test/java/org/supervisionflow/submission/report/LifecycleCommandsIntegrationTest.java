package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.supervisionflow.submission.report.Api.ok;
import static org.supervisionflow.submission.report.Api.section;
import static org.supervisionflow.submission.report.Api.texts;
import static org.supervisionflow.submission.report.OpenReportCommands.COURT_APPEARANCE;
import static org.supervisionflow.submission.report.OpenReportCommands.openReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.supervisionflow.contracts.FindingNotice;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.ReturnReason;
import org.supervisionflow.contracts.command.CloseReport;
import org.supervisionflow.contracts.command.OpenRectification;
import org.supervisionflow.contracts.command.OpenReport;
import org.supervisionflow.contracts.command.ReopenRectification;
import org.supervisionflow.contracts.command.ReopenReport;
import org.supervisionflow.contracts.submission.DraftStarted;
import org.supervisionflow.contracts.submission.RectificationSubmitted;
import org.supervisionflow.contracts.submission.ReportOpened;
import org.supervisionflow.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workflow engine's commands after submission, sent over Kafka as the engine sends them: reopening a
 * returned report, closing it, and opening and reopening rectifications; each repeated, resent and out of order.
 */
class LifecycleCommandsIntegrationTest extends ReportIntegrationTest {

    @BeforeEach
    void draftAndSubmitTheReport() {
        draft("出庭应诉率90%", 90);
        submit();
    }

    private void submit() {
        ok(api.post(base + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        ok(api.post(base + "/approve", TestTokens.leader("minzheng"), null));
    }

    @Test
    void aReturnedReportOpensForRevisionShowingTheReasonsAndItsRevisionBecomesVersionTwo() {
        ReopenReport reopen = reopen(1, new ReturnReason(COURT_APPEARANCE.indicatorId(), "请补充出庭应诉案件数量"),
                new ReturnReason(null, "请加盖公章"));

        kafka.send(reopen);

        JsonNode workspace = awaitStatus("OPEN_FOR_DRAFTING");
        assertThat(texts(workspace.get("returnReasons"), "reason")).containsExactly("请补充出庭应诉案件数量", "请加盖公章");
        assertThat(workspace.at("/returnReasons/0/indicatorId").asText())
                .isEqualTo(COURT_APPEARANCE.indicatorId().toString());
        assertThat(workspace.at("/returnReasons/0/returnedVersion").asInt()).isEqualTo(1);
        assertThat(workspace.at("/returnReasons/1/indicatorId").isMissingNode()).isTrue();

        ok(api.put(sectionPath(2), TestTokens.submitter("minzheng"),
                section(1, "出庭应诉率95%，共20件", "court-appearance-rate", 95, "judgments-executed", true)));
        assertThat(kafka.await(DraftStarted.class, event -> event.reportId().equals(report.id()), 2, DELIVERY))
                .hasSize(2);
        submit();

        JsonNode diff = ok(api.get(base + "/versions/1/diff/2", TestTokens.auditor()));
        assertThat(diff.get("fields")).isEmpty();
        assertThat(diff.get("sections")).hasSize(1);
        assertThat(diff.at("/sections/0/indicatorCode").asText()).isEqualTo("5.3");
        assertThat(diff.at("/sections/0/narrative/before").asText()).isEqualTo("出庭应诉率90%");
        assertThat(diff.at("/sections/0/narrative/after").asText()).isEqualTo("出庭应诉率95%，共20件");
        assertThat(texts(diff.at("/sections/0/metrics"), "code")).containsExactly("court-appearance-rate");
        assertThat(diff.at("/sections/0/metrics/0/before").decimalValue()).isEqualByComparingTo("90");
        assertThat(diff.at("/sections/0/metrics/0/after").decimalValue()).isEqualByComparingTo("95");
        assertThat(texts(ok(api.get(base, TestTokens.auditor())).get("returnReasons"), "reason"))
                .containsExactly("请补充出庭应诉案件数量", "请加盖公章");
    }

    @Test
    void aRedeliveredOrResentReopenAddsTheReasonsOnce() {
        ReopenReport reopen = reopen(1, new ReturnReason(null, "请加盖公章"));
        ReopenReport resent = new ReopenReport(UUID.randomUUID(), reopen.assignmentId(), Instant.now(), report.id(), 1,
                reopen.reasons());

        kafka.send(reopen);
        kafka.send(reopen);
        kafka.send(resent);

        await().atMost(DELIVERY).until(() -> received(resent.id()));
        JsonNode workspace = ok(api.get(base, TestTokens.auditor()));
        assertThat(workspace.get("status").asText()).isEqualTo("OPEN_FOR_DRAFTING");
        assertThat(workspace.get("returnReasons")).hasSize(1);
    }

    @Test
    void aReturnOfAVersionThatIsNotTheLatestChangesNothing() {
        ReopenReport stale = reopen(0, new ReturnReason(null, "旧版本的意见"));

        kafka.send(stale);

        await().atMost(DELIVERY).until(() -> received(stale.id()));
        JsonNode workspace = ok(api.get(base, TestTokens.auditor()));
        assertThat(workspace.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(workspace.get("returnReasons")).isEmpty();
    }

    @Test
    void aClosedReportTakesNoFurtherChangesAndIgnoresALateReturn() {
        CloseReport close = new CloseReport(UUID.randomUUID(), report.assignmentId(), Instant.now(), ReportStage.CLOSED,
                "验收通过");
        ReopenReport late = reopen(1, new ReturnReason(null, "迟到的退回"));

        kafka.send(close);
        kafka.send(close);
        kafka.send(late);

        await().atMost(DELIVERY).until(() -> received(late.id()));
        JsonNode workspace = ok(api.get(base, TestTokens.auditor()));
        assertThat(workspace.get("status").asText()).isEqualTo("CLOSED");
        assertThat(workspace.get("returnReasons")).isEmpty();
        ResponseEntity<JsonNode> edit = api.put(sectionPath(0), TestTokens.submitter("minzheng"), section(0, "x"));
        assertThat(edit.getStatusCode().value()).isEqualTo(409);
        assertThat(edit.getBody().get("detail").asText()).contains("已关闭");
    }

    @Test
    void anAssignmentClosedBeforeItsOpenReportArrivedGetsNoReport() {
        OpenReport open = openReport("sifa", false);
        CloseReport withdrawn = new CloseReport(UUID.randomUUID(), open.assignmentId(), Instant.now(),
                ReportStage.WITHDRAWN, "督察任务已撤回");

        kafka.send(withdrawn);
        kafka.send(open);

        await().atMost(DELIVERY).until(() -> received(open.id()));
        assertThat(api.get("/api/reports/by-assignment/" + open.assignmentId(), TestTokens.officeAdmin())
                .getStatusCode().value()).isEqualTo(404);
        assertThat(kafka.await(ReportOpened.class, event -> event.assignmentId().equals(open.assignmentId()), 1, QUIET))
                .isEmpty();
    }

    @Test
    void eachFindingOpensOneRectificationWithItsNoticeHoweverOftenItIsSent() {
        OpenRectification first = openRectification(finding("民政督整〔2026〕1号", FindingSeverity.SERIOUS));
        OpenRectification resent = new OpenRectification(UUID.randomUUID(), report.assignmentId(), Instant.now(),
                report.id(), first.finding());
        OpenRectification second = openRectification(finding("民政督整〔2026〕2号", FindingSeverity.GENERAL));

        kafka.send(first);
        kafka.send(first);
        kafka.send(resent);
        kafka.send(second);

        await().atMost(DELIVERY).until(() -> received(second.id()));
        JsonNode rectifications = ok(api.get(base + "/rectifications", TestTokens.submitter("minzheng")));
        assertThat(texts(rectifications, "status")).containsExactly("OPEN", "OPEN");
        assertThat(rectifications.at("/0/finding/noticeNumber").asText()).isEqualTo("民政督整〔2026〕1号");
        assertThat(rectifications.at("/0/finding/severity").asText()).isEqualTo("SERIOUS");
        assertThat(rectifications.at("/0/finding/description").asText()).isEqualTo("行政执法案卷评查发现法制审核记录缺失");
        assertThat(rectifications.at("/0/finding/deadline").asText()).isEqualTo("2026-06-30");
        assertThat(rectifications.at("/0/finding/indicatorId").asText())
                .isEqualTo(COURT_APPEARANCE.indicatorId().toString());
    }

    @Test
    void aRejectedAnswerOpensItsRectificationAgainWithTheReasonOnlyOnce() {
        FindingNotice finding = finding("民政督整〔2026〕3号", FindingSeverity.SEVERE);
        OpenRectification open = openRectification(finding);
        kafka.send(open);
        await().atMost(DELIVERY).until(() -> received(open.id()));
        String path = base + "/rectifications/" + finding.findingId();
        ok(api.put(path, TestTokens.submitter("minzheng"), Map.of("version", 0, "measures", "已补齐法制审核记录")));
        ok(api.post(path + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        JsonNode approved = ok(api.post(path + "/approve", TestTokens.leader("minzheng"), null));
        UUID answerId = UUID.fromString(approved.at("/answers/0/id").asText());

        ReopenRectification wrongAnswer = new ReopenRectification(UUID.randomUUID(), report.assignmentId(),
                Instant.now(), finding.findingId(), UUID.randomUUID(), "不是这份答复");
        ReopenRectification reopen = new ReopenRectification(UUID.randomUUID(), report.assignmentId(), Instant.now(),
                finding.findingId(), answerId, "未附整改佐证材料");
        ReopenRectification resent = new ReopenRectification(UUID.randomUUID(), report.assignmentId(), Instant.now(),
                finding.findingId(), answerId, "未附整改佐证材料");
        kafka.send(wrongAnswer);
        kafka.send(reopen);
        kafka.send(reopen);
        kafka.send(resent);

        await().atMost(DELIVERY).until(() -> received(resent.id()));
        JsonNode rectification = ok(api.get(base + "/rectifications", TestTokens.leader("minzheng"))).get(0);
        assertThat(rectification.get("status").asText()).isEqualTo("OPEN");
        assertThat(rectification.get("verificationRejection").asText()).isEqualTo("未附整改佐证材料");
        assertThat(rectification.get("rejectedAnswerId").asText()).isEqualTo(answerId.toString());
        assertThat(rectification.get("answers")).hasSize(1);
        long version = rectification.get("version").asLong();

        ok(api.put(path, TestTokens.submitter("minzheng"), Map.of("version", version, "measures", "已补齐记录并附佐证")));
        ok(api.post(path + "/send-for-approval", TestTokens.submitter("minzheng"), null));
        ok(api.post(path + "/approve", TestTokens.leader("minzheng"), null));
        List<RectificationSubmitted> submitted = kafka.await(RectificationSubmitted.class,
                event -> event.findingId().equals(finding.findingId()), 2, DELIVERY);
        assertThat(submitted).extracting(RectificationSubmitted::answerVersion).containsExactly(1, 2);
        assertThat(submitted.get(0).answerId()).isEqualTo(answerId);
    }

    @Test
    void closingTheReportClosesItsRectifications() {
        OpenRectification open = openRectification(finding("民政督整〔2026〕4号", FindingSeverity.GENERAL));
        CloseReport close = new CloseReport(UUID.randomUUID(), report.assignmentId(), Instant.now(), ReportStage.CLOSED,
                "全部销号");

        kafka.send(open);
        kafka.send(close);

        await().atMost(DELIVERY).until(() -> received(close.id()));
        JsonNode rectifications = ok(api.get(base + "/rectifications", TestTokens.auditor()));
        assertThat(texts(rectifications, "status")).containsExactly("CLOSED");
        ResponseEntity<JsonNode> edit = api.put(base + "/rectifications/" + open.finding().findingId(),
                TestTokens.submitter("minzheng"), Map.of("version", 1, "measures", "x"));
        assertThat(edit.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void commandsForAReportThatIsNotHereAreRetriedThenLeftWithoutEffect() {
        UUID unknownAssignment = UUID.randomUUID();
        ReopenReport reopen = new ReopenReport(UUID.randomUUID(), unknownAssignment, Instant.now(), UUID.randomUUID(),
                1, List.of(new ReturnReason(null, "无此报告")));
        OpenRectification rectification = new OpenRectification(UUID.randomUUID(), unknownAssignment, Instant.now(),
                UUID.randomUUID(), finding("无此报告的整改", FindingSeverity.GENERAL));

        ReopenRectification reopenRectification = new ReopenRectification(UUID.randomUUID(), unknownAssignment,
                Instant.now(), UUID.randomUUID(), UUID.randomUUID(), "无此整改");

        kafka.send(reopen);
        kafka.send(rectification);
        kafka.send(reopenRectification);

        // Each attempt rolls back with its inbox entry, so the command stays unreceived and can be retried.
        await().during(QUIET).atMost(QUIET.plusSeconds(2)).until(() -> !received(reopen.id())
                && !received(rectification.id()) && !received(reopenRectification.id()));
        assertThat(jdbc.sql("select count(*) from rectification where finding_id = ?")
                .param(rectification.finding().findingId()).query(Integer.class).single()).isZero();
    }

    @Test
    void aFindingArrivingAfterTheReportClosedOpensNoRectification() {
        CloseReport close = new CloseReport(UUID.randomUUID(), report.assignmentId(), Instant.now(), ReportStage.CLOSED,
                "验收通过");
        OpenRectification late = openRectification(finding("民政督整〔2026〕5号", FindingSeverity.GENERAL));

        kafka.send(close);
        kafka.send(late);

        await().atMost(DELIVERY).until(() -> received(late.id()));
        assertThat(ok(api.get(base + "/rectifications", TestTokens.auditor()))).isEmpty();
    }

    private ReopenReport reopen(int version, ReturnReason... reasons) {
        return new ReopenReport(UUID.randomUUID(), report.assignmentId(), Instant.now(), report.id(), version,
                List.of(reasons));
    }

    private OpenRectification openRectification(FindingNotice finding) {
        return new OpenRectification(UUID.randomUUID(), report.assignmentId(), Instant.now(), report.id(), finding);
    }

    static FindingNotice finding(String noticeNumber, FindingSeverity severity) {
        return new FindingNotice(UUID.randomUUID(), noticeNumber, COURT_APPEARANCE.indicatorId(), severity,
                "行政执法案卷评查发现法制审核记录缺失", "补齐法制审核记录，建立审核台账", LocalDate.of(2026, 6, 30));
    }

    private JsonNode awaitStatus(String status) {
        await().atMost(DELIVERY).until(() -> status.equals(
                ok(api.get(base, TestTokens.auditor())).get("status").asText()));
        return ok(api.get(base, TestTokens.auditor()));
    }

    private boolean received(UUID messageId) {
        return jdbc.sql("select count(*) from inbox_message where message_id = ?").param(messageId)
                .query(Integer.class).single() == 1;
    }
}
