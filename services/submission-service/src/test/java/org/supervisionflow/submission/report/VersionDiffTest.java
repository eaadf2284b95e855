package org.supervisionflow.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.IndicatorRole;
import org.supervisionflow.contracts.MetricKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;

class VersionDiffTest {

    private static final UUID OVERVIEW = UUID.randomUUID();
    private static final UUID COURT = UUID.randomUUID();
    private static final Actor SUBMITTER = new Actor("1", "submitter-minzheng", "填报员", "dept-submitter", "minzheng");
    private static final Actor LEADER = new Actor("2", "leader-minzheng", "部门负责人", "dept-leader", "minzheng");

    @Test
    void listsOnlyWhatChangedPerSectionWithBeforeAndAfter() {
        SubmittedVersion first = version(1, "张明", "概述", "出庭应诉", new BigDecimal("85.0"), true);
        SubmittedVersion second = version(2, "李华", "概述", "出庭应诉，补充案件数量", new BigDecimal("85"), false);

        VersionDiff diff = VersionDiff.between(first, second);

        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.fields()).containsExactly(new VersionDiff.FieldChange("contactPerson", "张明", "李华"));
        assertThat(diff.sections()).hasSize(1);
        VersionDiff.SectionChange court = diff.sections().get(0);
        assertThat(court.sectionId()).isEqualTo(COURT);
        assertThat(court.narrative()).isEqualTo(new VersionDiff.FieldChange("narrative", "出庭应诉", "出庭应诉，补充案件数量"));
        assertThat(court.metrics()).extracting(VersionDiff.MetricChange::code).containsExactly("judgments-executed");
        assertThat(court.metrics().get(0).before()).isEqualTo(BooleanNode.TRUE);
        assertThat(court.metrics().get(0).after()).isEqualTo(BooleanNode.FALSE);
    }

    @Test
    void aVersionComparedWithItselfHasNoChanges() {
        SubmittedVersion version = version(1, "张明", "概述", "出庭应诉", BigDecimal.TEN, true);

        VersionDiff diff = VersionDiff.between(version, version);

        assertThat(diff.fields()).isEmpty();
        assertThat(diff.sections()).isEmpty();
    }

    @Test
    void countsCompareByValueWhateverTheirJsonNumberType() {
        SubmittedVersion a = withCount(1, IntNode.valueOf(12));
        SubmittedVersion b = withCount(2, LongNode.valueOf(12));
        SubmittedVersion c = withCount(3, LongNode.valueOf(13));

        assertThat(VersionDiff.between(a, b).sections()).isEmpty();
        assertThat(VersionDiff.between(b, c).sections().get(0).metrics().get(0).after()).isEqualTo(LongNode.valueOf(13));
    }

    private static SubmittedVersion version(int number, String contact, String overview, String court,
            BigDecimal rate, boolean executed) {
        return new SubmittedVersion(UUID.randomUUID(), number, Instant.now(), SUBMITTER, LEADER,
                new VersionContent(contact, "0571", "民政〔2026〕5号", List.of(
                        new SectionSnapshot(OVERVIEW, SectionKind.OVERVIEW, "工作推进情况总体概述", null, null, null, overview,
                                List.of()),
                        new SectionSnapshot(COURT, SectionKind.INDICATOR, "行政机关负责人出庭应诉", UUID.randomUUID(), "5.3",
                                IndicatorRole.LEAD, court, List.of(
                                        new MetricValue("court-appearance-rate", "出庭应诉率", MetricKind.PERCENTAGE, "%",
                                                DecimalNode.valueOf(rate)),
                                        new MetricValue("judgments-executed", "是否全部履行生效裁判", MetricKind.YES_NO,
                                                null, BooleanNode.valueOf(executed)))))));
    }

    private static SubmittedVersion withCount(int number, JsonNode count) {
        return new SubmittedVersion(UUID.randomUUID(), number, Instant.now(), SUBMITTER, LEADER,
                new VersionContent("", "", "", List.of(new SectionSnapshot(COURT, SectionKind.INDICATOR, "三项制度",
                        UUID.randomUUID(), "4.1", IndicatorRole.LEAD, "", List.of(new MetricValue("legal-reviewers",
                                "法制审核人员", MetricKind.COUNT, "人", count))))));
    }
}
