package org.supervisionflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every service's authorization matrix test shares: the callers (each office role, a submitter and a leader of
 * the department owning the objects — 民政局 — and of another one — 司法局 —, and a valid token without any of our
 * roles), endpoints with the status each caller expects, and the check that a refusal is the right problem+json.
 */
public final class AuthorizationMatrix {

    /** The department owning the objects a matrix calls, and another one. */
    public static final String OWN_DEPARTMENT = "minzheng";
    public static final String OTHER_DEPARTMENT = "sifa";

    private AuthorizationMatrix() {
    }

    /** Who calls, in the order of an {@link Endpoint}'s expected statuses. */
    public enum Caller {
        OFFICE_ADMIN, AUDITOR, VIEWER, OWN_SUBMITTER, OWN_LEADER, OTHER_SUBMITTER, OTHER_LEADER, NO_ROLE;

        public String token() {
            return switch (this) {
                case OFFICE_ADMIN -> TestTokens.officeAdmin();
                case AUDITOR -> TestTokens.auditor();
                case VIEWER -> TestTokens.viewer();
                case OWN_SUBMITTER -> TestTokens.submitter(OWN_DEPARTMENT);
                case OWN_LEADER -> TestTokens.leader(OWN_DEPARTMENT);
                case OTHER_SUBMITTER -> TestTokens.submitter(OTHER_DEPARTMENT);
                case OTHER_LEADER -> TestTokens.leader(OTHER_DEPARTMENT);
                case NO_ROLE -> TestTokens.token("outsider", "无角色用户", List.of(), OWN_DEPARTMENT);
            };
        }

        /** One of the other department's users. */
        public boolean other() {
            return this == OTHER_SUBMITTER || this == OTHER_LEADER;
        }

        @Override
        public String toString() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * An endpoint and the status each {@link Caller} gets, in their order, e.g. {@code "200 200 200 200 200 404 404 403"};
     * a path may name objects in braces for the test to resolve.
     */
    public record Endpoint(HttpMethod method, String path, Object body, String statuses) {

        public Endpoint {
            assertThat(statuses.split(" ")).as("one status per caller: %s %s", method, path)
                    .hasSameSizeAs(Caller.values());
        }

        public int statusFor(Caller caller) {
            return Integer.parseInt(statuses.split(" ")[caller.ordinal()]);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every endpoint with every caller and the status it expects, as JUnit arguments {@code (endpoint, caller, status)}. */
    public static Stream<Arguments> calls(List<Endpoint> endpoints) {
        return endpoints.stream().flatMap(endpoint -> Arrays.stream(Caller.values())
                .map(caller -> Arguments.of(endpoint, caller, endpoint.statusFor(caller))));
    }

    /** A refusal is problem+json whose code names it: 401 unauthorized, 403 forbidden, 404 not-found. */
    public static void assertRefusal(ResponseEntity<?> response, JsonNode body, int status) {
        assertThat(response.getHeaders().getContentType()).as("the content type of a %s", status).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        switch (status) {
            case 401 -> assertThat(body.get("code").asText()).isEqualTo("unauthorized");
            case 403 -> assertThat(body.get("code").asText()).isEqualTo("forbidden");
            case 404 -> assertThat(body.get("code").asText()).isEqualTo("not-found");
            default -> assertThat(body.has("code")).as("a problem's code").isTrue();
        }
    }
}
