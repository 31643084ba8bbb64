package org.xueliang.alerts.http;

/** A request without an accepted bearer token (401). */
public final class UnauthorizedException extends RuntimeException {
    private final boolean tokenGiven;

    public UnauthorizedException(boolean tokenGiven) {
        super(tokenGiven ? "bearer token not accepted" : "bearer token required");
        this.tokenGiven = tokenGiven;
    }

    /** Whether a token was given (and was wrong) rather than missing. */
    public boolean tokenGiven() {
        return tokenGiven;
    }
}
