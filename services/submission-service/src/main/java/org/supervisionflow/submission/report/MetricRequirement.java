package org.supervisionflow.submission.report;

import org.supervisionflow.contracts.MetricKind;

/** A figure an indicator section must give (e.g. 行政机关负责人出庭应诉率 in %), kept so drafted values can be checked. */
public record MetricRequirement(String code, String label, MetricKind kind, String unit) {
}
