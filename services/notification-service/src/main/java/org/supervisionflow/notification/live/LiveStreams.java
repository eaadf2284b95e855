package org.supervisionflow.notification.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.supervisionflow.notification.inbox.InboxRead;
import org.supervisionflow.notification.inbox.Notification;
import org.supervisionflow.notification.inbox.NotificationStored;

/**
 * The open event streams of this instance, per person. A new notification (and a changed unread count) goes to its
 * person's streams only, and only once its transaction committed, so a browser never shows what a rollback took back.
 */
@Component
@EnableConfigurationProperties(LiveProperties.class)
class LiveStreams {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final LiveProperties properties;
    private final Clock clock;

    LiveStreams(LiveProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens a stream for the person and greets it with their unread count. The stream ends when the caller's token
     * expires (or after the configured timeout, if sooner): the browser reconnects through the gateway with a fresh
     * token, and someone who logged out is not told anything more.
     */
    SseEmitter open(String username, long unread, Instant tokenExpiresAt) {
        Duration untilExpiry = tokenExpiresAt == null ? properties.timeout()
                : Duration.between(clock.instant(), tokenExpiresAt);
        Duration timeout = untilExpiry.compareTo(properties.timeout()) < 0 ? untilExpiry : properties.timeout();
        SseEmitter emitter = new SseEmitter(Math.max(timeout.toMillis(), 1));
        streams.computeIfAbsent(username, name -> new CopyOnWriteArraySet<>()).add(emitter);
        emitter.onCompletion(() -> close(username, emitter));
        emitter.onTimeout(() -> {
            close(username, emitter);
            // Ending it here closes the response normally; otherwise MVC answers the timeout as an error.
            emitter.complete();
        });
        emitter.onError(error -> close(username, emitter));
        send(username, emitter, SseEmitter.event().name("ready").data(Map.of("unread", unread), MediaType.APPLICATION_JSON));
        return emitter;
    }

    @EventListener
    void on(NotificationStored stored) {
        Notification notification = stored.notification();
        afterCommit(() -> push(notification.recipientUsername(), () -> SseEmitter.event().name("notification")
                .id(notification.id().toString()).data(notification, MediaType.APPLICATION_JSON)));
    }

    /** The person's other open tabs learn the new unread count, so their badges follow. */
    @EventListener
    void on(InboxRead read) {
        afterCommit(() -> push(read.username(), () -> SseEmitter.event().name("unread")
                .data(Map.of("unread", read.unread()), MediaType.APPLICATION_JSON)));
    }

    private static void afterCommit(Runnable push) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    push.run();
                }
            });
        } else {
            push.run();
        }
    }

    /** Sends to each of the person's streams an event of its own: a built event cannot be sent twice. */
    private void push(String username, Supplier<SseEmitter.SseEventBuilder> event) {
        for (SseEmitter emitter : streams.getOrDefault(username, Set.of())) {
            send(username, emitter, event.get());
        }
    }

    /** A comment line every few seconds: proxies and the gateway keep an idle stream open, and dead ones are found. */
    @Scheduled(fixedDelayString = "${supervision.notification.live.heartbeat:PT15S}")
    void heartbeat() {
        streams.forEach((username, emitters) -> emitters
                .forEach(emitter -> send(username, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    private void send(String username, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // The browser went away; the container completes the emitter, we only forget it.
            log.debug("Dropping a stream of {}: {}", username, e.toString());
            close(username, emitter);
        }
    }

    private void close(String username, SseEmitter emitter) {
        streams.computeIfPresent(username, (name, emitters) -> {
            emitters.remove(emitter);
            return emitters.isEmpty() ? null : emitters;
        });
    }
}
