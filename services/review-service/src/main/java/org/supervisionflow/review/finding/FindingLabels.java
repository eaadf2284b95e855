package org.supervisionflow.review.finding;

import org.supervisionflow.contracts.FindingSeverity;

/** How severities and statuses of findings read in Chinese on printed documents and exports. */
public final class FindingLabels {

    private FindingLabels() {
    }

    public static String severity(FindingSeverity severity) {
        return switch (severity) {
            case GENERAL -> "一般";
            case SERIOUS -> "较重";
            case SEVERE -> "严重";
        };
    }

    public static String status(FindingStatus status) {
        return switch (status) {
            case OPEN -> "整改中";
            case ANSWERED -> "待核验";
            case CLOSED -> "已销号";
        };
    }
}
