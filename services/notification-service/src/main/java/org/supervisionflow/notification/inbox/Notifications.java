package org.supervisionflow.notification.inbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.NotificationChannel;
import org.supervisionflow.contracts.SupervisionMessage;
import org.supervisionflow.notification.assignment.Assignment;
import org.supervisionflow.notification.assignment.Assignments;
import org.supervisionflow.notification.delivery.Deliveries;
import org.supervisionflow.notification.delivery.Envelope;
import org.supervisionflow.notification.directory.People;
import org.supervisionflow.notification.directory.Person;
import org.supervisionflow.notification.preference.Preferences;
import org.supervisionflow.platform.security.Role;

/**
 * Turns facts into notifications: learns what the fact says about its assignment, asks the decision table who is told
 * what, writes each recipient's inbox once, and queues email and SMS by their preferences. Reads and marks inboxes.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int MAX_PAGE_SIZE = 100;

    private final Assignments assignments;
    private final NotificationRules rules;
    private final People people;
    private final Preferences preferences;
    private final Deliveries deliveries;
    private final NotificationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(Assignments assignments, NotificationRules rules, People people, Preferences preferences,
            Deliveries deliveries, NotificationStore store, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.rules = rules;
        this.people = people;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies everyone the fact concerns. Idempotent per fact and person (and channel), so a redelivered event adds
     * nothing even past the inbox.
     *
     * @throws DepartmentNotYetKnownException when department users are to be told but no event named the department yet
     */
    @Transactional
    public void notifyAbout(SupervisionMessage message) {
        assignments.learn(message);
        Assignment assignment = assignments.find(message.assignmentId()).orElseThrow();
        for (Notice notice : rules.decide(message, assignment)) {
            Map<String, Person> recipients = recipients(notice, message.assignmentId());
            if (recipients.isEmpty()) {
                log.warn("Nobody in the directory to tell about {} {} ({} of {})", message.getClass().getSimpleName(),
                        message.id(), notice.audience(), notice.departmentCode());
            }
            recipients.values().forEach(person -> notify(person, notice, message));
        }
    }

    private Map<String, Person> recipients(Notice notice, UUID assignmentId) {
        Map<String, Person> recipients = new LinkedHashMap<>();
        for (Role role : notice.audience()) {
            if (!role.seesEveryDepartment() && notice.departmentCode() == null) {
                throw new DepartmentNotYetKnownException(assignmentId);
            }
            people.withRole(role, notice.departmentCode()).forEach(person -> recipients.put(person.username(), person));
        }
        return recipients;
    }

    private void notify(Person person, Notice notice, SupervisionMessage message) {
        String sourceType = message.getClass().getSimpleName();
        Notification notification = new Notification(UUID.randomUUID(), person.username(), notice.kind(), notice.title(),
                notice.body(), notice.facts(), notice.link(), message.assignmentId(), notice.departmentCode(), sourceType,
                clock.instant(), null);
        if (!store.add(notification, message.id())) {
            return;
        }
        events.publishEvent(new NotificationStored(notification));
        Envelope envelope = new Envelope(message.id(), sourceType, message.assignmentId(), notification.id(), person);
        deliveries.recordInApp(envelope, notice.title());
        Set<NotificationChannel> channels = preferences.channels(person.username(), notice.kind());
        if (channels.contains(NotificationChannel.EMAIL)) {
            deliveries.email(envelope, notice.title(), "notification", notice.link(), Map.of("title", notice.title(),
                    "body", notice.body(), "kind", notice.kind().labelZh()));
        }
        if (channels.contains(NotificationChannel.SMS)) {
            deliveries.sms(envelope, notice.title(), notice.link());
        }
    }

    /** A page of the person's notifications, newest first. */
    @Transactional(readOnly = true)
    public InboxPage page(String username, ReadFilter filter, int page, int size) {
        int boundedSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int boundedPage = Math.max(page, 0);
        return new InboxPage(store.page(username, filter.read(), boundedPage, boundedSize), boundedPage, boundedSize,
                store.count(username, filter.read()), store.count(username, false));
    }

    @Transactional(readOnly = true)
    public long unread(String username) {
        return store.count(username, false);
    }

    /** Marks one notification read; empty when the person has no such notification (someone else's looks the same). */
    @Transactional
    public Optional<Notification> markRead(UUID id, String username) {
        Optional<Notification> read = store.markRead(id, username, clock.instant());
        read.ifPresent(notification -> events.publishEvent(new InboxRead(username, store.count(username, false))));
        return read;
    }

    /** Marks all the person's notifications read and says how many were unread. */
    @Transactional
    public int markAllRead(String username) {
        int marked = store.markAllRead(username, clock.instant());
        events.publishEvent(new InboxRead(username, 0));
        return marked;
    }
}
