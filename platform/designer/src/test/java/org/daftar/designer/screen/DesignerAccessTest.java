package org.daftar.designer.screen;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.SignedIn;
import org.daftar.designer.session.DesignerAccessDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DesignerAccessTest {

    private DesignerTestContext context;

    @BeforeEach
    void start() {
        context = DesignerTestContext.start();
    }

    @AfterEach
    void stop() {
        DesignerTestContext.stop();
    }

    @Test
    void anAdminOpensTheDesignerAndSeesTheApps() {
        UI.getCurrent().navigate("designer");

        assertThat(org.daftar.designer.Screens.firstColumn(_get(DesignerView.class).apps())).containsExactly("desk");
    }

    @Test
    void staffAreRefusedTheDesignerPagesAsIfTheyDidNotExist() {
        SignedIn.as(SignedIn.STAFF, "staff");

        assertThatThrownBy(() -> UI.getCurrent().navigate("designer")).hasMessageContaining("There is no page designer");
        _assertNone(DesignerView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("designer/desk")).hasMessageContaining("There is no page designer/desk");
        _assertNone(AppDesignerView.class);
    }

    @Test
    void everyActionIsRefusedOnTheServerWhenTheUserIsNoLongerAnAdmin() {
        UI.getCurrent().navigate("designer/desk");
        AppDesignerView view = _get(AppDesignerView.class);
        SignedIn.as(SignedIn.STAFF, "staff");

        assertThatThrownBy(() -> view.open("desk/app.yaml")).isInstanceOf(DesignerAccessDeniedException.class)
                .hasMessageContaining("sami");
        assertThatThrownBy(view::publish).isInstanceOf(DesignerAccessDeniedException.class);
        assertThatThrownBy(view::versions).isInstanceOf(DesignerAccessDeniedException.class);
        assertThatThrownBy(() -> context.session.write("desk", "desk/app.yaml", "kind: app"))
                .isInstanceOf(DesignerAccessDeniedException.class);
        assertThatThrownBy(() -> context.session.publishedFiles("desk")).isInstanceOf(DesignerAccessDeniedException.class);
        assertThatThrownBy(() -> context.session.rollback(1)).isInstanceOf(DesignerAccessDeniedException.class);
        assertThat(context.drafts.files("desk")).isEmpty();
    }

    @Test
    void aDraftCannotWriteOutsideItsAppsFolder() {
        assertThatThrownBy(() -> context.session.write("desk", "other/app.yaml", "kind: app"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> context.session.write("desk", "desk/../other/app.yaml", "kind: app"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
