package org.daftar.app.records;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.daftar.data.attachment.AttachmentStore;
import org.daftar.data.attachment.DatabaseAttachmentStore;
import org.daftar.data.attachment.FolderAttachmentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the files of attachment fields are kept: in PostgreSQL, with the records (the default, so
 * one backup holds everything), or in the folder {@code daftar.attachments.folder} names.
 */
@Configuration(proxyBeanMethods = false)
public class AttachmentsConfiguration {

    @Bean
    AttachmentStore attachmentStore(DataSource dataSource, @Value("${daftar.attachments.folder:}") String folder) {
        return folder.isBlank() ? new DatabaseAttachmentStore(dataSource) : new FolderAttachmentStore(Path.of(folder));
    }
}
