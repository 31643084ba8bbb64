package org.xueliang.alerts.auth;

/** A user with this name exists already. */
public final class DuplicateUserException extends RuntimeException {
    public DuplicateUserException(String name) {
        super("user \"" + name + "\" already exists");
    }
}
