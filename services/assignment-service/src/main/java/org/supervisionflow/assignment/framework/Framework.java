package org.supervisionflow.assignment.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.supervisionflow.contracts.MetricSpec;

/** An indicator framework (督察内容分解表) with its whole tree. */
public record Framework(
        UUID id,
        String name,
        int year,
        String description,
        FrameworkStatus status,
        Instant createdAt,
        Instant updatedAt,
        List<Aspect> aspects) {

    public Framework {
        aspects = List.copyOf(aspects);
    }

    /** A level-1 indicator (一级指标), e.g. 坚持严格规范公正文明执法. */
    public record Aspect(UUID id, String code, String title, List<Item> items) {

        public Aspect {
            items = List.copyOf(items);
        }
    }

    /** A level-2 indicator (二级指标): what a department must do and report, and how it is scored. */
    public record Item(
            UUID id,
            String code,
            String title,
            String requirement,
            BigDecimal maxPoints,
            String scoringRule,
            List<MetricSpec> metrics,
            String expectedEvidence,
            String leadUnit,
            List<String> coUnits) {

        public Item {
            metrics = List.copyOf(metrics);
            coUnits = List.copyOf(coUnits);
        }

        /** Whether the department answers for this item, as lead unit or co-unit. */
        public boolean involves(String departmentCode) {
            return leadUnit.equals(departmentCode) || coUnits.contains(departmentCode);
        }
    }

    /** An item together with the aspect it belongs to. */
    public record PlacedItem(Aspect aspect, Item item) {
    }

    public Stream<PlacedItem> placedItems() {
        return aspects.stream().flatMap(aspect -> aspect.items().stream().map(item -> new PlacedItem(aspect, item)));
    }

    public Optional<PlacedItem> item(UUID itemId) {
        return placedItems().filter(placed -> placed.item().id().equals(itemId)).findFirst();
    }

    public BigDecimal totalPoints() {
        return placedItems().map(placed -> placed.item().maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
