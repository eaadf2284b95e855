package org.supervisionflow.workflows.calendar.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervisionflow.platform.problem.Text;
import org.supervisionflow.platform.problem.Violations;
import org.supervisionflow.platform.security.CurrentUser;
import org.supervisionflow.workflows.calendar.CalendarYear;
import org.supervisionflow.workflows.calendar.StoredCalendars;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The working-day calendar per year: anyone signed in reads it, the office replaces a year when it is published. */
@RestController
@RequestMapping("/api/workflow/calendar/{year}")
@Tag(name = "calendar", description = "工作日历 working-day calendar")
class CalendarController {

    private final StoredCalendars calendars;

    CalendarController(StoredCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    // Public holidays are no secret: anyone signed in, with or without a role, may count with them.
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The year's public holidays and make-up working days (调休)",
            description = "origin tells where they come from: the office's replacement (STORED), the file shipped "
                    + "with the service (BUNDLED), or none, so that only weekends are days off (WEEKENDS_ONLY)")
    CalendarResponse get(@PathVariable int year) {
        return calendars.find(year)
                .map(found -> new CalendarResponse(found, calendars.replaced(year) ? Origin.STORED : Origin.BUNDLED))
                .orElseGet(() -> new CalendarResponse(new CalendarYear(year, true, null, List.of(), List.of()),
                        Origin.WEEKENDS_ONLY));
    }

    @PutMapping
    @PreAuthorize("hasRole('office-admin')")
    @Operation(summary = "Replace the year's calendar (office only)",
            description = "Every deadline computed from now on counts with it; timers already set keep their dates "
                    + "until their deadline is moved. Each date must lie in the year and be listed once.")
    CalendarResponse replace(@PathVariable int year, @Valid @RequestBody CalendarRequest request, CurrentUser user) {
        CalendarYear calendar = request.toYear(year);
        validate(calendar);
        calendars.replace(calendar, user.username());
        return new CalendarResponse(calendar, Origin.STORED);
    }

    private static void validate(CalendarYear calendar) {
        Violations violations = new Violations();
        Set<LocalDate> seen = new HashSet<>();
        check(calendar.year(), calendar.holidays(), "holidays", seen, violations);
        check(calendar.year(), calendar.workdays(), "workdays", seen, violations);
        violations.throwIfAny("invalid-calendar", Text.of(calendar.year() + " 年的工作日历有误",
                "The calendar of " + calendar.year() + " is invalid"));
    }

    private static void check(int year, List<CalendarYear.Day> days, String field, Set<LocalDate> seen,
            Violations violations) {
        for (int i = 0; i < days.size(); i++) {
            CalendarYear.Day day = days.get(i);
            String path = field + "[" + i + "]";
            if (day == null || day.date() == null) {
                violations.add(path + ".date", Text.of("缺少日期", "The date is missing"));
            } else if (day.date().getYear() != year) {
                violations.add(path + ".date", Text.of(day.date() + " 不在 " + year + " 年内",
                        day.date() + " is not in " + year));
            } else if (!seen.add(day.date())) {
                violations.add(path + ".date", Text.of(day.date() + " 重复出现（同一天不能既放假又上班，也不能列两次）",
                        day.date() + " is listed twice (a day is either a holiday or a working day, once)"));
            }
        }
    }

    /** Where a year's calendar comes from. */
    enum Origin {
        STORED, BUNDLED, WEEKENDS_ONLY
    }

    record CalendarRequest(
            @Schema(description = "true while the year is derived rather than published") boolean provisional,
            @NotBlank @Schema(description = "where the dates come from, e.g. the State Council's notice") String source,
            @NotNull List<CalendarYear.Day> holidays,
            @NotNull @Schema(description = "weekend days worked instead (调休上班)") List<CalendarYear.Day> workdays) {

        CalendarYear toYear(int year) {
            return new CalendarYear(year, provisional, source, holidays, workdays);
        }
    }

    record CalendarResponse(CalendarYear calendar, Origin origin) {
    }
}
