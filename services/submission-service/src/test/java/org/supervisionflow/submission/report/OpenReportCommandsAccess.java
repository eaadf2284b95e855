package org.supervisionflow.submission.report;

import org.supervisionflow.contracts.command.OpenReport;

/** Lets tests of other features open reports with the seed-based commands of {@link OpenReportCommands}. */
public final class OpenReportCommandsAccess {

    private OpenReportCommandsAccess() {
    }

    public static OpenReport openReport(String departmentCode) {
        return OpenReportCommands.openReport(departmentCode, true);
    }
}
