package org.supervisionflow.notification.preference;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.contracts.NotificationChannel;

/** Each person's channels per kind: what they chose, or the kind's defaults. In-app is always on. */
@Service
public class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The channels {@code username} gets {@code kind} on. */
    @Transactional(readOnly = true)
    public Set<NotificationChannel> channels(String username, NotificationKind kind) {
        return jdbc.sql("select channels from preference where username = :username and kind = :kind")
                .param("username", username)
                .param("kind", kind.name())
                .query(String.class)
                .optional()
                .map(Preferences::parse)
                .orElse(kind.defaultChannels());
    }

    /** Every kind with the person's channels, in the order of {@link NotificationKind}. */
    @Transactional(readOnly = true)
    public List<Preference> of(String username) {
        Map<String, String> chosen = jdbc.sql("select kind, channels from preference where username = :username")
                .param("username", username)
                .query((rs, row) -> Map.entry(rs.getString("kind"), rs.getString("channels")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Arrays.stream(NotificationKind.values())
                .map(kind -> chosen.containsKey(kind.name())
                        ? new Preference(kind, kind.labelZh(), kind.labelEn(), parse(chosen.get(kind.name())), false)
                        : new Preference(kind, kind.labelZh(), kind.labelEn(), kind.defaultChannels(), true))
                .toList();
    }

    /** Sets the channels of the kinds given (in-app is added: nobody can miss a notification in the app). */
    @Transactional
    public List<Preference> update(String username, Map<NotificationKind, Set<NotificationChannel>> channels) {
        channels.forEach((kind, chosen) -> {
            EnumSet<NotificationChannel> withInApp = EnumSet.of(NotificationChannel.IN_APP);
            withInApp.addAll(chosen);
            jdbc.sql("""
                    insert into preference (username, kind, channels) values (:username, :kind, :channels)
                    on conflict (username, kind) do update set channels = excluded.channels""")
                    .param("username", username)
                    .param("kind", kind.name())
                    .param("channels", withInApp.stream().map(Enum::name).collect(Collectors.joining(",")))
                    .update();
        });
        return of(username);
    }

    private static Set<NotificationChannel> parse(String channels) {
        EnumSet<NotificationChannel> parsed = EnumSet.noneOf(NotificationChannel.class);
        Arrays.stream(channels.split(",")).filter(name -> !name.isBlank()).map(NotificationChannel::valueOf)
                .forEach(parsed::add);
        return Set.copyOf(parsed);
    }
}
