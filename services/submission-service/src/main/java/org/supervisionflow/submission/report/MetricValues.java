package org.supervisionflow.submission.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;

/**
 * Checks drafted figures against the requirements the indicator stated when the report opened: a COUNT is a
 * whole number of at least 0, a PERCENTAGE a number from 0 to 100, a YES_NO a boolean. Values are kept in
 * one normal form (a long, a decimal without trailing zeros, a boolean) so versions compare exactly.
 */
final class MetricValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricValues() {
    }

    /**
     * The section's metrics with the drafted values; a metric not sent is cleared, as a PUT replaces the section.
     *
     * @throws ProblemException 422 {@code invalid-metric-value} listing every wrong value, in both languages
     */
    static List<MetricValue> apply(List<MetricValue> current, List<MetricInput> inputs) {
        Map<String, MetricValue> byCode = new LinkedHashMap<>();
        current.forEach(metric -> byCode.put(metric.code(), metric));
        Map<String, JsonNode> values = new HashMap<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (MetricInput input : inputs) {
            MetricValue metric = byCode.get(input.code());
            if (metric == null) {
                errors.add(error(input.code(), "本节没有该指标数据项", "this section asks for no such metric"));
                continue;
            }
            try {
                values.put(input.code(), normalize(metric.kind(), input.value()));
            } catch (IllegalArgumentException e) {
                errors.add(error(input.code(), expectation(metric.kind()).zh(), expectation(metric.kind()).en()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-metric-value",
                    Text.of("数据项有误", "Invalid figures"),
                    Text.of("部分数据项的值不符合要求，本次未保存。", "Some figures are not valid; nothing was saved."),
                    Map.of("errors", errors));
        }
        return byCode.values().stream()
                .map(metric -> new MetricValue(metric.code(), metric.label(), metric.kind(), metric.unit(),
                        values.get(metric.code())))
                .toList();
    }

    /** The value in normal form, or null for an empty value. */
    static JsonNode normalize(MetricKind kind, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (kind) {
            case COUNT -> {
                if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
                    throw new IllegalArgumentException("not a count");
                }
                yield LongNode.valueOf(value.longValue());
            }
            case PERCENTAGE -> {
                if (!value.isNumber()) {
                    throw new IllegalArgumentException("not a number");
                }
                BigDecimal number = value.decimalValue();
                if (number.signum() < 0 || number.compareTo(HUNDRED) > 0 || number.scale() > 4) {
                    throw new IllegalArgumentException("not a percentage");
                }
                yield DecimalNode.valueOf(strip(number));
            }
            case YES_NO -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("not a boolean");
                }
                yield BooleanNode.valueOf(value.booleanValue());
            }
        };
    }

    /** The normal form of a value read back from a numeric column. */
    static JsonNode fromNumber(MetricKind kind, BigDecimal number) {
        return kind == MetricKind.COUNT ? LongNode.valueOf(number.longValueExact()) : DecimalNode.valueOf(strip(number));
    }

    private static BigDecimal strip(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Text expectation(MetricKind kind) {
        return switch (kind) {
            case COUNT -> Text.of("应为不小于0的整数", "must be a whole number of at least 0");
            case PERCENTAGE -> Text.of("应为0到100之间的数（最多4位小数）", "must be a number from 0 to 100 (at most 4 decimals)");
            case YES_NO -> Text.of("应为是或否（true/false）", "must be yes or no (true/false)");
        };
    }

    private static Map<String, Object> error(String code, String zh, String en) {
        return Map.of("field", "metrics[" + code + "]", "message", Map.of("zh-CN", zh, "en", en));
    }
}
