package org.supervisionflow.assignment.framework.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.assignment.framework.Framework;
import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.assignment.framework.FrameworkSummary;
import org.supervisionflow.assignment.framework.Frameworks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/frameworks")
@Tag(name = "frameworks", description = "督察内容分解表 / indicator frameworks")
class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
    @Operation(summary = "督察内容分解表列表 / All frameworks, newest year first")
    List<FrameworkSummary> list() {
        return frameworks.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
    @Operation(summary = "督察内容分解表全文 / A framework with its aspects and items")
    Framework get(@PathVariable UUID id) {
        return frameworks.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "新建督察内容分解表（整棵树） / Create a framework with its whole tree")
    ResponseEntity<Framework> create(@Valid @RequestBody FrameworkDraft draft) {
        Framework created = frameworks.create(draft);
        return ResponseEntity.created(URI.create("/api/frameworks/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "替换草稿 / Replace a draft framework's whole tree (409 once a published campaign uses it)")
    Framework replace(@PathVariable UUID id, @Valid @RequestBody FrameworkDraft draft) {
        return frameworks.replace(id, draft);
    }
}
