package org.daftar.designer.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.daftar.model.load.DefinitionSource;

/**
 * The SHA-256 of a set of definitions: of the files' texts, sorted. File names are left out, so
 * the same definitions read from {@code ./definitions} or from the jar give the same checksum.
 */
public final class DefinitionsChecksum {

    private DefinitionsChecksum() {
    }

    /** 64 lower-case hex digits. */
    public static String of(List<DefinitionSource> sources) {
        MessageDigest digest = sha256();
        sources.stream().map(DefinitionSource::text).sorted().forEach(text -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
