package org.supervisionflow.submission.report;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;

/**
 * The 409 a save gets when someone saved the same thing after the caller loaded it: it says who and when
 * (in the offices' time zone) and the current version, so the caller can reload and redo their change
 * instead of overwriting the other person's.
 */
public final class StaleVersions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StaleVersions() {
    }

    /** Throws unless the caller edited {@code current}. */
    public static void check(long edited, long current, Modification lastModified, Clock clock) {
        if (edited == current) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("currentVersion", current);
        Text detail = Text.of("已被他人修改，请刷新后再修改。", "Someone else changed it; reload and make your change again.");
        if (lastModified != null) {
            String who = lastModified.by() == null ? "?" : lastModified.by().displayName();
            String when = TIME.format(lastModified.at().atZone(clock.getZone()));
            properties.put("modifiedBy", who);
            properties.put("modifiedAt", lastModified.at().toString());
            detail = Text.of("已被他人修改：" + who + " 于 " + when + " 保存了新的内容，请刷新后再修改。",
                    "Someone else changed it: " + who + " saved at " + when + "; reload and make your change again.");
        }
        throw new ProblemException(HttpStatus.CONFLICT, "stale-version", Text.of("已被他人修改", "Changed by someone else"),
                detail, properties);
    }
}
