package org.xueliang.alerts.auth;

/** No user has the name asked for. */
public final class UserNotFoundException extends RuntimeException {
    public UserNotFoundException(String name) {
        super("user \"" + name + "\" does not exist");
    }
}
