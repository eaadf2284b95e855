package org.supervisionflow.local;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which servers the launcher starts itself and which it takes from the environment. Every piece of infrastructure
 * can be replaced by an external one: {@code SPRING_DATASOURCE_URL} (any database on the server to use; each service
 * gets its own database on it) or {@code POSTGRES_HOST}/{@code POSTGRES_PORT}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code KEYCLOAK_ISSUER_URI},
 * {@code SMTP_HOST}/{@code SMTP_PORT}. {@code SUPERVISION_LOCAL_SKIP} names applications not to start (one run from
 * the IDE, say).
 */
public record StackSettings(
        Postgres postgres,
        String kafkaBootstrapServers, boolean embeddedKafka,
        String issuerUri, boolean embeddedKeycloak,
        String smtpHost, int smtpPort, boolean embeddedMail,
        Duration startupTimeout,
        Set<String> skipped) {

    static final int POSTGRES_PORT = 55432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int KEYCLOAK_PORT = 8180;
    static final int SMTP_PORT = 3025;
    static final int IMAP_PORT = 3143;
    static final int POP3_PORT = 3110;
    /** GreenMail's REST API and its small web page; kept off 8080, which is the gateway's. */
    static final int MAIL_API_PORT = 8025;
    static final String REALM = "supervision";

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([^?]*)(\\?.*)?");

    /** Where the databases live: the embedded server, or an external one. */
    public record Postgres(boolean embedded, String hostAndPort, String parameters, String user, String password,
                           boolean perServiceUrls) {

        /** The JDBC URL of one database on this server. */
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + hostAndPort + "/" + database + parameters;
        }
    }

    /** Reads the settings from the environment. */
    public static StackSettings from(Map<String, String> env) {
        return new StackSettings(postgres(env),
                env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + KAFKA_PORT),
                !isSet(env, "KAFKA_BOOTSTRAP_SERVERS"),
                env.getOrDefault("KEYCLOAK_ISSUER_URI", "http://localhost:" + KEYCLOAK_PORT + "/realms/" + REALM),
                !isSet(env, "KEYCLOAK_ISSUER_URI"),
                env.getOrDefault("SMTP_HOST", "localhost"), integer(env, "SMTP_PORT", SMTP_PORT),
                !isSet(env, "SMTP_HOST"),
                Duration.ofSeconds(integer(env, "SUPERVISION_LOCAL_TIMEOUT", 300)),
                skipped(env));
    }

    /** The issuer's discovery document: answers once Keycloak has imported the realm. */
    URI openIdConfiguration() {
        return URI.create(issuerUri.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    private static Postgres postgres(Map<String, String> env) {
        String user = env.getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = env.getOrDefault("SPRING_DATASOURCE_PASSWORD", "postgres");
        if (isSet(env, "SPRING_DATASOURCE_URL")) {
            Matcher url = JDBC_URL.matcher(env.get("SPRING_DATASOURCE_URL").trim());
            if (!url.matches()) {
                throw new StackException("SPRING_DATASOURCE_URL must look like jdbc:postgresql://host:5432/postgres"
                        + " (the server to use; each service gets its own database on it).");
            }
            return new Postgres(false, url.group(1), url.group(3) == null ? "" : url.group(3), user, password, true);
        }
        if (isSet(env, "POSTGRES_HOST") || isSet(env, "POSTGRES_PORT")) {
            String host = isSet(env, "POSTGRES_HOST") ? env.get("POSTGRES_HOST").trim() : "localhost";
            return new Postgres(false, host + ":" + integer(env, "POSTGRES_PORT", POSTGRES_PORT), "", user, password,
                    false);
        }
        // zonky's server trusts local connections, so any password does.
        return new Postgres(true, "localhost:" + POSTGRES_PORT, "", "postgres", "postgres", false);
    }

    private static Set<String> skipped(Map<String, String> env) {
        Set<String> names = new TreeSet<>();
        for (String name : env.getOrDefault("SUPERVISION_LOCAL_SKIP", "").split("[,\\s]+")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private static boolean isSet(Map<String, String> env, String variable) {
        String value = env.get(variable);
        return value != null && !value.isBlank();
    }

    private static int integer(Map<String, String> env, String variable, int fallback) {
        if (!isSet(env, variable)) {
            return fallback;
        }
        try {
            return Integer.parseInt(env.get(variable).trim());
        } catch (NumberFormatException e) {
            throw new StackException(variable + " must be a number, not '" + env.get(variable) + "'.");
        }
    }
}
