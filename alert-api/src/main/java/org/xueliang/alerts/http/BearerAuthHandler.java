package org.xueliang.alerts.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xueliang.alerts.auth.Accounts;
import org.xueliang.alerts.auth.Principal;
import org.xueliang.alerts.auth.TokenSecrets;

/**
 * Lets a request through when it carries an accepted token as {@code Authorization: Bearer <token>};
 * on the paths given (the WebSocket streams, which browsers cannot give headers) also as a
 * {@code token} query parameter (the console's live and video sockets too, see
 * {@link ConsoleRoutes#QUERY_TOKEN_PATTERNS}). A configured token is the bootstrap administrator; a user's
 * token ({@code xl_...}) is looked up in the store. The principal is left in the context for the
 * role gates and scopes of {@link Access}.
 */
final class BearerAuthHandler implements Handler<RoutingContext> {
    private static final String PREFIX = "Bearer ";

    private final List<byte[]> tokenDigests;
    private final Set<String> queryTokenPaths;
    private final Accounts accounts;
    private final Blocking blocking;

    /** Only the configured tokens. */
    BearerAuthHandler(List<String> tokens, Set<String> queryTokenPaths) {
        this(tokens, queryTokenPaths, null, null);
    }

    /** @param accounts looks up users' tokens (through {@code blocking}); null for configured tokens only */
    BearerAuthHandler(List<String> tokens, Set<String> queryTokenPaths, Accounts accounts, Blocking blocking) {
        this.tokenDigests = tokens.stream().map(BearerAuthHandler::digest).toList();
        this.queryTokenPaths = Set.copyOf(queryTokenPaths);
        this.accounts = accounts;
        this.blocking = blocking;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String token = presentedToken(ctx);
        if (token != null && configured(token)) {
            ctx.put(Access.PRINCIPAL, Principal.configToken());
            ctx.next();
        } else if (token != null && accounts != null && token.startsWith(TokenSecrets.PREFIX)) {
            lookUp(ctx, token);
        } else {
            ctx.fail(new UnauthorizedException(token != null));
        }
    }

    /**
     * The store is asked off the event loop. The request is paused meanwhile: a body that
     * arrives before the route's BodyHandler is in place would otherwise be lost. BodyHandler
     * resumes it; routes without one get it resumed after their handlers ran. A WebSocket upgrade
     * stays paused: its handler may upgrade later, after its own store call, and a resumed GET
     * would have ended by then ("request has already been read").
     */
    private void lookUp(RoutingContext ctx, String token) {
        HttpServerRequest request = ctx.request();
        boolean paused = !request.isEnded();
        if (paused) {
            request.pause();
        }
        blocking.call(() -> accounts.authenticate(token)).onComplete(result -> {
            Optional<Principal> principal = result.succeeded() ? result.result() : Optional.empty();
            if (result.failed()) {
                ctx.fail(result.cause());
            } else if (principal.isPresent()) {
                ctx.put(Access.PRINCIPAL, principal.get());
                ctx.next();
            } else {
                ctx.fail(new UnauthorizedException(true));
            }
            if (paused && !request.isEnded() && !request.canUpgradeToWebSocket()) {
                request.resume();
            }
        });
    }

    private String presentedToken(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return header.substring(PREFIX.length()).trim();
        }
        if (header == null && (queryTokenPaths.contains(ctx.normalizedPath())
                || ConsoleRoutes.takesQueryToken(ctx.normalizedPath()))) {
            return ctx.request().getParam("token");
        }
        return header == null ? null : "";
    }

    /**
     * Compares digests rather than the tokens so that the time taken depends neither on where
     * the first differing character is nor on the token length, and checks every token.
     */
    private boolean configured(String token) {
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
