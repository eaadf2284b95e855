package org.supervisionflow.assignment.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The office moving a published campaign's due date, and why; every department is told. */
public record DueDateChange(@NotNull LocalDate dueDate, @NotBlank @Size(max = 500) String reason) {
}
