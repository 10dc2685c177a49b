package org.daftar.app.cli;

/** Thrown by a command when its arguments are wrong; the command line prints it with the synopsis. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
