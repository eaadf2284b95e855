package org.supervisionflow.workflows.lifecycle.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.context.ApplicationEventPublisher;
import org.supervisionflow.testsupport.EmbeddedServers;
import org.supervisionflow.workflows.calendar.BundledCalendars;
import org.supervisionflow.workflows.calendar.WorkingDays;
import org.supervisionflow.workflows.lifecycle.DeadlineProperties;
import org.supervisionflow.workflows.lifecycle.GradingProperties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * One process engine per test JVM for the {@code *ProcessTest}s: on the embedded PostgreSQL, in a database of
 * its own (the Spring tests use another), job executor off, with the real delegates publishing to a recorder.
 */
final class ProcessTestEngine {

    static final String DATABASE = "workflow_process_test";
    static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    static final ObjectMapper OBJECT_MAPPER = JsonMapper.builder().findAndAddModules().build();
    /** The calendar as shipped: 2026 as published, 2027 provisional. */
    static final WorkingDays WORKING_DAYS = new WorkingDays(new BundledCalendars(OBJECT_MAPPER));

    /** What the delegates published, in order; cleared before each test. */
    static final List<Object> PUBLISHED = new CopyOnWriteArrayList<>();

    private static ProcessEngine engine;

    private ProcessTestEngine() {
    }

    static synchronized ProcessEngine get() {
        if (engine == null) {
            engine = build();
        }
        return engine;
    }

    private static ProcessEngine build() {
        String jdbcUrl = createDatabase();
        ApplicationEventPublisher publisher = PUBLISHED::add;
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ProcessVariables variables = new ProcessVariables(OBJECT_MAPPER, GradingProperties.withDefaults());
        DeadlinePlanner planner = new DeadlinePlanner(WORKING_DAYS);

        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("process-test");
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.ofEntries(
                Map.entry(ProcessConstants.DELEGATE_PUBLISH_STAGE_CHANGED,
                        new PublishStageChangedDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_SEND_OPEN_REPORT, new SendOpenReportDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_SEND_OPEN_REVIEW, new SendOpenReviewDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_SEND_REOPEN_REPORT,
                        new SendReopenReportDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_SEND_CLOSE_REPORT, new SendCloseReportDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_PUBLISH_REPORT_GRADED,
                        new PublishReportGradedDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_SEND_OPEN_RECTIFICATION,
                        new SendOpenRectificationDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_SEND_OPEN_VERIFICATION,
                        new SendOpenVerificationDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_SEND_REOPEN_RECTIFICATION,
                        new SendReopenRectificationDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.DELEGATE_PUBLISH_RECTIFICATION_STAGE,
                        new PublishRectificationStageDelegate(publisher, variables, clock)),
                Map.entry(ProcessConstants.BEAN_FINDINGS, new LifecycleFindings(variables)),
                Map.entry(ProcessConstants.DELEGATE_START_DEADLINE, new StartDeadlineDelegate(variables, planner,
                        DeadlineProperties.withDefaults(), clock)),
                Map.entry(ProcessConstants.DELEGATE_STOP_DEADLINE, new StopDeadlineDelegate(variables)),
                Map.entry(ProcessConstants.DELEGATE_PLAN_DEADLINE, new PlanDeadlineDelegate(variables, planner, clock)),
                Map.entry(ProcessConstants.DELEGATE_NEXT_DEADLINE_STEP, new NextDeadlineStepDelegate(variables)),
                Map.entry(ProcessConstants.DELEGATE_DECIDE_WARNING, new DecideWarningDelegate()),
                Map.entry(ProcessConstants.DELEGATE_PUBLISH_DEADLINE_EVENT,
                        new PublishDeadlineEventDelegate(publisher, variables, clock))));
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
        return configuration.buildProcessEngine();
    }

    /** The JUnit extension over this engine, for a process test's {@code @RegisterExtension}. */
    static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(get()).build();
    }

    /** What the delegates published of one type, in order. */
    static <T> List<T> published(Class<T> type) {
        return PUBLISHED.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Runs every asynchronous continuation there is, as the job executor would, until none is left; timers stay,
     * they are not due yet.
     */
    static void runAsyncJobs() {
        ManagementService jobs = get().getManagementService();
        for (int round = 0; round < 100; round++) {
            List<Job> due = jobs.createJobQuery().messages().withRetriesLeft().list();
            if (due.isEmpty()) {
                return;
            }
            jobs.executeJob(due.getFirst().getId());
        }
        throw new AssertionError("Jobs keep coming: " + jobs.createJobQuery().list());
    }

    private static String createDatabase() {
        String serverUrl = EmbeddedServers.postgresJdbcUrl();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres")) {
            boolean exists = connection.createStatement()
                    .executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'").next();
            if (!exists) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the process test database", e);
        }
        return serverUrl.replace("/postgres?", "/" + DATABASE + "?");
    }
}
