package org.supervisionflow.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads people's inboxes over the API and waits for what an event should put there. */
record Inboxes(Api api) {

    /** The person's notifications (the newest 100) whose title or body mentions {@code text}. */
    List<JsonNode> mentioning(String token, String text) {
        JsonNode page = api.get("/api/notifications?size=100", token);
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(item -> item.get("title").asText().contains(text) || item.get("body").asText().contains(text))
                .toList();
    }

    /** Waits until the person has {@code count} notifications mentioning {@code text} and returns them. */
    List<JsonNode> awaitMentioning(String token, String text, int count) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> mentioning(token, text), found -> found.size() >= count);
    }
}
