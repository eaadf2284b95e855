package org.supervisionflow.submission;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** submission-service: the departments' reports, from the workspace an assignment opens to the submitted versions. */
@SpringBootApplication
public class SubmissionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubmissionServiceApplication.class, args);
    }

    /** Deadlines are calendar days of the offices' time zone, not of wherever the server runs. */
    @Bean
    Clock clock(@Value("${supervision.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
