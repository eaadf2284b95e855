package org.supervisionflow.workflows.timeline.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.contracts.Actor;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.workflows.lifecycle.LifecycleStatus;
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;
import org.supervisionflow.workflows.timeline.EntryKind;
import org.supervisionflow.workflows.timeline.Timeline;
import org.supervisionflow.workflows.timeline.TimelineEntry;
import org.supervisionflow.workflows.timeline.Timelines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An assignment's history for auditors: who did what, when, in order, and whether the stored history still
 * matches its hash chain. Office roles see every department's; department users their own, and another
 * department's answers 404 like a missing one.
 */
@RestController
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "timeline", description = "审计履历 history for auditors")
class TimelineController {

    private static final Text TIMELINE = Text.of("任务的履历", "Timeline of assignment");

    private final Timelines timelines;
    private final ReportLifecycles lifecycles;
    private final ObjectMapper objectMapper;

    TimelineController(Timelines timelines, ReportLifecycles lifecycles, ObjectMapper objectMapper) {
        this.timelines = timelines;
        this.lifecycles = lifecycles;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/api/workflow/assignments/{assignmentId}/timeline")
    @Operation(summary = "The assignment's history, in the order things happened",
            description = "Every lifecycle event and command once, by occurredAt then arrival, with the actor, a "
                    + "summary in Chinese and English and the key data; verified recomputes the SHA-256 chain; "
                    + "engine compares the last announced stage with the engine's current one")
    TimelineResponse timeline(@PathVariable UUID assignmentId, CurrentUser user) {
        Timeline timeline = timelines.find(assignmentId, user.departmentScope())
                .orElseThrow(() -> ProblemException.notFound(TIMELINE, assignmentId));
        Optional<UUID> reportId = timeline.reportId();
        List<JsonNode> details = timeline.entries().stream().map(this::details).toList();
        Map<String, String> noticeNumbers = noticeNumbers(details);
        List<EntryResponse> entries = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            entries.add(entry(timeline.entries().get(i), details.get(i), reportId, noticeNumbers));
        }
        return new TimelineResponse(assignmentId, timeline.departmentCode(), timeline.verified(),
                timeline.brokenAtSeq(), engine(timeline), entries);
    }

    /** Cheap consistency check: the engine's current stage is the one the last StageChanged in the timeline names. */
    private EngineCheck engine(Timeline timeline) {
        ReportStage engineStage = lifecycles.status(timeline.assignmentId(), Optional.empty())
                .map(LifecycleStatus::stage)
                .orElse(null);
        String timelineStage = timeline.latestStage().orElse(null);
        boolean consistent = engineStage == null ? timelineStage == null : engineStage.name().equals(timelineStage);
        return new EngineCheck(engineStage, timelineStage, consistent);
    }

    private static EntryResponse entry(TimelineEntry entry, JsonNode details, Optional<UUID> timelineReportId,
            Map<String, String> noticeNumbers) {
        UUID reportId = entry.reportId() != null ? entry.reportId() : timelineReportId.orElse(null);
        String versionLink = reportId == null || entry.reportVersion() == null ? null
                : "/api/reports/" + reportId + "/versions/" + entry.reportVersion();
        return new EntryResponse(entry.seq(), entry.messageId(), entry.type(), entry.kind(), entry.source(),
                entry.occurredAt(), entry.recordedAt(), entry.actor(), entry.summary(), entry.reportVersion(),
                versionLink, noticeNumbersOf(details, noticeNumbers), entry.stageBefore(), entry.stageAfter(),
                details, entry.hash());
    }

    /**
     * Finding id → notice number, from the reviews and rectification notices in the timeline: the messages about
     * one finding's answers carry only its id, but auditors speak of the notice.
     */
    private static Map<String, String> noticeNumbers(List<JsonNode> details) {
        Map<String, String> numbers = new HashMap<>();
        for (JsonNode entryDetails : details) {
            List<JsonNode> notices = new ArrayList<>();
            entryDetails.path("findings").forEach(notices::add);
            notices.add(entryDetails.path("finding"));
            for (JsonNode notice : notices) {
                if (notice.hasNonNull("findingId") && notice.hasNonNull("noticeNumber")) {
                    numbers.put(notice.get("findingId").asText(), notice.get("noticeNumber").asText());
                }
            }
        }
        return numbers;
    }

    private static List<String> noticeNumbersOf(JsonNode details, Map<String, String> noticeNumbers) {
        if (details.has("noticeNumbers")) {
            List<String> own = new ArrayList<>();
            details.get("noticeNumbers").forEach(number -> own.add(number.asText()));
            return own;
        }
        String number = noticeNumbers.get(details.path("findingId").asText(null));
        return number == null ? null : List.of(number);
    }

    private JsonNode details(TimelineEntry entry) {
        try {
            return objectMapper.readTree(entry.details());
        } catch (JsonProcessingException e) {
            // An edited row may hold anything; the chain check already reports it, the rest stays readable.
            return objectMapper.getNodeFactory().textNode(entry.details());
        }
    }

    record TimelineResponse(
            UUID assignmentId,
            String departmentCode,
            @Schema(description = "true when every entry's SHA-256 hash still matches its content and its predecessor, "
                    + "and the timeline is filed under the department its entries name")
            boolean verified,
            @Schema(description = "the first sequence number where the chain breaks, if it does")
            Integer brokenAtSeq,
            EngineCheck engine,
            List<EntryResponse> entries) {
    }

    record EngineCheck(
            @Schema(description = "the engine's current stage, absent before its first announcement")
            ReportStage stage,
            @Schema(description = "the stage the latest StageChanged in the timeline names")
            String timelineStage,
            @Schema(description = "whether both agree; briefly false while a StageChanged is on its way")
            boolean consistent) {
    }

    record EntryResponse(
            @Schema(description = "place in the hash chain (arrival order)")
            int seq,
            @Schema(description = "the CloudEvent id")
            UUID messageId,
            String type,
            EntryKind kind,
            String source,
            Instant occurredAt,
            Instant recordedAt,
            @Schema(description = "who acted; absent when a service or the engine acted on its own")
            Actor actor,
            Text summary,
            Integer reportVersion,
            @Schema(description = "the exact report version the entry concerns")
            String versionLink,
            @Schema(description = "the rectification notices (整改通知书) the entry concerns, also for entries that "
                    + "name only the finding")
            List<String> noticeNumbers,
            String stageBefore,
            String stageAfter,
            JsonNode details,
            String hash) {
    }
}
