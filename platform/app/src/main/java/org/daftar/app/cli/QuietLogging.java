package org.daftar.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps library logging off the command line's output: without Spring Boot's logging set-up,
 * Logback would print every debug message of the libraries the commands use.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void apply() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
