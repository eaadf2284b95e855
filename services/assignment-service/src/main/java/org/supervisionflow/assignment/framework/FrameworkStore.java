package org.supervisionflow.assignment.framework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supervisionflow.contracts.MetricKind;
import org.supervisionflow.contracts.MetricSpec;

/** Stores framework trees in four tables and reads them back whole. */
@Repository
class FrameworkStore {

    private final JdbcClient jdbc;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Framework framework) {
        jdbc.sql("""
                insert into framework (id, name, year, description, status, created_at, updated_at)
                values (:id, :name, :year, :description, :status, :createdAt, :updatedAt)""")
                .param("id", framework.id())
                .param("name", framework.name())
                .param("year", framework.year())
                .param("description", framework.description())
                .param("status", framework.status().name())
                .param("createdAt", Timestamp.from(framework.createdAt()))
                .param("updatedAt", Timestamp.from(framework.updatedAt()))
                .update();
        insertTree(framework);
    }

    /** Replaces the framework's row and tree; ids of aspects and items are whatever {@code framework} carries. */
    void replace(Framework framework) {
        jdbc.sql("""
                update framework set name = :name, year = :year, description = :description, updated_at = :updatedAt
                where id = :id""")
                .param("id", framework.id())
                .param("name", framework.name())
                .param("year", framework.year())
                .param("description", framework.description())
                .param("updatedAt", Timestamp.from(framework.updatedAt()))
                .update();
        // Items and metrics go with their aspects (on delete cascade).
        jdbc.sql("delete from framework_aspect where framework_id = ?").param(framework.id()).update();
        insertTree(framework);
    }

    /** The framework's status, locking its row until the transaction ends so no one changes it meanwhile. */
    Optional<FrameworkStatus> lockStatus(UUID id) {
        return jdbc.sql("select status from framework where id = ? for update").param(id)
                .query((rs, row) -> FrameworkStatus.valueOf(rs.getString(1))).optional();
    }

    void markInUse(UUID id, Instant at) {
        jdbc.sql("update framework set status = 'IN_USE', updated_at = ? where id = ? and status = 'DRAFT'")
                .params(Timestamp.from(at), id).update();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from framework)").query(Boolean.class).single();
    }

    List<FrameworkSummary> summaries() {
        return jdbc.sql("""
                select f.id, f.name, f.year, f.description, f.status, f.updated_at,
                       (select count(*) from framework_aspect a where a.framework_id = f.id) as aspect_count,
                       count(i.id) as item_count, coalesce(sum(i.max_points), 0) as total_points
                from framework f left join framework_item i on i.framework_id = f.id
                group by f.id
                order by f.year desc, f.updated_at desc""")
                .query((rs, row) -> new FrameworkSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("year"), rs.getString("description"), FrameworkStatus.valueOf(rs.getString("status")),
                        rs.getInt("aspect_count"), rs.getInt("item_count"), rs.getBigDecimal("total_points"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    Optional<Framework> load(UUID id) {
        Optional<Framework> header = jdbc.sql("""
                select id, name, year, description, status, created_at, updated_at from framework where id = ?""")
                .param(id)
                .query((rs, row) -> new Framework(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("year"),
                        rs.getString("description"), FrameworkStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), List.of()))
                .optional();
        return header.map(framework -> new Framework(framework.id(), framework.name(), framework.year(),
                framework.description(), framework.status(), framework.createdAt(), framework.updatedAt(),
                loadAspects(id)));
    }

    private List<Framework.Aspect> loadAspects(UUID frameworkId) {
        Map<UUID, List<MetricSpec>> metrics = new LinkedHashMap<>();
        jdbc.sql("""
                select m.item_id, m.code, m.label, m.kind, m.unit
                from framework_item_metric m join framework_item i on i.id = m.item_id
                where i.framework_id = ? order by m.item_id, m.position""")
                .param(frameworkId)
                .query((ResultSet rs) -> {
                    metrics.computeIfAbsent(rs.getObject("item_id", UUID.class), key -> new ArrayList<>())
                            .add(new MetricSpec(rs.getString("code"), rs.getString("label"),
                                    MetricKind.valueOf(rs.getString("kind")), rs.getString("unit")));
                });
        Map<UUID, List<Framework.Item>> items = new LinkedHashMap<>();
        jdbc.sql("""
                select id, aspect_id, code, title, requirement, max_points, scoring_rule, expected_evidence, lead_unit, co_units
                from framework_item where framework_id = ? order by position""")
                .param(frameworkId)
                .query((ResultSet rs) -> {
                    UUID itemId = rs.getObject("id", UUID.class);
                    items.computeIfAbsent(rs.getObject("aspect_id", UUID.class), key -> new ArrayList<>())
                            .add(new Framework.Item(itemId, rs.getString("code"), rs.getString("title"),
                                    rs.getString("requirement"), rs.getBigDecimal("max_points"),
                                    rs.getString("scoring_rule"), metrics.getOrDefault(itemId, List.of()),
                                    rs.getString("expected_evidence"), rs.getString("lead_unit"),
                                    strings(rs.getArray("co_units"))));
                });
        return jdbc.sql("select id, code, title from framework_aspect where framework_id = ? order by position")
                .param(frameworkId)
                .query((rs, row) -> {
                    UUID aspectId = rs.getObject("id", UUID.class);
                    return new Framework.Aspect(aspectId, rs.getString("code"), rs.getString("title"),
                            items.getOrDefault(aspectId, List.of()));
                })
                .list();
    }

    private void insertTree(Framework framework) {
        int aspectPosition = 0;
        int itemPosition = 0;
        for (Framework.Aspect aspect : framework.aspects()) {
            jdbc.sql("""
                    insert into framework_aspect (id, framework_id, code, title, position)
                    values (?, ?, ?, ?, ?)""")
                    .params(aspect.id(), framework.id(), aspect.code(), aspect.title(), aspectPosition++)
                    .update();
            for (Framework.Item item : aspect.items()) {
                insertItem(framework.id(), aspect.id(), item, itemPosition++);
            }
        }
    }

    private void insertItem(UUID frameworkId, UUID aspectId, Framework.Item item, int position) {
        jdbc.sql("""
                insert into framework_item (id, framework_id, aspect_id, code, title, requirement, max_points,
                                            scoring_rule, expected_evidence, lead_unit, co_units, position)
                values (:id, :frameworkId, :aspectId, :code, :title, :requirement, :maxPoints,
                        :scoringRule, :expectedEvidence, :leadUnit, :coUnits, :position)""")
                .param("id", item.id())
                .param("frameworkId", frameworkId)
                .param("aspectId", aspectId)
                .param("code", item.code())
                .param("title", item.title())
                .param("requirement", item.requirement())
                .param("maxPoints", item.maxPoints())
                .param("scoringRule", item.scoringRule())
                .param("expectedEvidence", item.expectedEvidence())
                .param("leadUnit", item.leadUnit())
                .param("coUnits", item.coUnits().toArray(String[]::new))
                .param("position", position)
                .update();
        int metricPosition = 0;
        for (MetricSpec metric : item.metrics()) {
            jdbc.sql("insert into framework_item_metric (item_id, position, code, label, kind, unit) values (?, ?, ?, ?, ?, ?)")
                    .params(item.id(), metricPosition++, metric.code(), metric.label(), metric.kind().name(), metric.unit())
                    .update();
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
