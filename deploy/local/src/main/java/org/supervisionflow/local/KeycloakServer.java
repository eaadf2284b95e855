package org.supervisionflow.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak 26 from its distribution zip (unpacked by the build into {@code target/}), in development mode on port
 * 8180, storing in the stack's PostgreSQL so users and sessions survive a restart. The realm export is imported on
 * the first start; later starts keep what is in the database.
 */
final class KeycloakServer {

    static final String NAME = "keycloak";
    static final String DATABASE = "keycloak";
    private static final String REALM_FILE = "supervision-realm.json";
    private static final String IMPORTED_REALM_DIGEST = "keycloak-realm.sha256";

    private KeycloakServer() {
    }

    static ProcessServer prepare(StackLayout layout, StackSettings settings, RunDirectory run, Path javaHome) {
        Path home = layout.keycloakHome();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new StackException("Keycloak is not unpacked in " + home
                    + ": build the launcher with ./mvnw -q -pl deploy/local -DskipTests install");
        }
        Path realm = layout.realmExport();
        if (!Files.isRegularFile(realm)) {
            throw new StackException("The realm export " + layout.repository().relativize(realm)
                    + " is missing: build or restore deploy/keycloak, or set KEYCLOAK_ISSUER_URI to use another Keycloak.");
        }
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve(REALM_FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Cannot copy the realm export into " + home + ": " + e.getMessage(), e);
        }
        StackSettings.Postgres postgres = settings.postgres();
        Map<String, String> environment = Map.of(
                "JAVA_HOME", javaHome.toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m",
                // Local only: the master realm's administrator, created on the first start.
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "KC_DB", "postgres",
                "KC_DB_URL", postgres.jdbcUrl(DATABASE),
                "KC_DB_USERNAME", postgres.user(),
                "KC_DB_PASSWORD", postgres.password());
        List<String> command = List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + StackSettings.KEYCLOAK_PORT, "--import-realm");
        return new ProcessServer(NAME, "http://localhost:" + StackSettings.KEYCLOAK_PORT,
                List.of(StackSettings.KEYCLOAK_PORT), command, environment, home, layout.log(NAME),
                () -> Probes.httpOk(settings.openIdConfiguration(), "\"issuer\""), run, Duration.ofSeconds(30));
    }

    /**
     * A hint when the realm export changed after the data folder imported it: Keycloak imports a realm only
     * when the database does not have it yet.
     */
    static Optional<String> realmChangedSinceImport(StackLayout layout) {
        try {
            String current = sha256(layout.realmExport());
            Path recorded = layout.data().resolve(IMPORTED_REALM_DIGEST);
            if (!Files.exists(recorded)) {
                Files.createDirectories(layout.data());
                Files.writeString(recorded, current);
                return Optional.empty();
            }
            if (Files.readString(recorded).trim().equals(current)) {
                return Optional.empty();
            }
            return Optional.of("The realm export changed since your Keycloak data was created; Keycloak keeps the"
                    + " old realm. To import the new one: deploy/local/down && deploy/local/up --reset (wipes local data).");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
