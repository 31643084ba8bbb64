package org.xueliang.sip.transport;

import gov.nist.javax.sip.message.SIPMessage;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.gateway.SipReply;
import org.xueliang.sip.gateway.SipRequest;
import org.xueliang.sip.gateway.SipRequestHandler;
import org.xueliang.sip.gateway.SipTimeoutException;

/**
 * The JAIN-SIP listener: requests go through the handler and back as responses on their server
 * transaction; final responses and timeouts complete the pending client requests, on the
 * callback executor rather than the stack's thread.
 */
final class StackListener implements SipListener {
    private static final Logger LOG = LoggerFactory.getLogger(StackListener.class);

    private final SipRequestHandler handler;
    private final SipFactories factories;
    private final SipProvider provider;
    private final Executor callbacks;

    StackListener(SipRequestHandler handler, SipFactories factories, SipProvider provider, Executor callbacks) {
        this.handler = handler;
        this.factories = factories;
        this.provider = provider;
        this.callbacks = callbacks;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        ServerTransaction transaction = event.getServerTransaction();
        try {
            if (transaction == null) {
                transaction = provider.getNewServerTransaction(request);
            }
        } catch (TransactionAlreadyExistsException e) {
            return; // a retransmission racing its original: the stack answers it once we have
        } catch (Exception e) {
            LOG.warn("no transaction for {} from {}: {}", request.getMethod(), peer(request), e.getMessage());
            return;
        }
        SipReply reply = answer(request);
        try {
            transaction.sendResponse(response(request, reply));
        } catch (Exception e) {
            LOG.warn("answering {} from {} with {} failed: {}", request.getMethod(), peer(request), reply.status(),
                    e.getMessage());
            return;
        }
        runAfter(reply);
    }

    private SipReply answer(Request request) {
        SipRequest read;
        try {
            read = RequestReader.read(request);
        } catch (RuntimeException e) {
            LOG.warn("unreadable {} from {}, answered 400: {}", request.getMethod(), peer(request), e.getMessage());
            return SipReply.of(400, "Bad Request");
        }
        try {
            return handler.handle(read);
        } catch (RuntimeException e) {
            LOG.error("handling {} failed, answered 500", read, e);
            return SipReply.of(500, "Server Internal Error");
        }
    }

    private Response response(Request request, SipReply reply) throws Exception {
        Response response = factories.messages.createResponse(reply.status(), request);
        if (reply.reason() != null) {
            response.setReasonPhrase(reply.reason());
        }
        ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (reply.status() > 100 && to.getTag() == null) {
            to.setTag(Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
        }
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            response.setHeader(factories.header(header.getKey(), header.getValue()));
        }
        if (reply.body().length > 0) {
            response.setContent(reply.body(), factories.contentType(reply.contentType()));
        }
        return response;
    }

    private static void runAfter(SipReply reply) {
        if (reply.afterSent() != null) {
            try {
                reply.afterSent().run();
            } catch (RuntimeException e) {
                LOG.error("work after answering {} failed", reply.status(), e);
            }
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        ClientTransaction transaction = event.getClientTransaction();
        if (response.getStatusCode() < 200 || transaction == null
                || !(transaction.getApplicationData() instanceof PendingRequest pending)) {
            return; // provisional, or a retransmitted final response whose transaction is over
        }
        complete(() -> pending.onResponse().accept(response));
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof PendingRequest pending) {
            complete(() -> pending.onFailure().accept(new SipTimeoutException(pending.what()
                    + " got no final response (SIP transaction timeout)")));
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.debug("SIP I/O failure towards {}:{} over {}", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing kept per transaction beyond its application data
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // dialogs are not used (see JainSipCall)
    }

    private void complete(Runnable completion) {
        try {
            callbacks.execute(completion);
        } catch (RejectedExecutionException e) {
            LOG.debug("response after the transport closed, dropped");
        }
    }

    private static String peer(Request request) {
        SIPMessage message = (SIPMessage) request;
        return message.getRemoteAddress() == null ? "?" : message.getRemoteAddress().getHostAddress() + ":"
                + message.getRemotePort();
    }
}
