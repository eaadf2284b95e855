package org.supervisionflow.notification.digest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.notification.assignment.Assignment;
import org.supervisionflow.notification.assignment.Assignments;
import org.supervisionflow.notification.delivery.Deliveries;
import org.supervisionflow.notification.delivery.Envelope;
import org.supervisionflow.notification.directory.People;
import org.supervisionflow.notification.directory.Person;
import org.supervisionflow.platform.security.Role;

/**
 * Sends each department leader one mail a day listing the department's open assignments with stage, due date, overdue
 * mark and warning. A leader whose department has nothing open gets none. Each (day, leader) is recorded, so neither a
 * second run nor a second instance sends it again.
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    private static final Map<ReportStage, String> STAGES = Map.ofEntries(Map.entry(ReportStage.ASSIGNED, "待填报"),
            Map.entry(ReportStage.DRAFTING, "填报中"), Map.entry(ReportStage.AWAITING_LEADER_APPROVAL, "待负责人审批"),
            Map.entry(ReportStage.SUBMITTED, "已报送"), Map.entry(ReportStage.UNDER_REVIEW, "审核中"),
            Map.entry(ReportStage.RETURNED, "退回修改"), Map.entry(ReportStage.ACCEPTED, "审核通过"),
            Map.entry(ReportStage.RECTIFYING, "整改中"), Map.entry(ReportStage.RECTIFICATION_SUBMITTED, "整改已报送"),
            Map.entry(ReportStage.VERIFYING, "整改核验中"), Map.entry(ReportStage.CLOSED, "已办结"),
            Map.entry(ReportStage.WITHDRAWN, "已撤销"));

    private final People people;
    private final Assignments assignments;
    private final Deliveries deliveries;
    private final JdbcClient jdbc;
    private final Clock clock;

    Digests(People people, Assignments assignments, Deliveries deliveries, JdbcClient jdbc, Clock clock) {
        this.people = people;
        this.assignments = assignments;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${supervision.notification.digest.cron:0 30 8 * * *}", zone = "${supervision.time-zone:Asia/Shanghai}")
    void sendToday() {
        send(LocalDate.now(clock));
    }

    /** Queues the digests of {@code day}; returns how many were queued now (0 when they all went out before). */
    @Transactional
    public int send(LocalDate day) {
        int sent = 0;
        for (Person leader : people.everyoneWith(Role.DEPT_LEADER)) {
            List<Assignment> open = leader.departmentCode() == null ? List.of() : assignments.openIn(leader.departmentCode());
            if (!open.isEmpty() && record(day, leader, open.size())) {
                UUID digestId = UUID.nameUUIDFromBytes(("digest/" + day + "/" + leader.username())
                        .getBytes(StandardCharsets.UTF_8));
                deliveries.email(new Envelope(digestId, "DailyDigest", null, null, leader),
                        "每日督办摘要（" + day + "）：" + open.getFirst().departmentOrDefault() + open.size() + "项待办",
                        "digest", "/tasks", Map.of("day", day.toString(), "department",
                                open.getFirst().departmentOrDefault(), "items", open.stream().map(this::item).toList()));
                sent++;
            }
        }
        log.info("Daily digest of {}: {} queued", day, sent);
        return sent;
    }

    private boolean record(LocalDate day, Person leader, int items) {
        return jdbc.sql("""
                insert into digest_sent (day, username, items, sent_at) values (:day, :username, :items, :now)
                on conflict (day, username) do nothing""")
                .param("day", day)
                .param("username", leader.username())
                .param("items", items)
                .param("now", OffsetDateTime.now(clock))
                .update() == 1;
    }

    private DigestItem item(Assignment assignment) {
        String status = assignment.warningLevel() == WarningLevel.RED ? "红牌预警"
                : assignment.warningLevel() == WarningLevel.YELLOW ? "黄牌预警"
                : assignment.overdue() ? "已逾期" : "正常";
        return new DigestItem(assignment.campaignOrDefault(), assignment.stage() == null ? "待填报" : STAGES.get(assignment.stage()),
                assignment.dueDate() == null ? "—" : assignment.dueDate().toString(), status,
                assignment.reportId() == null ? "/tasks" : "/reports/" + assignment.reportId());
    }
}
