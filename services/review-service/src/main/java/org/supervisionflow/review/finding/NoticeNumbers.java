package org.supervisionflow.review.finding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Numbers rectification notices per year: 整改〔2026〕第0001号, 第0002号, … */
@Component
class NoticeNumbers {

    private final JdbcClient jdbc;

    NoticeNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of the year. The upsert locks the year's row until the caller's transaction ends, so
     * concurrent decisions take turns and a rolled-back decision gives its number back.
     */
    String next(int year) {
        int number = jdbc.sql("""
                insert into notice_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = notice_counter.last_number + 1
                returning last_number""")
                .param("year", year)
                .query(Integer.class)
                .single();
        return format(year, number);
    }

    static String format(int year, int number) {
        return "整改〔%d〕第%04d号".formatted(year, number);
    }
}
