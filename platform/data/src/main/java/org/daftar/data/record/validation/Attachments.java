package org.daftar.data.record.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.value.Column;

/**
 * An attachment's files against its field's {@code maxSize} ({@code 5MB}, {@code 500KB}) and
 * {@code accept} ({@code [.pdf, image/*]}: a file name ending, a media type, or a media type
 * family).
 */
final class Attachments {

    private static final Pattern SIZE = Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB)?\\s*$");

    private Attachments() {}

    static void check(Column column, Object value, String linesField, Integer line, Problems problems) {
        List<?> files = value instanceof List<?> list ? list : List.of(value);
        Long maxBytes = bytes(column.field().settings().maxSize());
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
            if (!accept.isEmpty() && !accepted(name, file.get("mediaType"), accept)) {
                problems.add(column.field(), linesField, line, Message.FILE_NOT_ACCEPTED, "name", name, "accept",
                        String.join(", ", accept));
                return;
            }
        }
    }

    private static boolean accepted(String name, Object mediaType, List<String> accept) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        String type = mediaType == null ? "" : mediaType.toString().toLowerCase(Locale.ROOT);
        for (String rule : accept) {
            String r = rule.toLowerCase(Locale.ROOT);
            if (r.startsWith(".") && lowerName.endsWith(r)
                    || r.endsWith("/*") && type.startsWith(r.substring(0, r.length() - 1))
                    || r.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** The number of bytes of a size such as {@code 10MB}, or {@code null} when none is given. */
    static Long bytes(String size) {
        if (size == null) {
            return null;
        }
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            return null;
        }
        long unit = switch (m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)).longValue();
    }
}
