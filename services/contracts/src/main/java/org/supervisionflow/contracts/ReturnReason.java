package org.supervisionflow.contracts;

import java.util.UUID;

/** Why a report goes back for revision (退回修改), for one indicator, or for the whole report when indicatorId is null. */
public record ReturnReason(UUID indicatorId, String reason) {
}
