package org.daftar.designer;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.daftar.plugin.Plugins;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.form.FormSupport;
import org.daftar.ui.i18n.Messages;
import org.daftar.ui.runtime.RuntimeHolder;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The ui module's real form screens ({@code apps/APP/forms/FORM}) for a staff user, reading the
 * holder the workspace swaps on publish: what staff see once an admin has published.
 */
public final class StaffScreens {

    private StaffScreens() {}

    /** Starts Vaadin (English) with the form screens for {@code user}. */
    public static void start(RuntimeHolder holder, String user) {
        DataGateway staff = new StaffGateway(holder, user);
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.registerBean(Messages.class);
        spring.registerBean(RuntimeHolder.class, () -> holder);
        spring.registerBean(DataGateway.class, () -> staff);
        spring.registerBean(FormSupport.class, () -> new FormSupport(holder, staff, Plugins.none()));
        spring.refresh();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.daftar.ui.form"), spring, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
