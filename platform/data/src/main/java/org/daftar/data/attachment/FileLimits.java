package org.daftar.data.attachment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.validation.Problems;
import org.daftar.model.entity.FieldDef;

/**
 * The limits an attachment field sets on its files: the largest size ({@code maxSize: 5MB}) and
 * the accepted types ({@code accept: [.pdf, image/*]}: a file name ending, a media type, or a
 * media type family). A broken limit is a message at the field, in the uploader's language.
 *
 * <pre>{@code
 * FileLimits limits = FileLimits.of(photoField);
 * limits.check("scan.pdf", "application/pdf", 12_000, Locale.ENGLISH);
 * // ValidationException: "Photo: the file 'scan.pdf' is not of an accepted type (image/*)."
 * }</pre>
 */
public final class FileLimits {

    private static final Pattern SIZE = Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB)?\\s*$");

    private final FieldDef field;
    private final Long maxBytes;
    private final List<String> accept;

    private FileLimits(FieldDef field) {
        this.field = field;
        this.maxBytes = bytes(field.settings().maxSize());
        this.accept = field.settings().accept();
    }

    public static FileLimits of(FieldDef field) {
        return new FileLimits(field);
    }

    /** The largest file in bytes, or {@code null} when the field sets none. */
    public Long maxBytes() {
        return maxBytes;
    }

    /**
     * Refuses a file that breaks a limit.
     *
     * @throws org.daftar.data.record.validation.ValidationException naming the file and the limit
     */
    public void check(String fileName, String mediaType, long size, Locale locale) {
        Problems problems = new Problems(locale);
        if (maxBytes != null && size > maxBytes) {
            problems.add(field, null, null, Message.FILE_TOO_LARGE, "name", fileName, "max", field.settings().maxSize());
        } else if (!accepts(fileName, mediaType)) {
            problems.add(field, null, null, Message.FILE_NOT_ACCEPTED, "name", fileName, "accept", String.join(", ", accept));
        }
        problems.throwIfAny();
    }

    /** True when the field accepts a file of this name and media type (any, when it lists none). */
    public boolean accepts(String fileName, String mediaType) {
        if (accept.isEmpty()) {
            return true;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return accept.stream().map(rule -> rule.toLowerCase(Locale.ROOT)).anyMatch(rule ->
                rule.startsWith(".") && name.endsWith(rule)
                        || rule.endsWith("/*") && type.startsWith(rule.substring(0, rule.length() - 1))
                        || rule.equals(type));
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
