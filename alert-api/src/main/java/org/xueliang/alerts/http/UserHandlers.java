package org.xueliang.alerts.http;

import io.vertx.ext.web.RoutingContext;
import org.xueliang.alerts.auth.Accounts;
import org.xueliang.alerts.auth.UserSpec;

/** Handlers of {@code /api/v1/users} and {@code /api/v1/auth}: one method per route. */
final class UserHandlers {
    private final Accounts accounts;
    private final Blocking blocking;

    UserHandlers(Accounts accounts, Blocking blocking) {
        this.accounts = accounts;
        this.blocking = blocking;
    }

    void list(RoutingContext ctx) {
        blocking.call(() -> UserJson.users(accounts.list()))
                .onSuccess(json -> Responses.json(ctx, 200, json)).onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        blocking.call(() -> UserJson.user(accounts.get(name)))
                .onSuccess(json -> Responses.json(ctx, 200, json)).onFailure(ctx::fail);
    }

    void create(RoutingContext ctx) {
        UserSpec spec = UserBodies.user(JsonBody.read(ctx), null);
        blocking.call(() -> UserJson.user(accounts.create(spec))).onSuccess(json -> {
            ctx.response().putHeader("Location", ApiRouter.API + "/users/" + spec.name());
            Responses.json(ctx, 201, json);
        }).onFailure(ctx::fail);
    }

    void replace(RoutingContext ctx) {
        UserSpec spec = UserBodies.user(JsonBody.read(ctx), ctx.pathParam("name"));
        blocking.call(() -> UserJson.user(accounts.replace(spec)))
                .onSuccess(json -> Responses.json(ctx, 200, json)).onFailure(ctx::fail);
    }

    void delete(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        blocking.call(() -> {
            accounts.delete(name);
            return null;
        }).onSuccess(ignored -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    void tokens(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        blocking.call(() -> UserJson.tokens(accounts.tokens(name)))
                .onSuccess(json -> Responses.json(ctx, 200, json)).onFailure(ctx::fail);
    }

    void issueToken(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        String label = UserBodies.tokenLabel(JsonBody.read(ctx));
        blocking.call(() -> UserJson.issued(accounts.issueToken(name, label)))
                .onSuccess(json -> Responses.json(ctx, 201, json)).onFailure(ctx::fail);
    }

    void revokeToken(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        String id = ctx.pathParam("tokenId");
        blocking.call(() -> {
            accounts.revokeToken(name, id);
            return null;
        }).onSuccess(ignored -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    /** Open route: name and password in, a token that expires out. */
    void login(RoutingContext ctx) {
        UserBodies.Login login = UserBodies.login(JsonBody.read(ctx));
        blocking.call(() -> UserJson.login(accounts.login(login.name(), login.password()), accounts.get(login.name())))
                .onSuccess(json -> Responses.json(ctx, 200, json)).onFailure(ctx::fail);
    }

    void me(RoutingContext ctx) {
        Responses.json(ctx, 200, UserJson.principal(Access.principal(ctx)));
    }
}
