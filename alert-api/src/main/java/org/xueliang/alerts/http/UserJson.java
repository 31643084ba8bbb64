package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.xueliang.alerts.auth.ApiToken;
import org.xueliang.alerts.auth.IssuedToken;
import org.xueliang.alerts.auth.Principal;
import org.xueliang.alerts.auth.User;

/** The JSON shapes of users and tokens; a token's secret appears only in the answer that issues it. */
final class UserJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private UserJson() {
    }

    /** {@code {"name","role","jurisdiction","createdAt","updatedAt"}}. */
    static ObjectNode user(User user) {
        return NODES.objectNode().put("name", user.name()).put("role", user.role().wireName())
                .put("jurisdiction", user.jurisdiction()).put("createdAt", text(user.createdAt()))
                .put("updatedAt", text(user.updatedAt()));
    }

    static ObjectNode users(List<User> users) {
        ObjectNode body = NODES.objectNode();
        ArrayNode list = body.putArray("users");
        users.forEach(user -> list.add(user(user)));
        return body;
    }

    /** {@code {"id","label","createdAt","expiresAt"}}. */
    static ObjectNode token(ApiToken token) {
        return NODES.objectNode().put("id", token.id()).put("label", token.label())
                .put("createdAt", text(token.createdAt())).put("expiresAt", text(token.expiresAt()));
    }

    static ObjectNode tokens(List<ApiToken> tokens) {
        ObjectNode body = NODES.objectNode();
        ArrayNode list = body.putArray("tokens");
        tokens.forEach(token -> list.add(token(token)));
        return body;
    }

    /** The token fields plus {@code "token"}, the secret, shown this once. */
    static ObjectNode issued(IssuedToken issued) {
        return token(issued.token()).put("token", issued.secret());
    }

    /** {@code {"token","expiresAt","user":{..}}}. */
    static ObjectNode login(IssuedToken issued, User user) {
        ObjectNode body = NODES.objectNode().put("token", issued.secret())
                .put("expiresAt", text(issued.token().expiresAt()));
        body.set("user", user(user));
        return body;
    }

    /** {@code {"name","role","jurisdiction"}}. */
    static ObjectNode principal(Principal principal) {
        return NODES.objectNode().put("name", principal.name()).put("role", principal.role().wireName())
                .put("jurisdiction", principal.jurisdiction());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
