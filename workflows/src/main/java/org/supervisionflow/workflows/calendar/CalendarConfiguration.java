package org.supervisionflow.workflows.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One working-day calendar for the whole service, over the stored years. */
@Configuration
class CalendarConfiguration {

    @Bean
    WorkingDays workingDays(StoredCalendars years) {
        return new WorkingDays(years);
    }
}
