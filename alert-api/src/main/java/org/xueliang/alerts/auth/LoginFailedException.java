package org.xueliang.alerts.auth;

/**
 * A login with an unknown name or a wrong password. Both read the same, so that a login form
 * does not tell which names exist.
 */
public final class LoginFailedException extends RuntimeException {
    public LoginFailedException() {
        super("name or password not accepted");
    }
}
