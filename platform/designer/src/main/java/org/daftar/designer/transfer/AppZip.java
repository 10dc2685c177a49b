package org.daftar.designer.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.daftar.model.load.DefinitionFiles;
import org.daftar.model.load.DefinitionSource;

/**
 * Writes definition files as a zip (one entry per file, named by its location, {@code APP/...}) and
 * reads such a zip back. Reading accepts only definition files ({@code .yaml}, {@code .yml},
 * {@code .json}) at plain relative paths inside an app's folder, and at most {@value #MAX_FILES}
 * files and {@value #MAX_BYTES} bytes in all, so an upload cannot write elsewhere or fill memory.
 *
 * <pre>{@code
 * byte[] zip = AppZip.write(files);
 * List<DefinitionSource> back = AppZip.read(zip);   // the same files, in location order
 * }</pre>
 */
public final class AppZip {

    public static final int MAX_FILES = 2_000;
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private AppZip() {}

    public static byte[] write(List<DefinitionSource> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (DefinitionSource file : files) {
                zip.putNextEntry(new ZipEntry(file.location()));
                zip.write(file.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The definition files of a zip, in location order; folders and other files are skipped.
     *
     * @throws IllegalArgumentException when the zip cannot be read, an entry is outside an app's
     *     folder, or it is too large
     */
    public static List<DefinitionSource> read(byte[] content) {
        List<DefinitionSource> files = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !DefinitionFiles.isDefinitionFile(name.substring(name.lastIndexOf('/') + 1))) {
                    continue;
                }
                if (!name.matches("[a-z][a-z0-9_]{0,49}/([A-Za-z0-9_.-]+/)*[A-Za-z0-9_.-]+") || name.contains("..")) {
                    throw new IllegalArgumentException("'" + name + "' is not a file inside an app's folder (APP/...)");
                }
                byte[] text = readAtMost(zip, MAX_BYTES - total);
                total += text.length;
                files.add(new DefinitionSource(name, new String(text, StandardCharsets.UTF_8)));
                if (files.size() > MAX_FILES) {
                    throw new IllegalArgumentException("The zip has more than " + MAX_FILES + " files");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not a zip that can be read: " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(DefinitionSource::location));
        return files;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) > 0) {
            out.write(buffer, 0, read);
            if (out.size() > limit) {
                throw new IllegalArgumentException("The zip holds more than " + MAX_BYTES + " bytes of files");
            }
        }
        return out.toByteArray();
    }
}
