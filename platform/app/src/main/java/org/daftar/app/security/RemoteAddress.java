package org.daftar.app.security;

import com.vaadin.flow.server.VaadinRequest;

/** The address of the browser of the current request, for the access audit. */
final class RemoteAddress {

    private RemoteAddress() {}

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
