package org.supervisionflow.workflows.lifecycle.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.contracts.ReportStage;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.workflows.lifecycle.LifecycleDiagram;
import org.supervisionflow.workflows.lifecycle.LifecycleStatus;
import org.supervisionflow.workflows.lifecycle.LifecycleStep;
import org.supervisionflow.workflows.lifecycle.ReportLifecycles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where an assignment's report stands in its lifecycle. Office roles see every assignment; department users see
 * their own department's, and another department's answers 404 like a missing one.
 */
@RestController
@RequestMapping("/api/workflow/assignments/{assignmentId}")
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "lifecycle", description = "报告生命周期 report lifecycle")
class LifecycleController {

    private static final Text LIFECYCLE = Text.of("任务的报告流程", "Report lifecycle of assignment");

    private final ReportLifecycles lifecycles;

    LifecycleController(ReportLifecycles lifecycles) {
        this.lifecycles = lifecycles;
    }

    @GetMapping("/stage")
    @Operation(summary = "The assignment's current lifecycle stage",
            description = "stage is absent until the lifecycle announced its first stage; ended tells whether it is over")
    StageResponse stage(@PathVariable UUID assignmentId, CurrentUser user) {
        LifecycleStatus status = lifecycles.status(assignmentId, user.departmentScope())
                .orElseThrow(() -> ProblemException.notFound(LIFECYCLE, assignmentId));
        return new StageResponse(status.assignmentId(), status.departmentCode(), status.stage(), status.ended(),
                status.startedAt(), status.endedAt());
    }

    @GetMapping("/history")
    @Operation(summary = "The steps of the assignment's lifecycle, oldest first",
            description = "BPMN activities with their stable ids, Chinese labels and start and end times, of the "
                    + "lifecycle and of the rectifications (one per finding) and deadline watches it started; "
                    + "processKey and processInstanceId tell which")
    List<LifecycleStep> history(@PathVariable UUID assignmentId, CurrentUser user) {
        return lifecycles.history(assignmentId, user.departmentScope())
                .orElseThrow(() -> ProblemException.notFound(LIFECYCLE, assignmentId));
    }

    @GetMapping("/diagram")
    @Operation(summary = "The lifecycle's BPMN diagrams and where it stands, for a BPMN viewer",
            description = "bpmnXml maps each process definition id to its BPMN 2.0 XML; lifecycle, rectifications "
                    + "(one per finding) and deadlines (one watch per deadline) each name their definition and the "
                    + "ids of the activities they completed and are in now")
    LifecycleDiagram diagram(@PathVariable UUID assignmentId, CurrentUser user) {
        return lifecycles.diagram(assignmentId, user.departmentScope())
                .orElseThrow(() -> ProblemException.notFound(LIFECYCLE, assignmentId));
    }

    record StageResponse(UUID assignmentId, String departmentCode, ReportStage stage, boolean ended,
            Instant startedAt, Instant endedAt) {
    }
}
