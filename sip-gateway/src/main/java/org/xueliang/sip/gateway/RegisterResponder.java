package org.xueliang.sip.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.device.DeviceEvent;
import org.xueliang.sip.device.DeviceRegistry;
import org.xueliang.sip.register.RegisterDecision;
import org.xueliang.sip.register.RegisterHandler;
import org.xueliang.sip.register.RegisterRequest;

/** Answers REGISTER: the pure handler decides, this applies the decision to the registry and the listener. */
final class RegisterResponder {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterResponder.class);

    private final RegisterHandler handler;
    private final DeviceRegistry registry;
    private final GuardedListener listener;

    RegisterResponder(RegisterHandler handler, DeviceRegistry registry, GuardedListener listener) {
        this.handler = handler;
        this.registry = registry;
        this.listener = listener;
    }

    SipReply handle(SipRequest request) {
        RegisterRequest register = new RegisterRequest(request.fromUser(), request.callId(), request.expires(),
                request.header("authorization"), request.header("x-gb-ver"), request.source());
        RegisterDecision decision = handler.handle(register);
        if (decision instanceof RegisterDecision.Challenge challenge) {
            LOG.debug("REGISTER of {} challenged: {}", request.fromUser(), challenge.reason());
            return SipReply.of(401, "Unauthorized", Map.of("WWW-Authenticate", challenge.wwwAuthenticate()));
        }
        if (decision instanceof RegisterDecision.Forbidden forbidden) {
            LOG.warn("REGISTER of {} from {} refused: {}", request.fromUser(), request.source(), forbidden.reason());
            return SipReply.of(403, "Forbidden");
        }
        if (decision instanceof RegisterDecision.BadRequest bad) {
            LOG.warn("REGISTER of {} from {} unreadable: {}", request.fromUser(), request.source(), bad.reason());
            return SipReply.of(400, "Bad Request");
        }
        if (decision instanceof RegisterDecision.Registered registered) {
            return registered(request, registered);
        }
        return unregistered(request, (RegisterDecision.Unregistered) decision);
    }

    private SipReply registered(SipRequest request, RegisterDecision.Registered registered) {
        boolean known = registry.find(registered.deviceId()).isPresent();
        List<DeviceEvent> events = registry.register(registered.deviceId(), registered.source(),
                registered.expiresAt(), registered.version());
        registry.find(registered.deviceId()).ifPresent(listener::deviceRegistered);
        listener.publish(events);
        if (!known) {
            LOG.info("device {} registered from {} ({}, expires in {} s)", registered.deviceId(), registered.source(),
                    registered.version(), registered.expires());
        }
        return SipReply.of(200, "OK", headers(request, registered.date(), registered.expires()));
    }

    private SipReply unregistered(SipRequest request, RegisterDecision.Unregistered unregistered) {
        LOG.info("device {} de-registered from {}", unregistered.deviceId(), unregistered.source());
        listener.publish(registry.unregister(unregistered.deviceId()));
        return SipReply.of(200, "OK", headers(request, unregistered.date(), 0));
    }

    /** {@code Date} in the GB format the device sets its clock from, {@code Expires} granted, its Contact echoed. */
    private static Map<String, String> headers(SipRequest request, String date, int expires) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Date", date);
        headers.put("Expires", Integer.toString(expires));
        String contact = request.header("contact");
        if (contact != null) {
            headers.put("Contact", contact);
        }
        return headers;
    }
}
