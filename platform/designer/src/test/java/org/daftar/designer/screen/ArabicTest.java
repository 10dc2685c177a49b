package org.daftar.designer.screen;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.designer.Screens.byId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.WriteContext;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.Screens;
import org.daftar.designer.SignedIn;
import org.daftar.designer.editor.EntityEditor;
import org.daftar.designer.publishdialog.PublishDialog;
import org.daftar.designer.yamlview.YamlView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArabicTest {

    private DesignerTestContext context;

    @BeforeEach
    void start() {
        context = DesignerTestContext.start();
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

    @Test
    void inArabicThePublishDialogSaysThePlanAndWhyAStepIsRefusedInArabic() {
        context.fixture.holder().current().records().create("desk.ticket",
                Map.of("subject", "The printer on the second floor jams"), WriteContext.of(SignedIn.ADMIN, Locale.of("ar")));
        FileEditorPanel panel = Screens.openFile("desk", "desk/entities/ticket.yaml");
        panel.showYaml();
        YamlView yaml = panel.yamlView().orElseThrow();
        yaml.textArea().setValue(yaml.textArea().getValue().replace("maxLength: 80", "maxLength: 20"));

        PublishDialog dialog = _get(AppDesignerView.class).publish();

        assertThat(byId(Paragraph.class, "plan-title").getText()).isEqualTo("خطوة مرفوضة، لذا لا يمكن النشر:");
        assertThat(dialog.plan().lines()).containsExactly(
                "تغيير نوع 'subject' في ticket من نص (حتى 80 حرفاً) إلى نص (حتى 20 حرفاً)",
                "مرفوض: النص الأقصر لا يتسع للقيم الأطول، ويحتوي صف واحد على قيمة أطول من 20 حرفاً.");
        assertThat(dialog.plan().canPublish()).isFalse();
        assertThat(dialog.publishButton().isEnabled()).isFalse();
    }
}
