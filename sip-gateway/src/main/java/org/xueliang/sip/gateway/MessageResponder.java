package org.xueliang.sip.gateway;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.catalog.CatalogAggregator;
import org.xueliang.sip.device.DeviceRegistry;
import org.xueliang.sip.device.KeepaliveResult;
import org.xueliang.sip.message.AlarmNotify;
import org.xueliang.sip.message.CatalogResponse;
import org.xueliang.sip.message.DeviceInfoResponse;
import org.xueliang.sip.message.DeviceStatusResponse;
import org.xueliang.sip.message.GenericResponse;
import org.xueliang.sip.message.Keepalive;
import org.xueliang.sip.message.ManscdpMessage;
import org.xueliang.sip.message.ManscdpParseException;
import org.xueliang.sip.message.ManscdpParser;

/**
 * Answers MESSAGE and NOTIFY from devices: keepalives, catalog packets, answers to queries and
 * alarms. Unreadable bodies get 400, logged once per device so a broken device cannot flood the log.
 */
final class MessageResponder {
    private static final Logger LOG = LoggerFactory.getLogger(MessageResponder.class);

    private final DeviceRegistry registry;
    private final GuardedListener listener;
    private final CatalogAggregator catalogs;
    private final PendingAnswers pending;
    private final AlarmResponder alarms;
    private final Set<String> reportedMalformed = ConcurrentHashMap.newKeySet();

    MessageResponder(DeviceRegistry registry, GuardedListener listener, CatalogAggregator catalogs,
                     PendingAnswers pending, AlarmResponder alarms) {
        this.registry = registry;
        this.listener = listener;
        this.catalogs = catalogs;
        this.pending = pending;
        this.alarms = alarms;
    }

    SipReply handle(SipRequest request) {
        ManscdpMessage message;
        try {
            message = ManscdpParser.parse(request.body(), charsetOf(request.header("content-type")));
        } catch (ManscdpParseException e) {
            if (reportedMalformed.add(request.fromUser())) {
                LOG.warn("unreadable {} body from {} at {} (further ones from it logged at debug): {}",
                        request.method(), request.fromUser(), request.source(), e.getMessage());
            } else {
                LOG.debug("unreadable {} body from {}: {}", request.method(), request.fromUser(), e.getMessage());
            }
            return SipReply.of(400, "Bad Request");
        }
        if (message instanceof Keepalive) {
            return keepalive(request);
        }
        if (registry.find(request.fromUser()).isEmpty()) {
            LOG.debug("{} {} from unregistered {} refused", message.root().element(), message.cmdType(),
                    request.fromUser());
            return SipReply.of(403, "Not Registered");
        }
        return dispatch(request.fromUser(), message);
    }

    private SipReply keepalive(SipRequest request) {
        KeepaliveResult result = registry.keepalive(request.fromUser(), request.source());
        if (!result.registered()) {
            // any error makes the device register again, which is what an unknown device should do
            LOG.debug("keepalive from unregistered {} at {} refused", request.fromUser(), request.source());
            return SipReply.of(403, "Not Registered");
        }
        registry.find(request.fromUser()).ifPresent(listener::keepalive);
        listener.publish(result.events());
        return SipReply.of(200, "OK");
    }

    private SipReply dispatch(String deviceId, ManscdpMessage message) {
        if (message instanceof CatalogResponse packet) {
            catalogs.accept(packet).ifPresent(catalog -> {
                LOG.info("catalog of {} complete: {} items", catalog.deviceId(), catalog.items().size());
                listener.catalog(catalog);
            });
        } else if (message instanceof DeviceInfoResponse info) {
            pending.complete(info);
            listener.deviceInfo(info);
        } else if (message instanceof DeviceStatusResponse || message instanceof GenericResponse) {
            pending.complete(message);
        } else if (message instanceof AlarmNotify alarm) {
            return alarms.handle(deviceId, alarm);
        } else {
            LOG.debug("{} {} from {} not handled, answered 200", message.root().element(), message.cmdType(), deviceId);
        }
        return SipReply.of(200, "OK");
    }

    /** The charset a Content-Type names ({@code ...;charset=GB2312}), null for none or an unknown one. */
    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                try {
                    return Charset.forName(pair[1].strip().replace("\"", ""));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
