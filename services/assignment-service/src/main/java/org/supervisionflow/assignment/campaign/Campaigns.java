package org.supervisionflow.assignment.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.assignment.assignment.Assignments;
import org.supervisionflow.assignment.department.Department;
import org.supervisionflow.assignment.department.Departments;
import org.supervisionflow.assignment.framework.Framework;
import org.supervisionflow.assignment.framework.Frameworks;
import org.supervisionflow.platform.problem.Violations;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.DeadlinePolicy;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

/** The use cases of campaigns: draft, publish (issuing assignments), move the due date, withdraw, read. */
@Service
public class Campaigns {

    private static final Text CAMPAIGN = Text.of("督察任务", "Campaign");
    private static final Text INVALID = Text.of("督察任务有误，请修正标出的字段后重试，已保存的内容不受影响。",
            "The campaign has errors; correct the fields listed and try again. Nothing saved was changed.");

    private final CampaignStore store;
    private final Frameworks frameworks;
    private final Departments departments;
    private final Assignments assignments;
    private final Clock clock;

    Campaigns(CampaignStore store, Frameworks frameworks, Departments departments, Assignments assignments, Clock clock) {
        this.store = store;
        this.frameworks = frameworks;
        this.departments = departments;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Transactional
    public Campaign create(CampaignDraft draft) {
        Instant now = clock.instant();
        Campaign campaign = build(UUID.randomUUID(), draft, now, now);
        store.insert(campaign);
        return get(campaign.id());
    }

    @Transactional
    public Campaign update(UUID id, CampaignDraft draft) {
        requireStatus(id, CampaignStatus.DRAFT, "campaign-not-draft", Text.of("只有草稿状态的督察任务可以修改。",
                "Only a draft campaign can be changed."));
        Campaign current = get(id);
        store.updateDraft(build(id, draft, current.createdAt(), clock.instant()));
        return get(id);
    }

    /**
     * Publishes a draft: freezes its framework, issues one assignment per department with its full scope and, in
     * the same transaction, puts one {@code AssignmentIssued} per department into the outbox.
     */
    @Transactional
    public Campaign publish(UUID id) {
        requireStatus(id, CampaignStatus.DRAFT, "campaign-not-draft", Text.of("该督察任务已发布或已撤回，不能再次发布。",
                "This campaign was published or withdrawn already; it cannot be published again."));
        Campaign campaign = get(id);
        if (campaign.dueDate().isBefore(today())) {
            throw Violations.single("campaign-due-date-passed", "dueDate", Text.of(
                    "截止日期 " + campaign.dueDate() + " 已过，请先修改截止日期再发布。",
                    "The due date " + campaign.dueDate() + " has passed; change it before publishing."));
        }
        Framework framework = frameworks.freezeForPublishing(campaign.frameworkId())
                .orElseThrow(() -> Violations.single("campaign-framework-missing", "frameworkId", Text.of(
                        "督察内容分解表不存在：" + campaign.frameworkId(),
                        "The framework does not exist: " + campaign.frameworkId())));
        List<AssignmentScope> scopes = scopes(campaign, framework);
        scopes.forEach(assignments::issue);
        store.markPublished(id, clock.instant());
        return get(id);
    }

    /** Withdraws a published campaign: every assignment ends, and each department is told why. */
    @Transactional
    public Campaign withdraw(UUID id, WithdrawalReason withdrawal) {
        requireStatus(id, CampaignStatus.PUBLISHED, "campaign-not-published", Text.of("只有已发布的督察任务可以撤回。",
                "Only a published campaign can be withdrawn."));
        String reason = withdrawal.reason().strip();
        assignments.withdrawCampaign(id, reason);
        store.markWithdrawn(id, reason, clock.instant());
        return get(id);
    }

    /**
     * Moves a published campaign's due date: every issued assignment is due on the new date, and each department
     * is told with {@code DueDateMoved}.
     */
    @Transactional
    public Campaign moveDueDate(UUID id, DueDateChange change, CurrentUser user) {
        requireStatus(id, CampaignStatus.PUBLISHED, "campaign-not-published", Text.of(
                "只有已发布的督察任务可以调整截止日期（草稿请直接修改）。",
                "Only a published campaign's due date can be moved (change a draft instead)."));
        if (change.dueDate().isBefore(today())) {
            throw Violations.single("campaign-due-date-passed", "dueDate", Text.of(
                    "截止日期不能早于今天（" + today() + "）", "The due date cannot be before today (" + today() + ")"));
        }
        String reason = change.reason().strip();
        store.moveDueDate(id, change.dueDate(), clock.instant());
        assignments.moveCampaignDueDate(id, change.dueDate(), reason, user);
        return get(id);
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> find(UUID id) {
        return store.find(id);
    }

    public Campaign get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound(CAMPAIGN, id));
    }

    public List<Campaign> list(CampaignStatus status) {
        return store.list(status);
    }

    private void requireStatus(UUID id, CampaignStatus required, String code, Text detail) {
        CampaignStatus status = store.lockStatus(id).orElseThrow(() -> ProblemException.notFound(CAMPAIGN, id));
        if (status != required) {
            throw ProblemException.conflict(code, detail);
        }
    }

    /** Checks the draft against the framework and the departments, and fills in default indicators. */
    private Campaign build(UUID id, CampaignDraft draft, Instant createdAt, Instant updatedAt) {
        Violations violations = new Violations();
        if (draft.dueDate().isBefore(today())) {
            violations.add("dueDate", Text.of("截止日期不能早于今天（" + today() + "）",
                    "The due date cannot be before today (" + today() + ")"));
        }
        Optional<Framework> framework = frameworks.find(draft.frameworkId());
        if (framework.isEmpty()) {
            violations.add("frameworkId", Text.of("督察内容分解表不存在：" + draft.frameworkId(),
                    "The framework does not exist: " + draft.frameworkId()));
        }
        Map<String, Department> known = departments.byCode();
        Set<String> seen = new HashSet<>();
        List<Campaign.Recipient> recipients = new ArrayList<>();
        for (int d = 0; d < draft.departments().size(); d++) {
            CampaignDraft.RecipientDraft recipient = draft.departments().get(d);
            String path = "departments[" + d + "]";
            Department department = known.get(recipient.departmentCode());
            if (department == null || !department.active()) {
                violations.add(path + ".departmentCode", Text.of("不是可分派的部门：" + recipient.departmentCode(),
                        "Not a department that can be assigned: " + recipient.departmentCode()));
                continue;
            }
            if (!seen.add(department.code())) {
                violations.add(path + ".departmentCode", Text.of("部门重复：" + department.name(),
                        "Department listed twice: " + department.nameEn()));
                continue;
            }
            framework.map(tree -> indicators(tree, department, recipient, path, violations))
                    .ifPresent(ids -> recipients.add(new Campaign.Recipient(department.code(), department.name(), ids)));
        }
        if (draft.deadlinePolicy() != null) {
            check(draft.deadlinePolicy(), violations);
        }
        LocalDate publicationDueDate = publicationDueDate(draft, violations);
        violations.throwIfAny("campaign-invalid", INVALID);
        return new Campaign(id, draft.kind(), draft.title().strip(), draft.documentNumber().strip(), draft.period().strip(),
                draft.dueDate(), draft.asksForPrincipalDuty(), draft.frameworkId(), CampaignStatus.DRAFT, null, createdAt,
                updatedAt, null, null, recipients, draft.deadlinePolicy(), publicationDueDate);
    }

    /**
     * By when the annual reports must be public: the office's date, or March 31 of the year after the period (the
     * first four digits of it, "2025年度" → 2026-03-31; the due date's year when the period names none). Other kinds
     * of campaign are not published, so they take no date.
     */
    private static LocalDate publicationDueDate(CampaignDraft draft, Violations violations) {
        LocalDate given = draft.publicationDueDate();
        if (draft.kind() != CampaignKind.ANNUAL_REPORT) {
            if (given != null) {
                violations.add("publicationDueDate", Text.of("只有年度报告需要向社会公开，不能设置公开截止日期",
                        "Only annual reports are published; no publication due date for this kind"));
            }
            return null;
        }
        if (given == null) {
            OptionalInt year = Campaign.yearOf(draft.period());
            return LocalDate.of(year.isPresent() ? year.getAsInt() + 1 : draft.dueDate().getYear(), 3, 31);
        }
        if (given.isBefore(draft.dueDate())) {
            violations.add("publicationDueDate", Text.of("公开截止日期不能早于报送截止日期（" + draft.dueDate() + "）",
                    "The publication due date cannot be before the due date (" + draft.dueDate() + ")"));
        }
        return given;
    }

    /** Working-day counts a calendar can honour: reminders 0–30 before, warnings in order, a review of 1–60 days. */
    private static void check(DeadlinePolicy policy, Violations violations) {
        String path = "deadlinePolicy.";
        List<Integer> reminders = policy.reminderWorkingDaysBefore();
        if (reminders == null || reminders.size() > 10) {
            violations.add(path + "reminderWorkingDaysBefore", Text.of("催办提醒须为 0 至 10 个工作日数",
                    "Give between 0 and 10 reminder days"));
        } else if (reminders.stream().anyMatch(days -> days == null || days < 0 || days > 30)
                || reminders.stream().distinct().count() != reminders.size()) {
            violations.add(path + "reminderWorkingDaysBefore", Text.of("催办提醒的工作日数须在 0 到 30 之间且不重复",
                    "Reminder days must be between 0 and 30 working days, each once"));
        }
        if (policy.yellowWarningAfterWorkingDays() < 0 || policy.yellowWarningAfterWorkingDays() > 60) {
            violations.add(path + "yellowWarningAfterWorkingDays", Text.of("黄牌预警须在逾期 0 到 60 个工作日之间",
                    "The yellow warning must come 0 to 60 working days late"));
        }
        if (policy.redWarningAfterWorkingDays() <= policy.yellowWarningAfterWorkingDays()
                || policy.redWarningAfterWorkingDays() > 120) {
            violations.add(path + "redWarningAfterWorkingDays", Text.of("红牌预警须晚于黄牌预警，且不超过逾期 120 个工作日",
                    "The red warning must come after the yellow one and at most 120 working days late"));
        }
        if (policy.reviewWorkingDays() < 1 || policy.reviewWorkingDays() > 60) {
            violations.add(path + "reviewWorkingDays", Text.of("审核时限须为 1 到 60 个工作日",
                    "The review time limit must be 1 to 60 working days"));
        }
    }

    /** The department's indicators in framework order: those it named, or every item where it leads or co-operates. */
    private static List<UUID> indicators(Framework framework, Department department, CampaignDraft.RecipientDraft recipient,
            String path, Violations violations) {
        List<UUID> chosen;
        if (recipient.indicatorIds() == null) {
            chosen = framework.placedItems().map(Framework.PlacedItem::item)
                    .filter(item -> item.involves(department.code())).map(Framework.Item::id).toList();
        } else {
            Set<UUID> named = new HashSet<>();
            for (int i = 0; i < recipient.indicatorIds().size(); i++) {
                UUID indicatorId = recipient.indicatorIds().get(i);
                String indicatorPath = path + ".indicatorIds[" + i + "]";
                if (framework.item(indicatorId).isEmpty()) {
                    violations.add(indicatorPath, Text.of("该指标不在所选督察内容分解表中：" + indicatorId,
                            "The indicator is not in the chosen framework: " + indicatorId));
                } else if (!named.add(indicatorId)) {
                    violations.add(indicatorPath, Text.of("指标重复：" + indicatorId, "Indicator listed twice: " + indicatorId));
                }
            }
            chosen = framework.placedItems().map(placed -> placed.item().id()).filter(named::contains).toList();
        }
        if (chosen.isEmpty() && recipient.indicatorIds() == null) {
            violations.add(path + ".indicatorIds", Text.of(department.name() + "在该分解表中既非牵头单位也非配合单位，请为其选择指标",
                    department.nameEn() + " is neither lead unit nor co-unit of any item; choose its indicators"));
        } else if (recipient.indicatorIds() != null && recipient.indicatorIds().isEmpty()) {
            violations.add(path + ".indicatorIds", Text.of("请至少为" + department.name() + "选择一项指标",
                    "Choose at least one indicator for " + department.nameEn()));
        }
        return chosen;
    }

    /** What each department is asked for, built from the frozen framework. */
    private List<AssignmentScope> scopes(Campaign campaign, Framework framework) {
        Violations violations = new Violations();
        List<AssignmentScope> scopes = new ArrayList<>();
        for (int d = 0; d < campaign.departments().size(); d++) {
            Campaign.Recipient recipient = campaign.departments().get(d);
            List<AssignedIndicator> indicators = new ArrayList<>();
            for (int i = 0; i < recipient.indicatorIds().size(); i++) {
                UUID indicatorId = recipient.indicatorIds().get(i);
                Optional<Framework.PlacedItem> placed = framework.item(indicatorId);
                if (placed.isEmpty()) {
                    violations.add("departments[" + d + "].indicatorIds[" + i + "]", Text.of(
                            "该指标已从督察内容分解表中删除，请重新选择：" + indicatorId,
                            "The indicator was removed from the framework; choose again: " + indicatorId));
                } else {
                    indicators.add(assigned(placed.get(), recipient.departmentCode()));
                }
            }
            scopes.add(new AssignmentScope(campaign.id(), campaign.title(), campaign.documentNumber(), campaign.kind(),
                    campaign.period(), campaign.dueDate(), recipient.departmentCode(), recipient.departmentName(),
                    campaign.asksForPrincipalDuty(), List.copyOf(indicators), campaign.deadlinePolicy()));
        }
        violations.throwIfAny("campaign-indicators-stale", Text.of("督察内容分解表已修改，部分指标已不存在，请更新督察任务后再发布。",
                "The framework changed and some indicators no longer exist; update the campaign before publishing."));
        return scopes;
    }

    private static AssignedIndicator assigned(Framework.PlacedItem placed, String departmentCode) {
        Framework.Item item = placed.item();
        // A department named for an item it neither leads nor co-operates on contributes to it, as co-units do.
        IndicatorRole role = item.leadUnit().equals(departmentCode) ? IndicatorRole.LEAD : IndicatorRole.CO_UNIT;
        return new AssignedIndicator(item.id(), item.code(), placed.aspect().title(), item.title(), item.requirement(),
                item.maxPoints(), role, item.metrics(), item.expectedEvidence());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
