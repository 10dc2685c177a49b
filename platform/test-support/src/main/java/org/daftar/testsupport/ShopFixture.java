package org.daftar.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.daftar.model.Definitions;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;

/**
 * The "shop" app of the tests: customers, products, orders with lines (auto-number, computed
 * totals, a cross-field check, a choice, a multiple choice, a reference, a user field, an
 * attachment), a form with rules, lists, reports, a role with a row rule, and sample data.
 * Its files are listed in {@code fixtures/shop.files}, so it reads the same from a folder or a jar.
 */
public final class ShopFixture {

    private ShopFixture() {}

    /** The shop's definition files, named {@code shop/...}. */
    public static List<DefinitionSource> sources() {
        return read("fixtures/shop.files").lines()
                .filter(line -> !line.isBlank())
                .map(file -> new DefinitionSource("shop/" + file, read("fixtures/shop/" + file)))
                .toList();
    }

    /** The shop definitions, loaded and checked (fails when they have problems). */
    public static Definitions definitions() {
        LoadResult result = new DefinitionLoader(List.of()).load(sources());
        if (!result.ok()) {
            throw new IllegalStateException("The shop fixture has problems: " + result.problems());
        }
        return result.definitions();
    }

    private static String read(String resource) {
        try (InputStream in = ShopFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
