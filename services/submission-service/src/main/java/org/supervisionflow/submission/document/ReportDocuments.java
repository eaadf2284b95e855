package org.supervisionflow.submission.document;

import java.time.Clock;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.supervisionflow.documents.CjkFont;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.submission.report.Report;
import org.supervisionflow.submission.report.ReportLookup;
import org.supervisionflow.submission.report.SubmittedVersion;

/** A submitted version's document as Word or PDF, for whoever may read the version; a draft has none. */
@Service
public class ReportDocuments {

    /** The media type of .docx. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Text VERSION = Text.of("报告版本", "Report version");

    private final ReportLookup lookup;
    private final CjkFont font;
    private final Clock clock;

    ReportDocuments(ReportLookup lookup, CjkFont font, Clock clock) {
        this.lookup = lookup;
        this.font = font;
        this.clock = clock;
    }

    /**
     * Version {@code number} as a Word document.
     *
     * @throws ProblemException 404 when there is no such version or the caller may not read it
     */
    public Document word(UUID reportId, int number, CurrentUser user) {
        ReportDocumentContent content = content(reportId, number, user);
        return new Document(content.fileName("docx"), DOCX, WordReport.write(content));
    }

    /**
     * Version {@code number} as PDF, the CJK font embedded.
     *
     * @throws ProblemException 404 when there is no such version or the caller may not read it
     */
    public Document pdf(UUID reportId, int number, CurrentUser user) {
        ReportDocumentContent content = content(reportId, number, user);
        return new Document(content.fileName("pdf"), MediaType.APPLICATION_PDF_VALUE, PdfReport.write(content, font));
    }

    private ReportDocumentContent content(UUID reportId, int number, CurrentUser user) {
        SubmittedVersion version = lookup.version(reportId, number, user)
                .orElseThrow(() -> ProblemException.notFound(VERSION, reportId + " v" + number));
        // The version was found for this caller, so the report is visible to them too.
        Report report = lookup.workspace(reportId, user).orElseThrow().report();
        return ReportDocumentContent.of(report, version, clock.getZone());
    }

    /** A document, its media type and the file name to download it as. */
    public record Document(String fileName, String mediaType, byte[] content) {
    }
}
