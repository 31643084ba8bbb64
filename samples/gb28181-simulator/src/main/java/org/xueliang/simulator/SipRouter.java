package org.xueliang.simulator;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.xueliang.simulator.device.SimulatedDevice;
import org.xueliang.simulator.sip.ClientTransactions;
import org.xueliang.simulator.sip.SipAddress;
import org.xueliang.simulator.sip.SipInbound;
import org.xueliang.simulator.sip.SipLink;
import org.xueliang.simulator.sip.SipMessage;
import org.xueliang.simulator.sip.SipProtocolException;

/**
 * Delivers what the transports receive: responses to their client transaction, requests to the
 * device named by the Request-URI user (a device or channel ID, falling back to To), and a closed
 * TCP connection to the device that owned it. Unknown targets get 404.
 */
final class SipRouter implements SipInbound {

    private static final System.Logger LOG = System.getLogger(SipRouter.class.getName());

    private final ClientTransactions transactions;
    private final Map<String, SimulatedDevice> byId = new ConcurrentHashMap<>();
    private final Map<SipLink, SimulatedDevice> byLink = new ConcurrentHashMap<>();
    private final AtomicLong strayResponses = new AtomicLong();

    SipRouter(ClientTransactions transactions) {
        this.transactions = transactions;
    }

    void add(SimulatedDevice device) {
        byId.put(device.identity().deviceId(), device);
        device.identity().channels().forEach(channel -> byId.put(channel.id(), device));
    }

    void bindLink(SipLink link, SimulatedDevice device) {
        byLink.put(link, device);
    }

    SimulatedDevice find(String id) {
        return byId.get(id);
    }

    long strayResponses() {
        return strayResponses.get();
    }

    @Override
    public void onMessage(SipMessage message, SipLink link, InetSocketAddress source) {
        try {
            if (!message.isRequest()) {
                if (!transactions.complete(message)) {
                    strayResponses.incrementAndGet(); // late retransmission of an answered request
                }
                return;
            }
            SimulatedDevice device = target(message);
            if (device != null) {
                device.onRequest(message, link, source);
            } else if (!message.method().equals("ACK")) {
                link.send(message.responseTo(404, "Not Found", null).build(), source);
            }
        } catch (SipProtocolException e) {
            LOG.log(Level.WARNING, "ignoring " + message.startLine() + " from " + source + ": " + e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "answering " + message.startLine() + " failed: " + e.getMessage());
        }
    }

    @Override
    public void onClosed(SipLink link, String reason) {
        SimulatedDevice device = byLink.remove(link);
        if (device != null) {
            device.onLinkClosed(link, reason);
        }
    }

    private SimulatedDevice target(SipMessage request) {
        SimulatedDevice device = byId.get(SipAddress.parse("<" + request.requestUri() + ">").user());
        if (device == null) {
            device = request.header("To").map(to -> byId.get(SipAddress.parse(to).user())).orElse(null);
        }
        return device;
    }
}
