package org.daftar.designer.publish;

import java.time.Instant;

/**
 * One published version of the definitions: its number (1, 2, ...), who published it, when, why,
 * where it came from ({@code designer}, {@code files}, {@code import}, {@code rollback}) and the
 * checksum of its files.
 */
public record Release(long number, String publishedBy, Instant publishedAt, String comment, String origin,
        String checksum) {
}
