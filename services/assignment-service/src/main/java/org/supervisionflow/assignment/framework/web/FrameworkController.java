package org.supervisionflow.assignment.framework.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.supervisionflow.assignment.excel.Sheets;
import org.supervisionflow.assignment.framework.Framework;
import org.supervisionflow.assignment.framework.FrameworkDraft;
import org.supervisionflow.assignment.framework.FrameworkSummary;
import org.supervisionflow.assignment.framework.Frameworks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "从 Excel 导入督察内容分解表 / Import a framework from the office's .xlsx decomposition table",
            description = "列：一级指标、二级指标、分值、评分标准、牵头单位、配合单位、佐证材料（可选：编号、具体要求）。任一单元格有误则整表不导入，"
                    + "422 列出每处错误的行、单元格与原因 / Columns: aspect, item, points, scoring rule, lead unit, co-units, "
                    + "expected evidence (optional: code, requirement). Any wrong cell refuses the whole sheet; the 422 "
                    + "lists row, cell and why for each.")
    @ApiResponse(responseCode = "422", description = "framework-import-invalid (errors[] by row and cell) or framework-import-unreadable")
    ResponseEntity<Framework> importWorkbook(@RequestPart("file") MultipartFile file,
            @RequestParam @NotBlank @Size(max = 200) String name,
            @RequestParam @NotNull @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Size(max = 2000) String description) throws IOException {
        try (InputStream in = file.getInputStream()) {
            Framework created = frameworks.importWorkbook(in, name, year, description);
            return ResponseEntity.created(URI.create("/api/frameworks/" + created.id())).body(created);
        }
    }

    @GetMapping("/{id}/export")
    @PreAuthorize("hasAnyRole('office-admin', 'auditor', 'viewer')")
    @Operation(summary = "导出督察内容分解表 / The framework as .xlsx, in the layout the import reads")
    ResponseEntity<byte[]> exportWorkbook(@PathVariable UUID id) {
        Framework framework = frameworks.get(id);
        return Sheets.download(frameworks.exportWorkbook(id), framework.name() + ".xlsx");
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "替换草稿 / Replace a draft framework's whole tree (409 once a published campaign uses it)")
    Framework replace(@PathVariable UUID id, @Valid @RequestBody FrameworkDraft draft) {
        return frameworks.replace(id, draft);
    }
}
