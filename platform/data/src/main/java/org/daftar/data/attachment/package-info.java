/**
 * The files of attachment fields: kept apart from the records, which hold only a reference
 * ({@code {name, mediaType, size, ref}}). An {@link org.daftar.data.attachment.AttachmentStore}
 * keeps them in PostgreSQL ({@link org.daftar.data.attachment.DatabaseAttachmentStore}) or in a
 * configured folder ({@link org.daftar.data.attachment.FolderAttachmentStore}), after checking
 * the field's size and type limits ({@link org.daftar.data.attachment.FileLimits}).
 */
package org.daftar.data.attachment;
