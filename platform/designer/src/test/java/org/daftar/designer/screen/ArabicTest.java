package org.daftar.designer.screen;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.designer.Screens.byId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.Screens;
import org.daftar.designer.editor.EntityEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArabicTest {

    @BeforeEach
    void start() {
        DesignerTestContext.start();
        UI.getCurrent().setLocale(Locale.of("ar"));
    }

    @AfterEach
    void stop() {
        DesignerTestContext.stop();
    }

    @Test
    void inArabicTheDesignerIsRightToLeftWithArabicTexts() {
        UI.getCurrent().navigate("designer");
        DesignerView designer = _get(DesignerView.class);
        assertThat(designer.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(byId(Button.class, "new-app").getText()).isEqualTo("تطبيق جديد");
        assertThat(Screens.firstColumn(designer.apps())).containsExactly("desk");

        Screens.openFile("desk", "desk/entities/ticket.yaml");
        assertThat(_get(AppDesignerView.class).getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(byId(TextField.class, "entity-label-ar").getValue()).isEqualTo("تذكرة");
        assertThat(byId(Button.class, "add-field").getText()).isEqualTo("إضافة حقل");
        _get(EntityEditor.class).fields().select(0);
        assertThat(byId(Button.class, "fields-down").getAriaLabel()).contains("نقل لأسفل");
        byId(TextField.class, "entity-label-ar").setValue("طلب دعم");
        assertThat(byId(Span.class, "draft-status").getText()).startsWith("تغييرات غير منشورة في ملف واحد");
    }
}
