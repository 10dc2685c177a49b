package org.daftar.designer.screen;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.daftar.designer.session.DesignerSession;

/** The download of an app's published files as {@code APP.zip}; the session checks the admin when it is downloaded. */
final class Downloads {

    private Downloads() {}

    static DownloadHandler appZip(DesignerSession session, String app) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] zip = session.exportZip(app);
            return new DownloadResponse(new ByteArrayInputStream(zip), app + ".zip", "application/zip", zip.length);
        });
    }
}
