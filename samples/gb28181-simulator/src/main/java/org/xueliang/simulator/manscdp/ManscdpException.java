package org.xueliang.simulator.manscdp;

/** A MANSCDP body that is not well-formed XML or lacks a required element. */
public class ManscdpException extends RuntimeException {

    public ManscdpException(String message, Throwable cause) {
        super(message, cause);
    }

    public ManscdpException(String message) {
        super(message);
    }
}
