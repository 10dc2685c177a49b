package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FieldTypesTest.openNew;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.TextField;
import org.daftar.model.entity.EntityDef;
import org.daftar.ui.form.render.ReferenceBox;
import org.daftar.ui.form.render.ReferenceLookup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reference is picked by searching the referenced records, or created on the spot. */
class ReferenceFieldTest {

    private final FormTestContext context = FormTestContext.get();

    @BeforeEach
    void start() {
        context.startVaadin();
    }

    @AfterEach
    void stop() {
        MockVaadin.tearDown();
    }

    @Test
    void typedTextFindsTheRecordsWhoseDisplayNameContainsIt() {
        long zahra = context.partner("Z-1", "Zahra Foods");
        context.partner("B-1", "Baraka Market");
        EntityDef partner = context.definitions.entity("desk", "partner").orElseThrow();
        ReferenceLookup lookup = new ReferenceLookup(context.gateway, partner,
                context.catalog.displayTemplate("desk.partner").orElseThrow());

        assertThat(lookup.page("foods", 0, 50)).containsExactly(new ReferenceLookup.Item(zahra, "Zahra Foods (Z-1)"));
        assertThat(lookup.page("", 0, 50)).extracting(ReferenceLookup.Item::label).contains("Zahra Foods (Z-1)", "Baraka Market (B-1)");
        assertThat(lookup.page("", 0, 1)).hasSize(1);
    }

    @Test
    void theComboBoxLoadsItsItemsLazilyFromTheSearch() {
        long dune = context.partner("D-2", "Dune Palms");
        ReferenceBox partner = (ReferenceBox) field(openNew(), "partner");

        @SuppressWarnings("unchecked")
        var items = (com.vaadin.flow.data.provider.DataProvider<Long, String>) partner.getComboBox().getDataProvider();
        var found = items.fetch(new com.vaadin.flow.data.provider.Query<Long, String>(0, 50, null, null, "dune"))
                .toList();

        assertThat(found).containsExactly(dune);
    }

    @Test
    void aReferenceShowsTheDisplayNameOfTheRecordItPointsTo() {
        long noor = context.partner("N-7", "Al Noor");
        ReferenceBox partner = (ReferenceBox) field(openNew(), "partner");

        partner.setValue(noor);

        assertThat(partner.getText()).isEqualTo("Al Noor (N-7)");
        assertThat(partner.getComboBox().getItemLabelGenerator().apply(noor)).isEqualTo("Al Noor (N-7)");
    }

    @Test
    void createNewOpensTheReferencedEntitysFormAndPointsAtTheNewRecord() {
        ReferenceBox partner = (ReferenceBox) field(openNew(), "partner");

        partner.getCreateNewButton().orElseThrow().click();
        CreateRecordDialog dialog = _get(CreateRecordDialog.class);
        RecordEditor form = dialog.getEditor();
        ((TextField) field(form, "code")).setValue("NEW-1");
        ((TextField) field(form, "name")).setValue("Made on the spot");
        dialog.getSaveButton().click();

        assertThat(partner.getValue()).isNotNull();
        assertThat(partner.getText()).isEqualTo("Made on the spot (NEW-1)");
        assertThat(context.gateway.read("desk.partner", partner.getValue()).orElseThrow()).containsEntry("code", "NEW-1");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void createNewShowsTheMessagesOfARefusedRecordInItsForm() {
        ReferenceBox partner = (ReferenceBox) field(openNew(), "partner");
        partner.getCreateNewButton().orElseThrow().click();
        CreateRecordDialog dialog = _get(CreateRecordDialog.class);

        dialog.getSaveButton().click();

        assertThat(((TextField) field(dialog.getEditor(), "code")).getErrorMessage()).isEqualTo("Code is required.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(partner.getValue()).isNull();
    }
}
