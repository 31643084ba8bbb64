package org.xueliang.simulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A minimal GB28181 platform for tests, written without the simulator's SIP code: it challenges
 * REGISTER with a digest nonce, verifies the answer with its own MD5 arithmetic, answers 200 or
 * 403, answers every MESSAGE 200 and records everything. Listens on UDP and TCP on the same port.
 */
final class FakeRegistrar implements AutoCloseable {

    static final String REALM = "3402000000";
    static final Charset GB18030 = Charset.forName("GB18030");

    /** A received SIP message: start line, headers by lower-case name, body decoded as GB18030. */
    record Sip(String startLine, Map<String, String> headers, String body, InetSocketAddress source, Socket tcp) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        boolean isRequest(String method) {
            return startLine.startsWith(method + " ");
        }

        String fromUser() {
            String from = header("from");
            return from.substring(from.indexOf("sip:") + 4, from.indexOf('@'));
        }
    }

    private final String password;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    final Queue<Sip> received = new ConcurrentLinkedQueue<>();
    final Map<String, InetSocketAddress> registered = new ConcurrentHashMap<>();
    final Map<String, Socket> tcpConnections = new ConcurrentHashMap<>();
    final AtomicInteger challenges = new AtomicInteger();
    final AtomicInteger forbidden = new AtomicInteger();
    final AtomicInteger deregistrations = new AtomicInteger();
    /** When set, 200 to REGISTER grants this many seconds instead of what the device asked for. */
    volatile Integer grantedExpires;
    private volatile boolean running = true;

    FakeRegistrar(String password) throws IOException {
        this.password = password;
        this.udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        udp.setReceiveBufferSize(4 << 20);
        this.tcp = new ServerSocket(udp.getLocalPort(), 50, InetAddress.getLoopbackAddress());
        daemon(this::udpLoop, "fake-registrar-udp");
        daemon(this::acceptLoop, "fake-registrar-tcp");
    }

    int port() {
        return udp.getLocalPort();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    List<Sip> requests(String method, Predicate<Sip> filter) {
        return received.stream().filter(s -> s.isRequest(method)).filter(filter).toList();
    }

    /** Sends a request or response text to a device: over its TCP connection if it has one, else UDP. */
    void send(String text, String deviceId, byte[] body) throws IOException {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(body);
        byte[] bytes = out.toByteArray();
        Socket socket = tcpConnections.get(deviceId);
        if (socket != null) {
            synchronized (socket) {
                socket.getOutputStream().write(bytes);
            }
        } else {
            udp.send(new DatagramPacket(bytes, bytes.length, registered.get(deviceId)));
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        udp.close();
        tcp.close();
        for (Socket socket : tcpConnections.values()) {
            socket.close();
        }
    }

    private void udpLoop() {
        byte[] buffer = new byte[65_535];
        while (running) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                Sip sip = parse(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.ISO_8859_1),
                        (InetSocketAddress) packet.getSocketAddress(), null);
                String reply = handle(sip);
                if (reply != null) {
                    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                    udp.send(new DatagramPacket(bytes, bytes.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                if (running) {
                    throw new IllegalStateException("fake registrar UDP loop failed", e);
                }
            }
        }
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = tcp.accept();
                daemon(() -> tcpLoop(socket), "fake-registrar-conn");
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void tcpLoop(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream())) {
            OutputStream out = socket.getOutputStream();
            String message;
            while ((message = readStreamMessage(in)) != null) {
                Sip sip = parse(message, (InetSocketAddress) socket.getRemoteSocketAddress(), socket);
                String reply = handle(sip);
                if (reply != null) {
                    synchronized (socket) {
                        out.write(reply.getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // connection ended
        }
    }

    /** Reads headers up to the blank line, then Content-Length body bytes; ISO-8859-1 keeps bytes intact. */
    private static String readStreamMessage(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                if (head.toString().isBlank()) {
                    head.setLength(0);
                    continue;
                }
                int length = 0;
                for (String line : head.toString().split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).strip());
                    }
                }
                byte[] body = in.readNBytes(length);
                return head + new String(body, StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    static Sip parse(String latin1, InetSocketAddress source, Socket socket) {
        int split = latin1.indexOf("\r\n\r\n");
        String[] lines = latin1.substring(0, split).split("\r\n");
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(), lines[i].substring(colon + 1).strip());
        }
        byte[] body = latin1.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1);
        return new Sip(lines[0], headers, new String(body, GB18030), source, socket);
    }

    private String handle(Sip sip) {
        received.add(sip);
        if (sip.startLine().startsWith("SIP/2.0")) {
            return null; // a response to one of our requests; tests look it up in 'received'
        }
        if (sip.isRequest("REGISTER")) {
            return register(sip);
        }
        if (sip.isRequest("ACK")) {
            return null;
        }
        return response(sip, 200, "OK", "");
    }

    private String register(Sip sip) {
        String authorization = sip.header("authorization");
        String device = sip.fromUser();
        if (authorization == null) {
            String nonce = UUID.randomUUID().toString().replace("-", "");
            nonces.add(nonce);
            challenges.incrementAndGet();
            return response(sip, 401, "Unauthorized", "WWW-Authenticate: Digest realm=\"" + REALM + "\", nonce=\""
                    + nonce + "\", algorithm=MD5, qop=\"auth\"\r\n");
        }
        if (!validDigest(authorization, device)) {
            forbidden.incrementAndGet();
            return response(sip, 403, "Forbidden", "");
        }
        if (sip.header("expires").equals("0")) {
            registered.remove(device);
            tcpConnections.remove(device);
            deregistrations.incrementAndGet();
        } else {
            registered.put(device, sip.source());
            if (sip.tcp() != null) {
                tcpConnections.put(device, sip.tcp());
            }
        }
        String date = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS"));
        String expires = grantedExpires != null && !sip.header("expires").equals("0")
                ? String.valueOf(grantedExpires) : sip.header("expires");
        return response(sip, 200, "OK", "Date: " + date + "\r\nExpires: " + expires + "\r\n");
    }

    private boolean validDigest(String authorization, String device) {
        Map<String, String> p = new ConcurrentHashMap<>();
        for (String part : authorization.substring(7).split(",\\s*")) {
            int eq = part.indexOf('=');
            p.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip().replace("\"", ""));
        }
        if (!device.equals(p.get("username")) || !nonces.contains(p.get("nonce")) || !REALM.equals(p.get("realm"))) {
            return false;
        }
        String ha1 = md5(device + ":" + REALM + ":" + password);
        String ha2 = md5("REGISTER:" + p.get("uri"));
        String expected = "auth".equals(p.get("qop"))
                ? md5(ha1 + ":" + p.get("nonce") + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2)
                : md5(ha1 + ":" + p.get("nonce") + ":" + ha2);
        return expected.equals(p.get("response"));
    }

    private static String response(Sip request, int code, String reason, String extraHeaders) {
        return "SIP/2.0 " + code + " " + reason + "\r\n"
                + "Via: " + request.header("via") + "\r\n"
                + "From: " + request.header("from") + "\r\n"
                + "To: " + request.header("to") + (request.header("to").contains("tag=") ? "" : ";tag=fr1") + "\r\n"
                + "Call-ID: " + request.header("call-id") + "\r\n"
                + "CSeq: " + request.header("cseq") + "\r\n"
                + extraHeaders + "Content-Length: 0\r\n\r\n";
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
