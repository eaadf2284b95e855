package org.supervisionflow.submission.report;

import com.fasterxml.jackson.databind.JsonNode;

/** A drafted figure as the client sends it: the metric's code and a JSON value (number, boolean or null). */
public record MetricInput(String code, JsonNode value) {
}
