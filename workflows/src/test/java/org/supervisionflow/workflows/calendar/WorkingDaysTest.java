package org.supervisionflow.workflows.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;

class WorkingDaysTest {

    private final BundledCalendars bundled = new BundledCalendars(JsonMapper.builder().findAndAddModules().build());
    private final WorkingDays workingDays = new WorkingDays(bundled);

    @Test
    void publicHolidaysAreDaysOffAndMakeUpWeekendsAreWorkingDaysIn2026() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 1))).as("元旦, a Thursday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 4))).as("调休, a Sunday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 14))).as("调休 before 春节, a Saturday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 23))).as("春节, a Monday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 28))).as("调休 after 春节, a Saturday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 5, 9))).as("劳动节调休").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 9, 20))).as("国庆调休, a Sunday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 7))).as("国庆, a Wednesday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).as("国庆调休, a Saturday").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 9))).as("an ordinary Monday").isTrue();
    }

    @Test
    void countsWorkingDaysAcrossTheSpringFestivalAndItsMakeUpDays() {
        // Friday 13 February: the next working day is Saturday the 14th (调休), then nothing until Tuesday the 24th.
        assertThat(workingDays.after(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(workingDays.after(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(workingDays.before(LocalDate.of(2026, 2, 24), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(workingDays.before(LocalDate.of(2026, 2, 24), 0)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(workingDays.between(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 2)))
                .as("14, 24–27, 28 (调休) and 2 March").isEqualTo(7);
        assertThat(workingDays.between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    void countsAcrossTheNationalDayWeekAndIntoTheNextYear() {
        assertThat(workingDays.after(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(workingDays.after(LocalDate.of(2026, 12, 31), 1)).as("2027 元旦 is a Friday")
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void the2027FileIsProvisionalAndHoldsTheStatutoryHolidaysByTheRules() {
        CalendarYear year2027 = bundled.find(2027).orElseThrow();

        assertThat(year2027.provisional()).isTrue();
        assertThat(year2027.workdays()).isEmpty();
        assertThat(year2027.holidays()).extracting(CalendarYear.Day::date).contains(LocalDate.of(2027, 2, 5),
                LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 4, 5),
                LocalDate.of(2027, 6, 9), LocalDate.of(2027, 9, 15), LocalDate.of(2027, 10, 1));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 2, 8))).as("正月初三, a Monday").isFalse();
        assertThat(bundled.find(2026).orElseThrow().source()).contains("国务院办公厅");
    }

    @Test
    void aYearWithoutDataCountsWeekendsOnly() {
        WorkingDays withoutData = new WorkingDays(year -> Optional.empty());

        assertThat(withoutData.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(withoutData.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
        assertThat(withoutData.after(LocalDate.of(2030, 1, 4), 1)).isEqualTo(LocalDate.of(2030, 1, 7));
    }

    @Test
    void aReplacedYearIsUsedInsteadOfTheShippedOne() {
        CalendarYear replaced = new CalendarYear(2026, false, "test", List.of(new CalendarYear.Day(
                LocalDate.of(2026, 3, 9), "测试假日")), List.of());
        WorkingDays withReplacement = new WorkingDays(year -> year == 2026 ? Optional.of(replaced) : Optional.empty());

        assertThat(withReplacement.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(withReplacement.isWorkingDay(LocalDate.of(2026, 1, 1))).isTrue();
    }
}
