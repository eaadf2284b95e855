package org.supervisionflow.submission.report;

import org.supervisionflow.contracts.MetricKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A figure an indicator section gives, with its requirement: {@code value} is a whole number (COUNT), a
 * number 0–100 (PERCENTAGE), a boolean (YES_NO), or null while not filled in. The unit is the requirement's.
 */
public record MetricValue(String code, String label, MetricKind kind, String unit, JsonNode value) {
}
