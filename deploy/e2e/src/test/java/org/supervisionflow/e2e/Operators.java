package org.supervisionflow.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an operator of the local stack does beside the web app: in the engine's REST API (Basic auth, the engine's own
 * users, never routed by the gateway) fire a timer now, as Cockpit's "execute job" does; in GreenMail's API read the
 * mail a person received.
 */
final class Operators {

    private static final String ENGINE_REST = "http://localhost:8085/engine-rest";
    private static final String ENGINE_LOGIN = "Basic "
            + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
    private static final String GREENMAIL_API = "http://localhost:8025/api";

    private Operators() {
    }

    /** The running process instances of one definition for one assignment (the business key). */
    static List<String> processInstances(String processDefinitionKey, String assignmentId) {
        JsonNode instances = engine("/process-instance?processDefinitionKey=" + processDefinitionKey + "&businessKey="
                + assignmentId);
        List<String> ids = new ArrayList<>();
        instances.forEach(instance -> ids.add(instance.get("id").asText()));
        return ids;
    }

    /** Fires the one timer a process instance waits on, now; false if it waits on none. */
    static boolean fireTimer(String processInstanceId) {
        JsonNode timers = engine("/job?timers=true&processInstanceId=" + processInstanceId);
        if (timers.isEmpty()) {
            return false;
        }
        Gateway.Response executed = Gateway.send(HttpRequest.newBuilder(
                        URI.create(ENGINE_REST + "/job/" + timers.get(0).get("id").asText() + "/execute"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", ENGINE_LOGIN)
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (executed.status() != 204) {
            throw new IllegalStateException("executing the timer answered " + executed.status() + ": " + executed.body());
        }
        return true;
    }

    /** The subjects of the mails GreenMail holds for an address (none when it never received one). */
    static List<String> mailSubjects(String address) {
        Gateway.Response messages = Gateway.send(HttpRequest.newBuilder(URI.create(GREENMAIL_API + "/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/")).timeout(Duration.ofSeconds(10)).GET());
        List<String> subjects = new ArrayList<>();
        if (messages.status() == 200) {
            messages.body().forEach(message -> subjects.add(message.path("subject").asText()));
        }
        return subjects;
    }

    private static JsonNode engine(String path) {
        Gateway.Response response = Gateway.send(HttpRequest.newBuilder(URI.create(ENGINE_REST + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", ENGINE_LOGIN).header("Accept", "application/json")
                .GET());
        if (response.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return response.body();
    }
}
