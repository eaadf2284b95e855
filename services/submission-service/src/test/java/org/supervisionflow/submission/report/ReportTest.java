package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supervisionflow.submission.report.OpenReportCommands.COURT_APPEARANCE;
import static org.supervisionflow.submission.report.OpenReportCommands.THREE_SYSTEMS;
import static org.supervisionflow.submission.report.OpenReportCommands.openReport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervisionflow.contracts.AssignedIndicator;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.command.OpenReport;

class ReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void opensWithOverviewIndicatorsPrincipalDutyProblemsAndNextStepsInThatOrder() {
        OpenReport command = openReport("minzheng", true);

        Report report = Report.open(command, CLOCK);

        assertThat(report.sections()).extracting(ReportSection::kind).containsExactly(SectionKind.OVERVIEW,
                SectionKind.INDICATOR, SectionKind.INDICATOR, SectionKind.PRINCIPAL_DUTY, SectionKind.PROBLEMS,
                SectionKind.NEXT_STEPS);
        assertThat(report.sections()).extracting(ReportSection::title).containsExactly("工作推进情况总体概述",
                THREE_SYSTEMS.title(), COURT_APPEARANCE.title(), "主要负责人履行推进法治建设第一责任人职责情况", "存在问题",
                "下一步工作安排");
        assertThat(report.sections()).allSatisfy(section -> assertThat(section.narrative()).isEmpty());
        assertThat(report.sections()).extracting(ReportSection::id).doesNotHaveDuplicates();
        assertThat(report.status()).isEqualTo(ReportStatus.OPEN_FOR_DRAFTING);
        assertThat(report.assignmentId()).isEqualTo(command.assignmentId());
        assertThat(report.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(report.contact()).isEqualTo(new Contact("", ""));
        assertThat(report.documentNumber()).isEmpty();
    }

    @Test
    void indicatorSectionsCarryWhatTheIndicatorAsksFor() {
        Report report = Report.open(openReport("sifa", false), CLOCK);

        SectionIndicator court = report.sections().get(2).indicator();
        assertThat(court.indicatorId()).isEqualTo(COURT_APPEARANCE.indicatorId());
        assertThat(court.code()).isEqualTo("5.3");
        assertThat(court.aspectTitle()).isEqualTo("强化对行政权力的制约和监督");
        assertThat(court.requirement()).isEqualTo(COURT_APPEARANCE.requirement());
        assertThat(court.maxPoints()).isEqualByComparingTo("4.5");
        assertThat(court.role()).isEqualTo(IndicatorRole.CO_UNIT);
        assertThat(court.expectedEvidence()).isEqualTo("出庭应诉登记表");
        assertThat(court.metrics()).extracting(MetricRequirement::label)
                .containsExactly("行政机关负责人出庭应诉率", "是否全部履行生效裁判");
        assertThat(report.sections()).filteredOn(section -> section.kind() != SectionKind.INDICATOR)
                .allSatisfy(section -> assertThat(section.indicator()).isNull());
    }

    @Test
    void leavesOutThePrincipalDutySectionUnlessTheCampaignAsksForIt() {
        Report report = Report.open(openReport("shichang", false), CLOCK);

        assertThat(report.sections()).extracting(ReportSection::kind).doesNotContain(SectionKind.PRINCIPAL_DUTY)
                .containsExactly(SectionKind.OVERVIEW, SectionKind.INDICATOR, SectionKind.INDICATOR,
                        SectionKind.PROBLEMS, SectionKind.NEXT_STEPS);
    }

    @Test
    void refusesACommandWithoutItsDepartmentAndNamesWhatIsMissing() {
        AssignmentScope scope = openReport("minzheng", true).scope();
        OpenReport withoutDepartment = new OpenReport(UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                new AssignmentScope(scope.campaignId(), scope.campaignTitle(), scope.documentNumber(), scope.kind(),
                        scope.period(), scope.dueDate(), " ", scope.departmentName(), true, scope.indicators()));

        assertThatThrownBy(() -> Report.open(withoutDepartment, CLOCK))
                .isInstanceOf(IncompleteCommandException.class)
                .hasMessageContaining(withoutDepartment.id().toString())
                .hasMessageContaining("scope.departmentCode");
    }

    @Test
    void refusesAnIndicatorWithoutItsRole() {
        AssignmentScope scope = openReport("minzheng", true).scope();
        AssignedIndicator roleless = new AssignedIndicator(UUID.randomUUID(), "1.1", "依法全面履行政府职能",
                "权责清单动态调整", "及时调整权责清单", null, null, null, null);
        OpenReport command = new OpenReport(UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                new AssignmentScope(scope.campaignId(), scope.campaignTitle(), null, scope.kind(), null,
                        scope.dueDate(), "minzheng", "民政局", false, List.of(roleless)));

        assertThatThrownBy(() -> Report.open(command, CLOCK)).hasMessageContaining("scope.indicators[0].role");
    }

    @Test
    void isOverdueOnlyAfterTheDueDayHasPassed() {
        LocalDate due = LocalDate.of(2026, 3, 31);

        assertThat(ReportStatus.OPEN_FOR_DRAFTING.overdue(due, due.minusDays(1))).isFalse();
        assertThat(ReportStatus.OPEN_FOR_DRAFTING.overdue(due, due)).isFalse();
        assertThat(ReportStatus.OPEN_FOR_DRAFTING.overdue(due, due.plusDays(1))).isTrue();
    }
}
