package org.xueliang.sip.transport;

import java.util.function.Consumer;
import javax.sip.message.Response;

/**
 * What waits for the final response of one client transaction, kept as its application data.
 *
 * @param what       the request, for messages
 * @param onResponse called with the final response
 * @param onFailure  called with a timeout or I/O failure
 */
record PendingRequest(String what, Consumer<Response> onResponse, Consumer<Throwable> onFailure) {
}
