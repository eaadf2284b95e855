package org.supervisionflow.submission.publication.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.submission.publication.PublishedContent;
import org.supervisionflow.submission.publication.PublishedReport;
import org.supervisionflow.submission.publication.Publishing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public page of annual reports (向社会公开), read-only and without login: only published reports, only the
 * version that was accepted and published. {@link PublicAccessConfiguration} lets anonymous callers in here only.
 */
@RestController
@RequestMapping(PublicAccessConfiguration.PUBLIC_ANNUAL_REPORTS)
@SecurityRequirements
@Tag(name = "public-annual-reports", description = "已公开的年度报告: anyone may read them, no login")
class PublicAnnualReportController {

    private final Publishing publishing;

    PublicAnnualReportController(Publishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping
    @Operation(summary = "已公开的年度报告 / Published annual reports: department, campaign, period, published on")
    List<PublishedReport> list() {
        return publishing.published();
    }

    @GetMapping("/{id}")
    @Operation(summary = "年度报告全文 / One published report's content as accepted")
    @ApiResponse(responseCode = "404", description = "No such report, or not published")
    PublishedContent report(@PathVariable UUID id) {
        return publishing.publishedContent(id);
    }
}
