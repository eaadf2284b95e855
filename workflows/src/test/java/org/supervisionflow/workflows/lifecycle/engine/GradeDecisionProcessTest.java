package org.supervisionflow.workflows.lifecycle.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.GRADE_DECISION_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.GRADE_DECISION_RESOURCE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_GRADE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_GRADE_EXCELLENT_FROM;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_GRADE_GOOD_FROM;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_GRADE_PASS_FROM;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_SCORE_PERCENTAGE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_VETOED;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supervisionflow.contracts.AssignmentScope;
import org.supervisionflow.contracts.CampaignKind;
import org.supervisionflow.contracts.assignment.AssignmentIssued;
import org.supervisionflow.workflows.lifecycle.GradingProperties;
import org.supervisionflow.workflows.lifecycle.GradingProperties.Thresholds;

/** The grade table {@code dmn/grade.dmn} with the thresholds a lifecycle starts with, and the veto before them. */
@Deployment(resources = GRADE_DECISION_RESOURCE)
class GradeDecisionProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static final UUID STRICT_CAMPAIGN = UUID.randomUUID();
    private static final GradingProperties GRADING = new GradingProperties(
            GradingProperties.withDefaults().defaults(),
            Map.of(STRICT_CAMPAIGN, new Thresholds(new BigDecimal("95"), new BigDecimal("85"), new BigDecimal("70"))));

    @ParameterizedTest(name = "{0}% → {1}")
    @CsvSource({ "100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.5, PASS", "60, PASS",
            "59.99, FAIL", "0, FAIL" })
    void defaultThresholdsGradeFrom90And80And60Percent(double percentage, String grade) {
        assertThat(grade(UUID.randomUUID(), percentage)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0}% → {1}")
    @CsvSource({ "95, EXCELLENT", "94, GOOD", "85, GOOD", "84, PASS", "70, PASS", "69, FAIL" })
    void aCampaignsOwnThresholdsReplaceTheDefaults(double percentage, String grade) {
        assertThat(grade(STRICT_CAMPAIGN, percentage)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "vetoed at {0}% → FAIL")
    @CsvSource({ "100", "90", "60", "0" })
    void aVetoFailsTheReportWhateverItsPercentage(double percentage) {
        assertThat(grade(UUID.randomUUID(), percentage, true)).isEqualTo("FAIL");
    }

    @Test
    void lifecyclesStartWithTheThresholdsAsNumbersTheTableCompares() {
        VariableMap start = new ProcessVariables(ProcessTestEngine.OBJECT_MAPPER, GRADING).forStart(issued(STRICT_CAMPAIGN));

        assertThat(start).containsEntry(VAR_GRADE_EXCELLENT_FROM, 95.0).containsEntry(VAR_GRADE_GOOD_FROM, 85.0)
                .containsEntry(VAR_GRADE_PASS_FROM, 70.0);
    }

    private String grade(UUID campaignId, double percentage) {
        return grade(campaignId, percentage, false);
    }

    private String grade(UUID campaignId, double percentage, boolean vetoed) {
        VariableMap variables = new ProcessVariables(ProcessTestEngine.OBJECT_MAPPER, GRADING).forStart(issued(campaignId))
                .putValue(VAR_SCORE_PERCENTAGE, percentage).putValue(VAR_VETOED, vetoed);
        return engine.getDecisionService().evaluateDecisionTableByKey(GRADE_DECISION_KEY, variables)
                .getSingleResult().getEntry(VAR_GRADE);
    }

    private static AssignmentIssued issued(UUID campaignId) {
        AssignmentScope scope = new AssignmentScope(campaignId, "2025年度法治政府建设情况报告", "市法治办〔2026〕3号",
                CampaignKind.ANNUAL_REPORT, "2025", LocalDate.of(2026, 3, 31), "sifa", "司法局", false, List.of());
        return new AssignmentIssued(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), scope);
    }
}
