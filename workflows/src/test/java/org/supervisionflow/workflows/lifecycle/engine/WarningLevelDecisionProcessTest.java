package org.supervisionflow.workflows.lifecycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_CAMPAIGN_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DEADLINE_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_ESCALATION_TARGET;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_FINDING_SEVERITY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_RED_AFTER;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WARNINGS_SO_FAR;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WARNING_LEVEL;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_WORKING_DAYS_OVERDUE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_YELLOW_AFTER;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.WARNING_DECISION_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.WARNING_DECISION_RESOURCE;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The warning table {@code dmn/warning-level.dmn}, row by row, on the default policy and on a campaign's own. */
@Deployment(resources = WARNING_DECISION_RESOURCE)
class WarningLevelDecisionProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessTestEngine.extension();

    @ParameterizedTest(name = "{0} overdue, {1} warning(s), {2}, {3}, {4} → {5} {6}")
    @CsvSource(nullValues = "none", value = {
            "0, 0, QUARTERLY_PROGRESS, NONE, REPORT_SUBMISSION, none, none",
            "1, 0, QUARTERLY_PROGRESS, NONE, REPORT_SUBMISSION, YELLOW, DEPARTMENT_LEADER",
            "1, 0, SPECIAL_INSPECTION, GENERAL, RECTIFICATION, YELLOW, DEPARTMENT_LEADER",
            "1, 0, SPECIAL_INSPECTION, SEVERE, RECTIFICATION, RED, OFFICE",
            "1, 0, QUARTERLY_PROGRESS, NONE, REVIEW, YELLOW, OFFICE",
            "2, 1, QUARTERLY_PROGRESS, NONE, REPORT_SUBMISSION, none, none",
            "3, 1, ANNUAL_REPORT, NONE, REPORT_SUBMISSION, RED, OFFICE",
            "3, 1, ANNUAL_REPORT, GENERAL, RECTIFICATION, none, none",
            "4, 1, QUARTERLY_PROGRESS, NONE, REPORT_SUBMISSION, none, none",
            "5, 1, QUARTERLY_PROGRESS, NONE, REPORT_SUBMISSION, RED, OFFICE",
            "5, 1, QUARTERLY_PROGRESS, NONE, REVIEW, RED, OFFICE",
            "9, 2, ANNUAL_REPORT, SEVERE, RECTIFICATION, none, none" })
    void defaultPolicyYellowAfterOneRedAfterFiveWorkingDays(int overdue, int warnings, String campaignKind,
            String severity, String deadlineKind, String level, String target) {
        DmnDecisionResultEntries decided = decide(overdue, warnings, campaignKind, severity, deadlineKind, 1, 5);

        assertThat(decided == null ? null : decided.<String>getEntry(VAR_WARNING_LEVEL)).isEqualTo(level);
        assertThat(decided == null ? null : decided.<String>getEntry(VAR_ESCALATION_TARGET)).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} overdue, {1} warning(s) → {2}")
    @CsvSource(nullValues = "none", value = { "1, 0, none", "2, 0, YELLOW", "2, 1, none", "3, 1, RED" })
    void aCampaignsOwnPolicyMovesTheThresholds(int overdue, int warnings, String level) {
        DmnDecisionResultEntries decided = decide(overdue, warnings, "COMPREHENSIVE_INSPECTION", "NONE",
                "REPORT_SUBMISSION", 2, 3);

        assertThat(decided == null ? null : decided.<String>getEntry(VAR_WARNING_LEVEL)).isEqualTo(level);
    }

    private static DmnDecisionResultEntries decide(int overdue, int warnings, String campaignKind, String severity,
            String deadlineKind, int yellowAfter, int redAfter) {
        return engine.getProcessEngine().getDecisionService().evaluateDecisionByKey(WARNING_DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue(VAR_WORKING_DAYS_OVERDUE, overdue)
                        .putValue(VAR_WARNINGS_SO_FAR, warnings)
                        .putValue(VAR_CAMPAIGN_KIND, campaignKind)
                        .putValue(VAR_FINDING_SEVERITY, severity)
                        .putValue(VAR_DEADLINE_KIND, deadlineKind)
                        .putValue(VAR_YELLOW_AFTER, yellowAfter)
                        .putValue(VAR_RED_AFTER, redAfter))
                .evaluate()
                .getFirstResult();
    }
}
