package org.supervisionflow.workflows.lifecycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessTestEngine.published;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.DeadlineKind;
import org.supervisionflow.contracts.DeadlinePolicy;
import org.supervisionflow.contracts.EscalationTarget;
import org.supervisionflow.contracts.FindingSeverity;
import org.supervisionflow.contracts.WarningLevel;
import org.supervisionflow.contracts.workflow.DeadlineApproaching;
import org.supervisionflow.contracts.workflow.DeadlineMissed;
import org.supervisionflow.contracts.workflow.EscalationRaised;
import org.supervisionflow.contracts.workflow.WarningRaised;
import org.supervisionflow.workflows.calendar.BundledCalendars;
import org.supervisionflow.workflows.calendar.CalendarReplaced;
import org.supervisionflow.workflows.calendar.CalendarYear;
import org.supervisionflow.workflows.calendar.WorkingDays;
import org.supervisionflow.workflows.lifecycle.GradingProperties;

/**
 * One deadline's watch, its timers executed one by one: the reminder ladder, the miss, the warnings the table
 * decides, an extension that starts it over, and completion that stops it. The clock stands at
 * {@link ProcessTestEngine#NOW} (Monday 2 March 2026, 09:30 in Beijing); the calendar is the shipped 2026 one.
 */
@Deployment(resources = { DEADLINE_PROCESS_RESOURCE, WARNING_DECISION_RESOURCE })
class DeadlineProcessTest {

    @RegisterExtension
    @Order(1)
    static final ProcessEngineExtension engine = ProcessTestEngine.extension();

    @RegisterExtension
    @Order(2)
    static final FlowNodeCoverage coverage = new FlowNodeCoverage(ProcessTestEngine.get(), DEADLINE_PROCESS_RESOURCE,
            DEADLINE_PROCESS_KEY);

    /** Due on Tuesday 31 March 2026, the working day before 清明 (4–6 April). */
    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private final ProcessVariables variables = new ProcessVariables(ProcessTestEngine.OBJECT_MAPPER,
            GradingProperties.withDefaults());
    private final UUID assignmentId = UUID.randomUUID();

    @BeforeEach
    void startFresh() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ProcessTestEngine.PUBLISHED.clear();
    }

    @Test
    void remindsThreeAndOneWorkingDaysBeforeAndOnTheDayThenMissesThenRaisesYellowAndRedAfterTheHolidays() {
        ProcessInstance watch = watch(DeadlineKind.REPORT_SUBMISSION, null, CampaignKind.QUARTERLY_PROGRESS, null);

        fire(watch, "2026-03-26T09:00+08:00");
        fire(watch, "2026-03-30T09:00+08:00");
        fire(watch, "2026-03-31T09:00+08:00");
        assertThat(published(DeadlineApproaching.class)).extracting(DeadlineApproaching::workingDaysLeft)
                .containsExactly(3, 1, 0);
        assertThat(published(DeadlineApproaching.class).getFirst()).satisfies(reminder -> {
            assertThat(reminder.assignmentId()).isEqualTo(assignmentId);
            assertThat(reminder.departmentCode()).isEqualTo("minzheng");
            assertThat(reminder.kind()).isEqualTo(DeadlineKind.REPORT_SUBMISSION);
            assertThat(reminder.findingId()).isNull();
            assertThat(reminder.dueDate()).isEqualTo(DUE);
            assertThat(reminder.occurredAt()).isEqualTo(ProcessTestEngine.NOW);
        });

        fire(watch, "2026-04-01T00:00+08:00");
        assertThat(published(DeadlineMissed.class)).singleElement()
                .satisfies(missed -> assertThat(missed.dueDate()).isEqualTo(DUE));

        fire(watch, "2026-04-01T09:00+08:00");
        assertThat(published(WarningRaised.class)).singleElement().satisfies(warning -> {
            assertThat(warning.level()).isEqualTo(WarningLevel.YELLOW);
            assertThat(warning.workingDaysOverdue()).isEqualTo(1);
        });
        assertThat(published(EscalationRaised.class)).singleElement()
                .satisfies(escalation -> assertThat(escalation.target()).isEqualTo(EscalationTarget.DEPARTMENT_LEADER));

        fire(watch, "2026-04-02T09:00+08:00");
        fire(watch, "2026-04-03T09:00+08:00");
        // 4–6 April are 清明: the fourth working day overdue is Tuesday the 7th.
        fire(watch, "2026-04-07T09:00+08:00");
        assertThat(published(WarningRaised.class)).hasSize(1);

        fire(watch, "2026-04-08T09:00+08:00");
        assertThat(published(WarningRaised.class)).extracting(WarningRaised::level, WarningRaised::workingDaysOverdue)
                .containsExactly(tuple(WarningLevel.YELLOW, 1), tuple(WarningLevel.RED, 5));
        assertThat(published(EscalationRaised.class)).extracting(EscalationRaised::target)
                .containsExactly(EscalationTarget.DEPARTMENT_LEADER, EscalationTarget.OFFICE);
        assertThat(watch).isWaitingAt(TASK_AWAIT_DEADLINE_MOVED).hasPassed(EVENT_LADDER_DONE);
        assertThat(timers(watch)).isEmpty();
    }

    @Test
    void anAnnualReportEarnsItsRedWarningAfterThreeWorkingDays() {
        ProcessInstance watch = watch(DeadlineKind.REPORT_SUBMISSION, null, CampaignKind.ANNUAL_REPORT, null);
        skipTo(watch, "2026-04-01T09:00+08:00");

        fire(watch, "2026-04-01T09:00+08:00");
        fire(watch, "2026-04-02T09:00+08:00");
        fire(watch, "2026-04-03T09:00+08:00");

        assertThat(published(WarningRaised.class)).extracting(WarningRaised::level)
                .containsExactly(WarningLevel.YELLOW, WarningLevel.RED);
        assertThat(published(WarningRaised.class).getLast().workingDaysOverdue()).isEqualTo(3);
    }

    @Test
    void aSevereFindingOverdueGoesStraightToRedAndToTheOffice() {
        UUID findingId = UUID.randomUUID();
        ProcessInstance watch = watch(DeadlineKind.RECTIFICATION, findingId, CampaignKind.SPECIAL_INSPECTION,
                FindingSeverity.SEVERE);
        skipTo(watch, "2026-04-01T09:00+08:00");

        fire(watch, "2026-04-01T09:00+08:00");

        assertThat(published(WarningRaised.class)).singleElement().satisfies(warning -> {
            assertThat(warning.level()).isEqualTo(WarningLevel.RED);
            assertThat(warning.kind()).isEqualTo(DeadlineKind.RECTIFICATION);
            assertThat(warning.findingId()).isEqualTo(findingId);
        });
        assertThat(published(EscalationRaised.class)).singleElement()
                .satisfies(escalation -> assertThat(escalation.target()).isEqualTo(EscalationTarget.OFFICE));
    }

    @Test
    void aLateReviewIsEscalatedToTheOfficeNotToTheDepartmentsLeader() {
        ProcessInstance watch = watch(DeadlineKind.REVIEW, null, CampaignKind.QUARTERLY_PROGRESS, null);
        skipTo(watch, "2026-04-01T09:00+08:00");

        fire(watch, "2026-04-01T09:00+08:00");

        assertThat(published(WarningRaised.class)).singleElement().satisfies(warning -> {
            assertThat(warning.level()).isEqualTo(WarningLevel.YELLOW);
            assertThat(warning.kind()).isEqualTo(DeadlineKind.REVIEW);
        });
        assertThat(published(EscalationRaised.class)).singleElement()
                .satisfies(escalation -> assertThat(escalation.target()).isEqualTo(EscalationTarget.OFFICE));
    }

    @Test
    void aMovedDueDateCancelsTheOldTimersAndPlansTheLadderAgainFromTheNewDate() {
        ProcessInstance watch = watch(DeadlineKind.REPORT_SUBMISSION, null, CampaignKind.QUARTERLY_PROGRESS, null);
        fire(watch, "2026-03-26T09:00+08:00");

        move(LocalDate.of(2026, 4, 10));

        assertThat(watch).hasPassed(EVENT_DEADLINE_MOVED);
        ProcessTestEngine.runAsyncJobs();
        // Three working days before Friday 10 April, counted back over 清明: Tuesday the 7th.
        assertThat(nextTimer(watch)).isEqualTo("2026-04-07T09:00+08:00");
        fire(watch, "2026-04-07T09:00+08:00");
        assertThat(published(DeadlineApproaching.class)).extracting(DeadlineApproaching::dueDate)
                .containsExactly(DUE, LocalDate.of(2026, 4, 10));
        assertThat(runtimeService().getVariable(watch.getId(), VAR_DUE_DATE)).isEqualTo("2026-04-10");
    }

    @Test
    void anExtensionGrantedAfterTheLastWarningStartsTheLadderAgain() {
        ProcessInstance watch = watch(DeadlineKind.REPORT_SUBMISSION, null, CampaignKind.QUARTERLY_PROGRESS, null);
        skipTo(watch, "2026-04-08T09:00+08:00");
        fire(watch, "2026-04-08T09:00+08:00");
        assertThat(watch).isWaitingAt(TASK_AWAIT_DEADLINE_MOVED);

        move(LocalDate.of(2026, 4, 30));
        ProcessTestEngine.runAsyncJobs();

        assertThat(watch).hasPassed(TASK_AWAIT_DEADLINE_MOVED).isWaitingAt(TIMER_DEADLINE_STEP);
        assertThat(runtimeService().getVariable(watch.getId(), VAR_WARNINGS_SO_FAR)).isEqualTo(0);
        assertThat(nextTimer(watch)).isEqualTo("2026-04-27T09:00+08:00");
    }

    @Test
    void aReplacedCalendarMovesTheWaitingTimerAndTheStepsToComeAndRepeatsNoStepTaken() {
        ProcessInstance watch = watch(DeadlineKind.REPORT_SUBMISSION, null, CampaignKind.QUARTERLY_PROGRESS, null);
        fire(watch, "2026-03-26T09:00+08:00");

        // The office makes Monday 30 March and Thursday 2 April days off.
        replaceCalendarWithDaysOff(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 2));

        fire(watch, "2026-03-27T09:00+08:00");
        fire(watch, "2026-03-31T09:00+08:00");
        assertThat(published(DeadlineApproaching.class)).extracting(DeadlineApproaching::workingDaysLeft)
                .containsExactly(3, 1, 0);
        fire(watch, "2026-04-01T00:00+08:00");
        fire(watch, "2026-04-01T09:00+08:00");
        assertThat(nextTimer(watch)).as("the second working day after the due date").isEqualTo("2026-04-03T09:00+08:00");
        assertThat(published(DeadlineMissed.class)).hasSize(1);
    }

    @Test
    void finishedWorkStopsEveryTimerOfItsDeadlineAndNoOther() {
        UUID findingId = UUID.randomUUID();
        ProcessInstance report = watch(DeadlineKind.REPORT_SUBMISSION, null, CampaignKind.QUARTERLY_PROGRESS, null);
        ProcessInstance finding = watch(DeadlineKind.RECTIFICATION, findingId, CampaignKind.QUARTERLY_PROGRESS,
                FindingSeverity.GENERAL);

        runtimeService().createMessageCorrelation(MESSAGE_DEADLINE_MET)
                .processInstanceBusinessKey(assignmentId.toString())
                .processInstanceVariableEquals(VAR_DEADLINE_KIND, DeadlineKind.RECTIFICATION.name())
                .processInstanceVariableEquals(VAR_FINDING_ID, findingId.toString())
                .correlateAll();

        assertThat(finding).isEnded().hasPassed(EVENT_DEADLINE_MET, EVENT_DEADLINE_STOPPED);
        assertThat(timers(finding)).isEmpty();
        assertThat(report).isWaitingAt(TIMER_DEADLINE_STEP);
        assertThat(ProcessTestEngine.PUBLISHED).isEmpty();
    }

    /** Starts a watch as the start task does, and plans it. */
    private ProcessInstance watch(DeadlineKind kind, UUID findingId, CampaignKind campaignKind,
            FindingSeverity severity) {
        ProcessInstance watch = runtimeService().startProcessInstanceByKey(DEADLINE_PROCESS_KEY,
                assignmentId.toString(), variables.forDeadline("minzheng", kind, findingId, DUE, campaignKind,
                        severity, DeadlinePolicy.DEFAULT));
        assertThat(watch).isWaitingAt(TASK_PLAN_DEADLINE);
        ProcessTestEngine.runAsyncJobs();
        assertThat(watch).isWaitingAt(TIMER_DEADLINE_STEP);
        return watch;
    }

    /** The shipped 2026 calendar with more days off, as the office's replacement, and the watches re-timed with it. */
    private void replaceCalendarWithDaysOff(LocalDate... daysOff) {
        CalendarYear shipped = new BundledCalendars(ProcessTestEngine.OBJECT_MAPPER).find(2026).orElseThrow();
        List<CalendarYear.Day> holidays = new ArrayList<>(shipped.holidays());
        Arrays.stream(daysOff).forEach(day -> holidays.add(new CalendarYear.Day(day, "临时调整")));
        CalendarYear replaced = new CalendarYear(2026, false, "测试", holidays, shipped.workdays());
        DeadlinePlanner planner = new DeadlinePlanner(new WorkingDays(year -> Optional.of(replaced)
                .filter(calendar -> calendar.year() == year)));
        new DeadlineReplanner(runtimeService(), managementService(), planner, variables,
                Clock.fixed(ProcessTestEngine.NOW, DEADLINE_ZONE)).on(new CalendarReplaced(2026));
    }

    /** Checks that the next timer is due at {@code at}, fires it, and runs what follows up to the next timer. */
    private void fire(ProcessInstance watch, String at) {
        assertThat(nextTimer(watch)).isEqualTo(at);
        managementService().executeJob(timers(watch).getFirst().getId());
        ProcessTestEngine.runAsyncJobs();
    }

    /** Fires every timer before {@code at}, forgetting what they published. */
    private void skipTo(ProcessInstance watch, String at) {
        while (!nextTimer(watch).equals(at)) {
            managementService().executeJob(timers(watch).getFirst().getId());
            ProcessTestEngine.runAsyncJobs();
        }
        ProcessTestEngine.PUBLISHED.clear();
    }

    private void move(LocalDate newDueDate) {
        runtimeService().createMessageCorrelation(MESSAGE_DEADLINE_MOVED)
                .processInstanceBusinessKey(assignmentId.toString())
                .processInstanceVariableEquals(VAR_DEADLINE_KIND, DeadlineKind.REPORT_SUBMISSION.name())
                .setVariable(VAR_DUE_DATE, newDueDate.toString())
                .correlateAll();
    }

    private String nextTimer(ProcessInstance watch) {
        List<Job> timers = timers(watch);
        assertThat(timers).hasSize(1);
        return OffsetDateTime.ofInstant(timers.getFirst().getDuedate().toInstant(), DEADLINE_ZONE)
                .toString();
    }

    private static List<Job> timers(ProcessInstance watch) {
        return managementService().createJobQuery().processInstanceId(watch.getId()).timers().list();
    }
}
