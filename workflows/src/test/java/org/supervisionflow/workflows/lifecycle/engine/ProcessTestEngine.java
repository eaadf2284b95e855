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

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.context.ApplicationEventPublisher;
import org.supervisionflow.testsupport.EmbeddedServers;

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
        ProcessVariables variables = new ProcessVariables(OBJECT_MAPPER);

        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("process-test");
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of(
                ProcessConstants.DELEGATE_PUBLISH_STAGE_CHANGED, new PublishStageChangedDelegate(publisher, variables, clock),
                ProcessConstants.DELEGATE_SEND_OPEN_REPORT, new SendOpenReportDelegate(publisher, variables, clock)));
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
        return configuration.buildProcessEngine();
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
