package org.daftar.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.daftar.testsupport.ShopFixture;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;
import org.junit.jupiter.api.Test;

/** An open form keeps the definitions it was opened with; the next form uses the published ones. */
class FormSupportPinningTest {

    private final FormTestContext context = FormTestContext.get();
    private final RuntimeFactory factory = new RuntimeFactory(context.db.dataSource(), context.fieldTypes);

    @Test
    void aPinnedSupportKeepsItsFormsAfterAPublish() {
        RuntimeHolder holder = RuntimeHolder.of(factory.build(context.definitions));
        FormSupport live = new FormSupport(holder, context.gateway, Plugins.none());
        FormSupport opened = live.pinned();

        holder.swap(new RuntimeFactory(context.db.dataSource(), new FieldTypes(List.of())).build(ShopFixture.definitions()));

        assertThat(opened.model("desk", "specimen")).isPresent();
        assertThat(live.model("desk", "specimen")).isEmpty();
        assertThat(live.model("shop", "sales_order")).isPresent();
    }

    @Test
    void theSupportOfOneSnapshotIsMadeOnce() {
        RuntimeHolder holder = RuntimeHolder.of(factory.build(context.definitions));
        FormSupport live = new FormSupport(holder, context.gateway, Plugins.none());

        assertThat(live.pinned()).isSameAs(live.pinned());
        assertThat(live.pinned().registry()).isSameAs(live.registry());
    }
}
