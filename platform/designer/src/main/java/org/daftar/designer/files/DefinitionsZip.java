package org.daftar.designer.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.daftar.model.load.DefinitionFiles;
import org.daftar.model.load.DefinitionSource;

/**
 * Definition files as a zip, in the layout of {@code definitions/}: one entry per file, named by
 * its location ({@code shop/app.yaml}, {@code shop/entities/customer.yaml}, ...), so a zip
 * unpacked into {@code definitions/} is a folder the server can start with.
 *
 * <pre>{@code
 * byte[] zip = DefinitionsZip.export(workspace.published(), "shop");
 * List<DefinitionSource> files = DefinitionsZip.read(new ByteArrayInputStream(zip));   // or BadZipException
 * }</pre>
 *
 * Reading accepts only {@code APP/...} names ending in {@code .yaml}, {@code .yml} or {@code .json},
 * of at most {@value #MAX_FILE_KB} KB each, {@value #MAX_FILES} files and {@value #MAX_TOTAL_MB} MB
 * in all, in UTF-8; any other entry stops the import with every problem named.
 */
public final class DefinitionsZip {

    /** The largest file accepted, in KB. */
    public static final int MAX_FILE_KB = 512;
    /** The most files accepted. */
    public static final int MAX_FILES = 2_000;
    /** The largest sum of files accepted, in MB. */
    public static final int MAX_TOTAL_MB = 32;

    private DefinitionsZip() {}

    /** The files of the app {@code app} (every app when null), as a zip. */
    public static byte[] export(List<DefinitionSource> files, String app) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(files, app, out);
        return out.toByteArray();
    }

    /** Writes the files of the app {@code app} (every app when null) as a zip to {@code out}. */
    public static void export(List<DefinitionSource> files, String app, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (DefinitionSource file : sorted(AppFiles.of(files, app))) {
                zip.putNextEntry(new ZipEntry(file.location()));
                zip.write(file.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the zip: " + e.getMessage(), e);
        }
    }

    /**
     * The definition files of a zip, in location order.
     *
     * @throws BadZipException naming every entry that cannot be a definition file (nothing is read then)
     */
    public static List<DefinitionSource> read(InputStream in) {
        List<DefinitionSource> files = new ArrayList<>();
        List<ZipProblem> problems = new ArrayList<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                if (++count > MAX_FILES) {
                    throw new BadZipException(List.of(new ZipProblem(ZipProblem.Kind.TOO_MANY, "", MAX_FILES)));
                }
                ZipProblem.Kind wrong = wrongName(entry.getName());
                if (wrong != null) {
                    problems.add(new ZipProblem(wrong, entry.getName(), 0));
                    continue;
                }
                byte[] bytes = zip.readNBytes(MAX_FILE_KB * 1024 + 1);
                if (bytes.length > MAX_FILE_KB * 1024) {
                    problems.add(new ZipProblem(ZipProblem.Kind.TOO_LARGE, name, MAX_FILE_KB));
                    continue;
                }
                total += bytes.length;
                if (total > MAX_TOTAL_MB * 1024L * 1024L) {
                    throw new BadZipException(List.of(new ZipProblem(ZipProblem.Kind.TOTAL_TOO_LARGE, "", MAX_TOTAL_MB)));
                }
                String text = utf8(bytes);
                if (text == null) {
                    problems.add(new ZipProblem(ZipProblem.Kind.NOT_UTF8, name, 0));
                    continue;
                }
                files.add(new DefinitionSource(name, text));
            }
            if (!any) {
                throw new BadZipException(List.of(new ZipProblem(ZipProblem.Kind.NOT_ZIP, "", 0)));
            }
        } catch (ZipException e) {
            throw new BadZipException(List.of(new ZipProblem(ZipProblem.Kind.NOT_ZIP, "", 0)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the zip: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new BadZipException(problems);
        }
        if (files.isEmpty()) {
            throw new BadZipException(List.of(new ZipProblem(ZipProblem.Kind.EMPTY, "", 0)));
        }
        return sorted(files);
    }

    /** What macOS adds to the zips it makes: not definitions, and harmless. */
    private static boolean ignored(String name) {
        return name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store") || name.equals(".DS_Store");
    }

    /** Why {@code name} cannot be a definition file's location, or null when it can. */
    static ZipProblem.Kind wrongName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
                || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return ZipProblem.Kind.OUTSIDE;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                return ZipProblem.Kind.OUTSIDE;
            }
        }
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (!DefinitionFiles.isDefinitionFile(fileName) || fileName.toLowerCase(Locale.ROOT).startsWith(".")) {
            return ZipProblem.Kind.NOT_DEFINITION;
        }
        if (!name.contains("/")) {
            return ZipProblem.Kind.NO_APP;
        }
        return null;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static List<DefinitionSource> sorted(List<DefinitionSource> files) {
        return files.stream().sorted(Comparator.comparing(DefinitionSource::location)).toList();
    }
}
