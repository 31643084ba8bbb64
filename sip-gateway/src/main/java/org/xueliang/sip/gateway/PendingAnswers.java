package org.xueliang.sip.gateway;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import org.xueliang.sip.message.ManscdpMessage;

/**
 * Queries waiting for the device's answering MESSAGE, matched by device, CmdType and SN. Each
 * wait ends with the answer or with a {@link DeviceTimeoutException}; nothing is left behind.
 */
final class PendingAnswers {
    private final ConcurrentMap<Key, CompletableFuture<ManscdpMessage>> waiting = new ConcurrentHashMap<>();
    private final Deadlines deadlines;

    PendingAnswers(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** A future for the answer to the query {@code sn}; register it before sending the query. */
    CompletableFuture<ManscdpMessage> expect(String deviceId, String cmdType, long sn) {
        Key key = new Key(deviceId, cmdType, sn);
        CompletableFuture<ManscdpMessage> answer = new CompletableFuture<>();
        waiting.put(key, answer);
        ScheduledFuture<?> timer = deadlines.schedule(() -> answer.completeExceptionally(
                new DeviceTimeoutException(deviceId, cmdType + " query", deadlines.timeout())));
        answer.whenComplete((value, error) -> {
            waiting.remove(key, answer);
            if (timer != null) {
                timer.cancel(false);
            }
        });
        return answer;
    }

    /** Completes the query this message answers; false when none waits (late, or never asked). */
    boolean complete(ManscdpMessage message) {
        CompletableFuture<ManscdpMessage> answer = waiting.get(new Key(message.deviceId(), message.cmdType(), message.sn()));
        return answer != null && answer.complete(message);
    }

    /** Fails every waiting query, when the gateway stops. */
    void failAll(RuntimeException reason) {
        waiting.values().forEach(answer -> answer.completeExceptionally(reason));
    }

    private record Key(String deviceId, String cmdType, long sn) {
    }
}
