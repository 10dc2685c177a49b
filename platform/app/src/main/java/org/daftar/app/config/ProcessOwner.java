package org.daftar.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who is running this Daftar process, as {@code user@host}: recorded as the author of what the
 * server does by itself at start (definition versions, sample data).
 */
public final class ProcessOwner {

    private ProcessOwner() {
    }

    public static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "daftar") + "@" + host;
    }
}
