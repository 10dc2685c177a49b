package org.daftar.plugin;

/**
 * A plugin that cannot be used: it failed to load, or it conflicts with another plugin or with a
 * built-in type. The message says which plugins, what is wrong and how to fix it.
 */
public final class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
