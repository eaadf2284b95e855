package org.supervisionflow.workflows.lifecycle.engine;

import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.DEADLINE_PROCESS_KEY;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.TIMER_DEADLINE_STEP;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_DUE_DATE;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STEP_AT;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STEP_KIND;
import static org.supervisionflow.workflows.lifecycle.engine.ProcessConstants.VAR_STEP_WORKING_DAYS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supervisionflow.workflows.calendar.CalendarReplaced;

/**
 * When the office replaces a calendar year, every deadline watch waiting on its step timer is re-timed with the new
 * calendar: the timer moves to the date the calendar gives its step now (firing at once if that has passed), and the
 * steps still to come move too ({@link DeadlinePlanner#retime}). Steps already taken are off the list, so none is
 * repeated. Runs inside the transaction that stores the year, so the two cannot disagree.
 */
@Component
class DeadlineReplanner {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReplanner.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final DeadlinePlanner planner;
    private final ProcessVariables variables;
    private final Clock clock;

    DeadlineReplanner(RuntimeService runtime, ManagementService management, DeadlinePlanner planner,
            ProcessVariables variables, Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.planner = planner;
        this.variables = variables;
        this.clock = clock;
    }

    @EventListener
    void on(CalendarReplaced replaced) {
        Instant now = clock.instant();
        int retimed = 0;
        for (Job timer : management.createJobQuery().processDefinitionKey(DEADLINE_PROCESS_KEY)
                .activityId(TIMER_DEADLINE_STEP).list()) {
            try {
                retime(timer, now);
                retimed++;
            } catch (ProcessEngineException failed) {
                // A timer firing this very moment takes its step as planned; the next plan uses the new calendar.
                log.warn("Deadline watch {} not re-timed after calendar {} was replaced: {}",
                        timer.getProcessInstanceId(), replaced.year(), failed.getMessage());
            }
        }
        log.info("Calendar {} replaced: {} waiting deadline watch(es) re-timed", replaced.year(), retimed);
    }

    private void retime(Job timer, Instant now) {
        String watch = timer.getProcessInstanceId();
        LocalDate dueDate = LocalDate.parse(runtime.getVariable(watch, VAR_DUE_DATE).toString());
        DeadlineStep waiting = planner.timed(DeadlineStep.Kind.valueOf(runtime.getVariable(watch, VAR_STEP_KIND).toString()),
                (Integer) runtime.getVariable(watch, VAR_STEP_WORKING_DAYS), dueDate);
        management.setJobDuedate(timer.getId(), Date.from(waiting.at().toInstant()));
        runtime.setVariable(watch, VAR_STEP_AT, waiting.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        variables.deadlineSteps(runtime, watch, planner.retime(variables.deadlineSteps(runtime, watch), dueDate, now));
    }
}
