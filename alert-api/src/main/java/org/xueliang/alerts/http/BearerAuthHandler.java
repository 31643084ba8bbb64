package org.xueliang.alerts.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

/**
 * Lets a request through when it carries one of the configured tokens as
 * {@code Authorization: Bearer <token>}; on the paths given (the WebSocket stream, which
 * browsers cannot give headers) also as a {@code token} query parameter.
 */
final class BearerAuthHandler implements Handler<RoutingContext> {
    private static final String PREFIX = "Bearer ";

    private final List<byte[]> tokenDigests;
    private final Set<String> queryTokenPaths;

    BearerAuthHandler(List<String> tokens, Set<String> queryTokenPaths) {
        this.tokenDigests = tokens.stream().map(BearerAuthHandler::digest).toList();
        this.queryTokenPaths = Set.copyOf(queryTokenPaths);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String token = presentedToken(ctx);
        if (token != null && accepted(token)) {
            ctx.next();
        } else {
            ctx.fail(new UnauthorizedException(token != null));
        }
    }

    private String presentedToken(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return header.substring(PREFIX.length()).trim();
        }
        if (header == null && queryTokenPaths.contains(ctx.normalizedPath())) {
            return ctx.request().getParam("token");
        }
        return header == null ? null : "";
    }

    /**
     * Compares digests rather than the tokens so that the time taken depends neither on where
     * the first differing character is nor on the token length, and checks every token.
     */
    private boolean accepted(String token) {
        byte[] presented = digest(token);
        boolean match = false;
        for (byte[] expected : tokenDigests) {
            match |= MessageDigest.isEqual(presented, expected);
        }
        return match;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
