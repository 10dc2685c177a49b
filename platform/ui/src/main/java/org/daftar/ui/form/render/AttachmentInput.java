package org.daftar.ui.form.render;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.attachment.FileLimits;
import org.daftar.data.record.validation.FieldMessage;
import org.daftar.data.record.validation.ValidationException;
import org.daftar.model.entity.FieldDef;
import org.daftar.ui.data.DataGateway;

/**
 * An attachment: upload a file (kept by the gateway's attachment store, within the field's size
 * and type limits), see its name and size, download it once the record is saved, or remove it.
 * Its value is what the record stores: {@code {name, mediaType, size, ref}}, or {@code null}.
 */
public class AttachmentInput extends CustomField<Map<String, Object>> implements RecordBound {

    private final DataGateway gateway;
    private final String entity;
    private final FieldDef field;
    private final Locale locale;
    private final Upload upload = new Upload();
    private Span fileName;
    private Anchor download;
    private Button remove;
    private Long recordId;
    private Map<String, Object> file;

    public AttachmentInput(DataGateway gateway, String entity, FieldDef field, Locale locale) {
        this.gateway = gateway;
        this.entity = entity;
        this.field = field;
        this.locale = locale;
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> upload.getUI().ifPresent(ui -> ui.access(() ->
                accept(metadata.fileName(), metadata.contentType(), new ByteArrayInputStream(bytes))))));
        upload.setMaxFiles(1);
        Long max = FileLimits.of(field).maxBytes();
        if (max != null && max <= Integer.MAX_VALUE) {
            upload.setMaxFileSize(max.intValue());
        }
        if (!field.settings().accept().isEmpty()) {
            upload.setAcceptedFileTypes(field.settings().accept().toArray(String[]::new));
        }
        add(upload);
        show(null);
    }

    /**
     * The row that shows the file (its name, the download link, the remove button), made when there
     * is a file to show: a form without one keeps only the upload.
     */
    private void fileRow() {
        if (fileName != null) {
            return;
        }
        fileName = new Span();
        download = new Anchor();
        download.setText(FormTexts.get(locale, "form.attachment.download"));
        download.setVisible(false);
        remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> change(null));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(FormTexts.get(locale, "form.attachment.remove"));
        HorizontalLayout shown = new HorizontalLayout(fileName, download, remove);
        shown.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        getElement().insertChild(0, shown.getElement());
    }

    /**
     * Keeps an uploaded file and makes it the value; a file the field refuses leaves the value as
     * it was and shows why at the field.
     *
     * @return true when the file was kept
     */
    public boolean accept(String name, String mediaType, InputStream content) {
        try {
            Map<String, Object> stored = gateway.upload(entity, field.name(), name, mediaType, content, locale);
            setInvalid(false);
            change(new LinkedHashMap<>(stored));
            return true;
        } catch (ValidationException e) {
            setErrorMessage(e.messages().stream().map(FieldMessage::message).findFirst().orElse(e.getMessage()));
            setInvalid(true);
            return false;
        }
    }

    /** The file's name as shown, empty when there is none. */
    public String getFileName() {
        return fileName == null ? "" : fileName.getText();
    }

    /** The link to download the saved file; visible only once the record with the file is saved. */
    public Anchor getDownloadLink() {
        fileRow();
        return download;
    }

    public Upload getUpload() {
        return upload;
    }

    @Override
    public void bindRecord(Long id) {
        this.recordId = id;
        show(getValue());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        upload.setVisible(!readOnly);
        if (remove != null) {
            remove.setVisible(!readOnly && getValue() != null);
        }
    }

    @Override
    protected Map<String, Object> generateModelValue() {
        return file;
    }

    @Override
    protected void setPresentationValue(Map<String, Object> value) {
        file = value;
        show(value);
    }

    private void change(Map<String, Object> value) {
        file = value;
        show(value);
        updateValue();
    }

    private void show(Map<String, Object> value) {
        if (value == null && fileName == null) {
            return;
        }
        fileRow();
        fileName.setText(value == null ? "" : value.get("name") + " (" + size(value.get("size")) + ")");
        remove.setVisible(value != null && !isReadOnly());
        Object ref = value == null ? null : value.get("ref");
        boolean saved = recordId != null && ref != null;
        download.setVisible(saved);
        if (saved) {
            String name = String.valueOf(value.get("name"));
            String type = String.valueOf(value.get("mediaType"));
            long id = recordId;
            download.setHref(DownloadHandler.fromInputStream(event -> {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                if (!gateway.download(entity, id, field.name(), ref.toString(), out)) {
                    return com.vaadin.flow.server.streams.DownloadResponse.error(404);
                }
                return new com.vaadin.flow.server.streams.DownloadResponse(
                        new ByteArrayInputStream(out.toByteArray()), name, type, out.size());
            }));
            download.setDownload(true);
        }
    }

    private String size(Object bytes) {
        long size = bytes instanceof Number n ? n.longValue() : 0;
        return size < 1024 ? FormTexts.get(locale, "form.attachment.bytes", size)
                : size < 1024 * 1024 ? FormTexts.get(locale, "form.attachment.kilobytes", Math.round(size / 1024.0))
                : FormTexts.get(locale, "form.attachment.megabytes", Math.round(size / (1024.0 * 1024)));
    }
}
