package org.supervisionflow.submission.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What changed from version {@code from} to version {@code to}: the report's own fields, and per section the
 * narrative and the figures, each before and after. Unchanged things are left out.
 */
public record VersionDiff(int from, int to, List<FieldChange> fields, List<SectionChange> sections) {

    /** A changed field of the report itself. */
    public record FieldChange(String field, String before, String after) {
    }

    /** A changed section; {@code narrative} is null when only figures changed. */
    public record SectionChange(UUID sectionId, String title, String indicatorCode, FieldChange narrative,
            List<MetricChange> metrics) {
    }

    /** A changed figure, with its unit. */
    public record MetricChange(String code, String label, String unit, JsonNode before, JsonNode after) {
    }

    static VersionDiff between(SubmittedVersion older, SubmittedVersion newer) {
        VersionContent a = older.content();
        VersionContent b = newer.content();
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "contactPerson", a.contactPerson(), b.contactPerson());
        field(fields, "contactPhone", a.contactPhone(), b.contactPhone());
        field(fields, "documentNumber", a.documentNumber(), b.documentNumber());
        Map<UUID, SectionSnapshot> before = a.sections().stream()
                .collect(Collectors.toMap(SectionSnapshot::sectionId, Function.identity()));
        List<SectionChange> sections = new ArrayList<>();
        for (SectionSnapshot after : b.sections()) {
            SectionSnapshot previous = before.get(after.sectionId());
            String previousNarrative = previous == null ? "" : previous.narrative();
            FieldChange narrative = Objects.equals(previousNarrative, after.narrative()) ? null
                    : new FieldChange("narrative", previousNarrative, after.narrative());
            List<MetricChange> metrics = new ArrayList<>();
            for (MetricValue metric : after.metrics()) {
                JsonNode old = previous == null ? null : previous.metrics().stream()
                        .filter(candidate -> candidate.code().equals(metric.code()))
                        .map(MetricValue::value).filter(Objects::nonNull).findFirst().orElse(null);
                if (!same(old, metric.value())) {
                    metrics.add(new MetricChange(metric.code(), metric.label(), metric.unit(), old, metric.value()));
                }
            }
            if (narrative != null || !metrics.isEmpty()) {
                sections.add(new SectionChange(after.sectionId(), after.title(), after.indicatorCode(), narrative,
                        metrics));
            }
        }
        return new VersionDiff(older.number(), newer.number(), fields, sections);
    }

    private static void field(List<FieldChange> changes, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(name, before, after));
        }
    }

    /** Numbers compare by value: 85, 85.0 and 85.00 are the same figure. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || a.isNull() || b == null || b.isNull()) {
            return (a == null || a.isNull()) && (b == null || b.isNull());
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
