package org.supervisionflow.contracts;

/** A structured figure an indicator asks for, e.g. 行政机关负责人出庭应诉率 as a percentage. */
public record MetricSpec(String code, String label, MetricKind kind, String unit) {
}
