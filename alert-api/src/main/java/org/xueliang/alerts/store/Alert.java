package org.xueliang.alerts.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xueliang.analytics.Box;

/**
 * A stored alert. Times are kept to the microsecond, the finest precision both H2 and
 * PostgreSQL store, so that an alert read back equals the one written.
 *
 * @param id              UUID
 * @param channelId       the channel
 * @param ruleId          the rule that fired
 * @param type            event type, for example {@code ZONE_INTRUSION}
 * @param state           workflow state
 * @param eventTime       capture time of the frame on which the rule first fired
 * @param createdAt       when the server received the first event
 * @param boxes           the objects that made the rule fire, of the latest event
 * @param snapshotSize    size of the JPEG snapshot in bytes, 0 when there is none
 * @param acknowledgedAt  when it was acknowledged, {@code null} while {@link AlertState#NEW}
 * @param acknowledgedBy  who acknowledged it, {@code null} while new or when not given
 * @param acknowledgeNote free text given on acknowledgement, may be {@code null}
 * @param description     what happened in words, for alerts without video (device alarms); may be {@code null}
 * @param priority        the source's priority, 1 highest (GB28181 AlarmPriority 1-4); may be {@code null}
 * @param occurrences     events merged into this alert, at least 1
 * @param lastEventTime   capture time of the latest merged event; {@code eventTime} when left null
 * @param handling        level, responsible jurisdiction and deadlines
 * @param details         facts of the latest event that depend on its type ({@code trackIds}, {@code direction},
 *                        {@code healthScore}, ...: see {@code EventTypes}); empty when it had none
 */
public record Alert(String id, String channelId, String ruleId, String type, AlertState state,
                    Instant eventTime, Instant createdAt, List<Box> boxes, int snapshotSize,
                    Instant acknowledgedAt, String acknowledgedBy, String acknowledgeNote, String description,
                    Integer priority, int occurrences, Instant lastEventTime, Handling handling,
                    Map<String, String> details) {
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        eventTime = Objects.requireNonNull(eventTime, "eventTime").truncatedTo(ChronoUnit.MICROS);
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
        boxes = List.copyOf(boxes);
        acknowledgedAt = acknowledgedAt == null ? null : acknowledgedAt.truncatedTo(ChronoUnit.MICROS);
        if (occurrences < 1) {
            throw new IllegalArgumentException("alert occurrences must be at least 1, got " + occurrences);
        }
        lastEventTime = lastEventTime == null ? eventTime : lastEventTime.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(handling, "handling");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An alert of one event, not triaged: the shape alerts had before merging and workflow existed. */
    public Alert(String id, String channelId, String ruleId, String type, AlertState state, Instant eventTime,
                 Instant createdAt, List<Box> boxes, int snapshotSize, Instant acknowledgedAt, String acknowledgedBy,
                 String acknowledgeNote, String description, Integer priority) {
        this(id, channelId, ruleId, type, state, eventTime, createdAt, boxes, snapshotSize, acknowledgedAt,
                acknowledgedBy, acknowledgeNote, description, priority, 1, eventTime, Handling.none(), Map.of());
    }

    /** A new, unacknowledged alert of analytics: boxes and maybe a snapshot, no description. */
    public static Alert newAlert(String id, String channelId, String ruleId, String type, Instant eventTime,
                                 Instant createdAt, List<Box> boxes, int snapshotSize) {
        return new Alert(id, channelId, ruleId, type, AlertState.NEW, eventTime, createdAt, boxes, snapshotSize,
                null, null, null, null, null);
    }

    /** A new, unacknowledged alert without video: no boxes, no snapshot, a description and priority. */
    public static Alert newTextAlert(String id, String channelId, String ruleId, String type, Instant eventTime,
                                     Instant createdAt, String description, Integer priority) {
        return new Alert(id, channelId, ruleId, type, AlertState.NEW, eventTime, createdAt, List.of(), 0,
                null, null, null, description, priority);
    }

    /** This alert handled as given. */
    public Alert withHandling(Handling newHandling) {
        return new Alert(id, channelId, ruleId, type, state, eventTime, createdAt, boxes, snapshotSize,
                acknowledgedAt, acknowledgedBy, acknowledgeNote, description, priority, occurrences, lastEventTime,
                newHandling, details);
    }

    /** This alert with the details of its event. */
    public Alert withDetails(Map<String, String> newDetails) {
        return new Alert(id, channelId, ruleId, type, state, eventTime, createdAt, boxes, snapshotSize,
                acknowledgedAt, acknowledgedBy, acknowledgeNote, description, priority, occurrences, lastEventTime,
                handling, newDetails);
    }

    /** Whether a JPEG snapshot is stored with the alert. */
    public boolean hasSnapshot() {
        return snapshotSize > 0;
    }

    /** Urgency, 1 (most urgent) to 3. */
    public int level() {
        return handling.level();
    }
}
