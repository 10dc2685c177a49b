package org.daftar.data.record.validation;

import java.util.List;
import java.util.Map;
import org.daftar.data.attachment.FileLimits;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.value.Column;

/**
 * An attachment's files against its field's {@code maxSize} ({@code 5MB}, {@code 500KB}) and
 * {@code accept} ({@code [.pdf, image/*]}: a file name ending, a media type, or a media type
 * family) — the same {@link FileLimits} an upload is checked against.
 */
final class Attachments {

    private Attachments() {}

    static void check(Column column, Object value, String linesField, Integer line, Problems problems) {
        List<?> files = value instanceof List<?> list ? list : List.of(value);
        FileLimits limits = FileLimits.of(column.field());
        Long maxBytes = limits.maxBytes();
        List<String> accept = column.field().settings().accept();
        for (Object item : files) {
            if (!(item instanceof Map<?, ?> file)) {
                continue;
            }
            String name = String.valueOf(file.get("name"));
            if (maxBytes != null && file.get("size") instanceof Number size && size.longValue() > maxBytes) {
                problems.add(column.field(), linesField, line, Message.FILE_TOO_LARGE, "name", name, "max",
                        column.field().settings().maxSize());
                return;
            }
            Object mediaType = file.get("mediaType");
            if (!limits.accepts(name, mediaType == null ? null : mediaType.toString())) {
                problems.add(column.field(), linesField, line, Message.FILE_NOT_ACCEPTED, "name", name, "accept",
                        String.join(", ", accept));
                return;
            }
        }
    }
}
