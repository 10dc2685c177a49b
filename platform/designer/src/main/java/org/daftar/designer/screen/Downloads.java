package org.daftar.designer.screen;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.daftar.designer.session.DesignerSession;
import org.daftar.designer.transfer.AppZip;

/** The download of an app's published files as {@code APP.zip}; the session checks the admin when it is downloaded. */
final class Downloads {

    private Downloads() {}

    static DownloadHandler appZip(DesignerSession session, String app) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] zip = AppZip.write(session.publishedFiles(app));
            return new DownloadResponse(new ByteArrayInputStream(zip), app + ".zip", "application/zip", zip.length);
        });
    }
}
