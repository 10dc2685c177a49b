package org.daftar.designer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daftar.model.load.DefinitionSource;
import org.junit.jupiter.api.Test;

class DefinitionsChecksumTest {

    private static final DefinitionSource APP = new DefinitionSource("definitions/shop/app.yaml", "kind: app\nid: shop\n");
    private static final DefinitionSource ENTITY =
            new DefinitionSource("definitions/shop/entities/product.yaml", "kind: entity\nid: product\n");

    @Test
    void isSha256InHex() {
        assertThat(DefinitionsChecksum.of(List.of(APP, ENTITY))).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameFilesFromTheJarOrInAnotherOrderGiveTheSameChecksum() {
        var fromJar = List.of(
                new DefinitionSource("shop/entities/product.yaml", ENTITY.text()),
                new DefinitionSource("shop/app.yaml", APP.text()));

        assertThat(DefinitionsChecksum.of(fromJar)).isEqualTo(DefinitionsChecksum.of(List.of(APP, ENTITY)));
    }

    @Test
    void aChangedFileChangesTheChecksum() {
        var changed = new DefinitionSource(APP.location(), APP.text() + "icon: vaadin:cart\n");

        assertThat(DefinitionsChecksum.of(List.of(changed, ENTITY))).isNotEqualTo(DefinitionsChecksum.of(List.of(APP, ENTITY)));
    }

    @Test
    void movingTextBetweenFilesChangesTheChecksum() {
        var joined = new DefinitionSource("a.yaml", "ab");
        var split = List.of(new DefinitionSource("a.yaml", "a"), new DefinitionSource("b.yaml", "b"));

        assertThat(DefinitionsChecksum.of(List.of(joined))).isNotEqualTo(DefinitionsChecksum.of(split));
    }
}
