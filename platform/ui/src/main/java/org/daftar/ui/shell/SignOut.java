package org.daftar.ui.shell;

/**
 * Ends the signed-in user's session; the application implements it with its security framework
 * (the screens know nothing of it). "Sign out" in the shell calls it.
 */
@FunctionalInterface
public interface SignOut {

    void signOut();
}
