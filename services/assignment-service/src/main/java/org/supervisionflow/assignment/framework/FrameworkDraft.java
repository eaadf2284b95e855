package org.supervisionflow.assignment.framework;

import java.math.BigDecimal;
import java.util.List;

import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.contracts.MetricSpec;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The whole content of a framework as the office writes it (one request creates or replaces the tree). Bean
 * Validation checks the shape at the edge; {@link Frameworks} checks the rules that span fields.
 */
public record FrameworkDraft(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Size(max = 2000) String description,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull AspectDraft> aspects) {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,19}";

    /** A level-1 indicator (一级指标) and its items. */
    public record AspectDraft(
            @NotBlank @Pattern(regexp = CODE_PATTERN) String code,
            @NotBlank @Size(max = 200) String title,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull ItemDraft> items) {
    }

    /** A level-2 indicator (二级指标). */
    public record ItemDraft(
            @NotBlank @Pattern(regexp = CODE_PATTERN) String code,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String requirement,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 4, fraction = 2) BigDecimal maxPoints,
            @NotBlank @Size(max = 4000) String scoringRule,
            @Size(max = 20) List<@Valid @NotNull MetricDraft> metrics,
            @Size(max = 2000) String expectedEvidence,
            @NotBlank @Size(max = 40) String leadUnit,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> coUnits) {

        public ItemDraft {
            metrics = metrics == null ? List.of() : metrics;
            coUnits = coUnits == null ? List.of() : coUnits;
        }
    }

    /** A figure the item asks for, e.g. 行政机关负责人出庭应诉率 in %. */
    public record MetricDraft(
            @NotBlank @Pattern(regexp = "[a-z][a-zA-Z0-9_]{0,39}") String code,
            @NotBlank @Size(max = 100) String label,
            @NotNull MetricKind kind,
            @Size(max = 20) String unit) {

        MetricSpec toSpec() {
            // A percentage has one sensible unit; offices rarely bother to type it.
            String effectiveUnit = kind == MetricKind.PERCENTAGE && (unit == null || unit.isBlank()) ? "%" : unit;
            return new MetricSpec(code, label, kind, effectiveUnit);
        }
    }
}
