package org.supervisionflow.submission.publication;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the public list of annual reports: whose, for which campaign and period, published when. */
public record PublishedReport(UUID reportId, String departmentCode, String departmentName, String campaignTitle,
        String period, int version, LocalDate publishedOn) {
}
