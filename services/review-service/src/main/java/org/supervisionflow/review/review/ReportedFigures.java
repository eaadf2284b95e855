package org.supervisionflow.review.review;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.ReportedMetric;
import org.supervisionflow.contracts.submission.ReportSubmitted;

/**
 * Keeps the figures each submitted report version carries, by report and version rather than by review: the
 * submission may arrive before or after its {@code OpenReview}, and the review of that version reads them either way.
 */
@Service
public class ReportedFigures {

    private static final Logger log = LoggerFactory.getLogger(ReportedFigures.class);

    private final JdbcClient jdbc;

    ReportedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the version's figures; a version's figures never change, so a re-sent submission adds nothing. */
    @Transactional
    public void record(ReportSubmitted submitted) {
        for (ReportedMetric metric : submitted.metrics()) {
            jdbc.sql("""
                    insert into reported_metric (report_id, report_version, indicator_id, metric_code, value)
                    values (:reportId, :version, :indicatorId, :metricCode, :value)
                    on conflict do nothing""")
                    .param("reportId", submitted.reportId())
                    .param("version", submitted.version())
                    .param("indicatorId", metric.indicatorId())
                    .param("metricCode", metric.metricCode())
                    .param("value", metric.value())
                    .update();
        }
        log.info("Report {} version {}: {} reported figures kept", submitted.reportId(), submitted.version(),
                submitted.metrics().size());
    }

    /** The figures of one report version, per indicator by metric code. */
    Map<UUID, Map<String, BigDecimal>> of(UUID reportId, int version) {
        Map<UUID, Map<String, BigDecimal>> figures = new HashMap<>();
        jdbc.sql("""
                select indicator_id, metric_code, value from reported_metric
                 where report_id = :reportId and report_version = :version""")
                .param("reportId", reportId)
                .param("version", version)
                .query(rs -> {
                    figures.computeIfAbsent(rs.getObject("indicator_id", UUID.class), indicator -> new HashMap<>())
                            .put(rs.getString("metric_code"), rs.getBigDecimal("value"));
                });
        return figures;
    }
}
