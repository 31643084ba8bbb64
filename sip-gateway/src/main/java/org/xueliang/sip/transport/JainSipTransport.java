package org.xueliang.sip.transport;

import gov.nist.javax.sip.SipStackImpl;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ClientTransaction;
import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.gateway.OutgoingInvite;
import org.xueliang.sip.gateway.OutgoingMessage;
import org.xueliang.sip.gateway.SipCall;
import org.xueliang.sip.gateway.SipClient;
import org.xueliang.sip.gateway.SipRequestHandler;
import org.xueliang.sip.gateway.SipResponse;
import org.xueliang.sip.gateway.SipStatusException;

/**
 * The SIP transport over JAIN-SIP (NIST): UDP and TCP on one port, received requests handed to a
 * {@link SipRequestHandler} and answered on their own server transaction (so TCP devices are
 * answered over their own connection), and the platform's requests sent as a {@link SipClient}.
 *
 * <p>Requests are built and sent on a small executor of this transport, never on the caller's
 * thread, and futures complete on another one, never on the stack's threads: whatever the
 * callers chain on them cannot stall SIP processing.
 */
public final class JainSipTransport implements SipClient, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JainSipTransport.class);
    private static final AtomicInteger STACKS = new AtomicInteger();
    private static final int UDP_BUFFER = 4 << 20;

    private final JainSipSettings settings;
    private final ExecutorService senders;
    private final ExecutorService callbacks;
    private SipStackImpl stack;
    private SipProvider provider;
    private OutgoingRequests requests;
    private int port;

    public JainSipTransport(JainSipSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.senders = Executors.newFixedThreadPool(2, named("sip-send"));
        this.callbacks = Executors.newFixedThreadPool(2, named("sip-callback"));
    }

    /**
     * Opens UDP and TCP on the configured port and starts handing requests to {@code handler}.
     *
     * @throws SipTransportException when the stack cannot start or a port cannot be bound
     */
    public synchronized void start(SipRequestHandler handler) {
        if (stack != null) {
            throw new IllegalStateException("the SIP transport is already started");
        }
        SipFactories factories = new SipFactories();
        try {
            stack = new SipStackImpl(properties());
            ListeningPoint udp = stack.createListeningPoint(settings.ip(), settings.port(), ListeningPoint.UDP);
            port = udp.getPort();
            ListeningPoint tcp = stack.createListeningPoint(settings.ip(), port, ListeningPoint.TCP);
            provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            requests = new OutgoingRequests(factories, settings, port);
            provider.addSipListener(new StackListener(handler, factories, provider, callbacks));
            stack.start();
        } catch (Exception e) {
            close();
            throw new SipTransportException("cannot start SIP on " + settings.ip() + ":" + settings.port()
                    + " (UDP and TCP): " + e.getMessage(), e);
        }
        LOG.info("SIP listening on {}:{} (UDP and TCP) as {}", settings.ip(), port, settings.platformId());
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "xueliang-gb28181-" + STACKS.incrementAndGet());
        // no dialogs for REGISTER and MESSAGE; INVITE dialogs are kept by hand (see JainSipCall)
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jMessageLogger.class.getName());
        // keep devices' TCP connections: requests to a device behind NAT can only travel over its own
        p.setProperty("gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(settings.threads()));
        p.setProperty("gov.nist.javax.sip.TCP_POST_PARSING_THREAD_POOL_SIZE", Integer.toString(settings.threads()));
        // one selector thread for all TCP devices instead of a thread per connection
        p.setProperty("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY",
                "gov.nist.javax.sip.stack.NioMessageProcessorFactory");
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(1 << 20));
        // thousands of devices re-register at once after a restart: a burst must not overflow the socket
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER));
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER));
        return p;
    }

    /** The port UDP and TCP listen on. */
    public int port() {
        return port;
    }

    @Override
    public CompletableFuture<SipResponse> message(OutgoingMessage message) {
        return sendStateful(requests -> requests.message(message, provider.getNewCallId()),
                "MESSAGE to " + message.targetId() + " at " + message.address());
    }

    @Override
    public CompletableFuture<SipCall> invite(OutgoingInvite invite) {
        CompletableFuture<SipCall> call = new CompletableFuture<>();
        Request[] sent = new Request[1];
        String what = "INVITE of channel " + invite.channelId() + " at " + invite.address();
        send(call, () -> {
            sent[0] = requests.invite(invite, provider.getNewCallId());
            transmit(sent[0], new PendingRequest(what, response -> {
                if (response.getStatusCode() / 100 == 2) {
                    call.complete(new JainSipCall(this, sent[0], response, invite.address()));
                } else {
                    call.completeExceptionally(new SipStatusException(what, response.getStatusCode(),
                            response.getReasonPhrase()));
                }
            }, call::completeExceptionally));
        });
        return call;
    }

    /** Builds and sends a request on its own client transaction; completes with the final response. */
    CompletableFuture<SipResponse> sendStateful(RequestBuilder builder, String what) {
        CompletableFuture<SipResponse> result = new CompletableFuture<>();
        send(result, () -> transmit(builder.build(requests),
                new PendingRequest(what, response -> result.complete(toSipResponse(response)),
                        result::completeExceptionally)));
        return result;
    }

    /** Builds and sends a request without a transaction (ACK); failures are logged. */
    void sendStateless(RequestBuilder builder, String what) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        send(done, () -> {
            provider.sendRequest(builder.build(requests));
            done.complete(null);
        });
        done.whenComplete((ignored, error) -> {
            if (error != null) {
                LOG.warn("{} failed: {}", what, error.getMessage());
            }
        });
    }

    private void transmit(Request request, PendingRequest pending) throws Exception {
        ClientTransaction transaction = provider.getNewClientTransaction(request);
        transaction.setApplicationData(pending);
        transaction.sendRequest();
    }

    private void send(CompletableFuture<?> result, SendTask task) {
        if (provider == null) {
            result.completeExceptionally(new IllegalStateException("the SIP transport is not started"));
            return;
        }
        try {
            senders.execute(() -> {
                try {
                    task.run();
                } catch (Exception e) {
                    result.completeExceptionally(new SipTransportException("sending failed: " + e.getMessage(), e));
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new SipTransportException("the SIP transport is closed", e));
        }
    }

    static SipResponse toSipResponse(Response response) {
        return new SipResponse(response.getStatusCode(), response.getReasonPhrase(), SipFactories.headerValues(response),
                response.getRawContent());
    }

    /** Sends what is queued (the BYEs of a closing gateway), then stops the stack, closing every connection. */
    @Override
    public synchronized void close() {
        senders.shutdown();
        try {
            senders.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stack != null) {
            stack.stop();
            stack = null;
        }
        callbacks.shutdown();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Builds one request from the transport's request factory. */
    @FunctionalInterface
    interface RequestBuilder {
        Request build(OutgoingRequests requests) throws Exception;
    }

    @FunctionalInterface
    private interface SendTask {
        void run() throws Exception;
    }
}
