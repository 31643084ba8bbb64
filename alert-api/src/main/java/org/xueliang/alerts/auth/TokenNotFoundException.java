package org.xueliang.alerts.auth;

/** The user has no token with the id asked for. */
public final class TokenNotFoundException extends RuntimeException {
    public TokenNotFoundException(String user, String id) {
        super("user \"" + user + "\" has no token \"" + id + "\"");
    }
}
