package org.daftar.designer.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.testsupport.ShopFixture;
import org.junit.jupiter.api.Test;

class DefinitionsZipTest {

    static final List<DefinitionSource> SHOP = ShopFixture.sources();
    static final List<DefinitionSource> NOTES = List.of(
            new DefinitionSource("notes/app.yaml", "kind: app\nid: notes\nlabel: Notes\nentities: [note]\n"),
            new DefinitionSource("notes/entities/note.yaml", "kind: entity\nid: note\nfields:\n  - {id: body, type: long-text}\n"));

    @Test
    void anExportedAppImportsAsEqualDefinitions() {
        List<DefinitionSource> published = all();

        byte[] zip = DefinitionsZip.export(published, "shop");
        List<DefinitionSource> imported = DefinitionsZip.read(new ByteArrayInputStream(zip));
        List<DefinitionSource> merged = AppFiles.merge(published, imported);

        assertThat(imported).allSatisfy(file -> assertThat(file.location()).startsWith("shop/"));
        assertThat(imported).hasSize(SHOP.size());
        assertThat(merged).isEqualTo(published);
        assertThat(load(merged).definitions()).isEqualTo(load(published).definitions());
    }

    @Test
    void everyAppExportsInTheLayoutOfTheDefinitionsFolder() {
        List<DefinitionSource> imported = DefinitionsZip.read(new ByteArrayInputStream(DefinitionsZip.export(all(), null)));

        assertThat(imported).isEqualTo(all());
        assertThat(imported).extracting(DefinitionSource::location).contains("notes/app.yaml", "shop/entities/customer.yaml");
    }

    @Test
    void badEntriesAreNamedAndNothingIsRead() throws IOException {
        byte[] zip = zip("shop/app.yaml", "kind: app", "../etc/passwd.yaml", "x", "/abs/app.yaml", "x",
                "shop/readme.txt", "x", "app.yaml", "x", "shop/entities/big.yaml", "a".repeat(DefinitionsZip.MAX_FILE_KB * 1024 + 1));

        BadZipException bad = catchThrowableOfType(BadZipException.class, () -> DefinitionsZip.read(new ByteArrayInputStream(zip)));

        assertThat(bad.problems()).extracting(ZipProblem::kind, ZipProblem::entry).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ZipProblem.Kind.OUTSIDE, "../etc/passwd.yaml"),
                org.assertj.core.groups.Tuple.tuple(ZipProblem.Kind.OUTSIDE, "/abs/app.yaml"),
                org.assertj.core.groups.Tuple.tuple(ZipProblem.Kind.NOT_DEFINITION, "shop/readme.txt"),
                org.assertj.core.groups.Tuple.tuple(ZipProblem.Kind.NO_APP, "app.yaml"),
                org.assertj.core.groups.Tuple.tuple(ZipProblem.Kind.TOO_LARGE, "shop/entities/big.yaml"));
        assertThat(bad.text(Locale.ENGLISH)).contains("../etc/passwd.yaml: the name leaves the zip's folder",
                "shop/readme.txt: only .yaml, .yml and .json definition files can be imported.",
                "shop/entities/big.yaml: the file is larger than 512 KB.");
        assertThat(bad.text(Locale.of("ar"))).contains("shop/readme.txt: لا تُستورد إلا ملفات التعريف");
    }

    @Test
    void somethingElseThanAZipIsSaidToBeOne() {
        BadZipException bad = catchThrowableOfType(BadZipException.class,
                () -> DefinitionsZip.read(new ByteArrayInputStream("kind: app".getBytes(StandardCharsets.UTF_8))));

        assertThat(bad.problems()).extracting(ZipProblem::kind).containsExactly(ZipProblem.Kind.NOT_ZIP);
        assertThat(bad.getMessage()).isEqualTo("The file is not a zip archive.");
    }

    @Test
    void importingAnAppReplacesOnlyThatAppsFiles() {
        List<DefinitionSource> newNotes = List.of(new DefinitionSource("notes/app.yaml",
                "kind: app\nid: notes\nlabel: Notes\nentities: []\n"));

        List<DefinitionSource> merged = AppFiles.merge(all(), newNotes);

        assertThat(merged).extracting(DefinitionSource::location).doesNotContain("notes/entities/note.yaml")
                .contains("notes/app.yaml", "shop/app.yaml");
        assertThat(AppFiles.of(merged, "shop")).isEqualTo(SHOP.stream()
                .sorted(java.util.Comparator.comparing(DefinitionSource::location)).toList());
    }

    private static List<DefinitionSource> all() {
        List<DefinitionSource> all = new ArrayList<>(SHOP);
        all.addAll(NOTES);
        all.sort(java.util.Comparator.comparing(DefinitionSource::location));
        return List.copyOf(all);
    }

    private static LoadResult load(List<DefinitionSource> files) {
        LoadResult result = new DefinitionLoader(List.of()).load(files);
        assertThat(result.problems()).isEmpty();
        return result;
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
