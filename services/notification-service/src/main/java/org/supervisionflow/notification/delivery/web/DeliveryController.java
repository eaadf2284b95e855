package org.supervisionflow.notification.delivery.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.notification.assignment.Assignments;
import org.supervisionflow.notification.delivery.Deliveries;
import org.supervisionflow.notification.delivery.DeliveryRecord;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who was told about an assignment, on which channel, and every attempt: office roles all, departments their own. */
@RestController
@RequestMapping("/api/notifications/deliveries")
@PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer', 'dept-submitter', 'dept-leader')")
@Tag(name = "deliveries", description = "通知送达记录: every in-app, email and SMS delivery about an assignment, with its attempts")
class DeliveryController {

    private static final Text ASSIGNMENT = Text.of("督察任务", "Assignment");

    private final Deliveries deliveries;
    private final Assignments assignments;

    DeliveryController(Deliveries deliveries, Assignments assignments) {
        this.deliveries = deliveries;
        this.assignments = assignments;
    }

    @GetMapping
    @Operation(summary = "Deliveries about one assignment, oldest first, each with its attempts")
    @ApiResponse(responseCode = "404", description = "No notification about this assignment yet, or another department's")
    List<DeliveryRecord> ofAssignment(CurrentUser user,
            @Parameter(description = "The assignment", required = true) @RequestParam UUID assignmentId) {
        assignments.find(assignmentId)
                .filter(assignment -> user.canSee(assignment.departmentCode()))
                .orElseThrow(() -> ProblemException.notFound(ASSIGNMENT, assignmentId));
        return deliveries.ofAssignment(assignmentId);
    }
}
