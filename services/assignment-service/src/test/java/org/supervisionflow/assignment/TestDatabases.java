package org.supervisionflow.assignment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.supervisionflow.testsupport.EmbeddedServers;

/**
 * Further databases on the JVM's embedded PostgreSQL, for a test context that must not share the outbox or the
 * data of the others (their resubmitters would otherwise send each other's events).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** Creates the database if needed and returns its JDBC URL. */
    public static synchronized String create(String name) {
        String serverUrl = EmbeddedServers.postgresJdbcUrl();
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            boolean exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'").next();
            if (!exists) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return serverUrl.replace("/postgres?", "/" + name + "?");
    }
}
