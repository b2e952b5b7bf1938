package org.casebook.cli;

/** A user-facing failure of a command; its message is printed as the one error line. */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }
}
