package org.supervisionflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void writesDurablyAndKeepsDatabasesAndRowsAcrossARestart() throws Exception {
        int port = freePort();
        RunDirectory run = new RunDirectory(folder.resolve("run"));
        String server = "jdbc:postgresql://localhost:" + port + "/postgres";

        PostgresServer first = new PostgresServer(folder.resolve("data"), port, folder.resolve("postgres.log"), run);
        first.start();
        try {
            assertThat(run.living()).singleElement().asString().startsWith("postgres (PID ");
            assertThat(setting(server, "fsync")).isEqualTo("on");
            assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
            PostgresServer.createDatabases(server, "postgres", "postgres", List.of("assignment", "keycloak"));
            PostgresServer.createDatabases(server, "postgres", "postgres", List.of("assignment", "keycloak"));
            execute("jdbc:postgresql://localhost:" + port + "/assignment",
                    "create table campaign (title text); insert into campaign values ('2026年度法治政府建设督察')");
        } finally {
            first.stop();
        }
        assertThat(run.living()).isEmpty();

        PostgresServer second = new PostgresServer(folder.resolve("data"), port, folder.resolve("postgres.log"), run);
        second.start();
        try {
            assertThat(query(server, "select datname from pg_database where datname in ('assignment', 'keycloak')"
                    + " order by datname")).containsExactly("assignment", "keycloak");
            assertThat(query("jdbc:postgresql://localhost:" + port + "/assignment", "select title from campaign"))
                    .containsExactly("2026年度法治政府建设督察");
        } finally {
            second.stop();
        }
    }

    private static String setting(String url, String name) throws SQLException {
        return query(url, "show " + name).getFirst();
    }

    private static List<String> query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
