package org.daftar.designer;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.daftar.data.record.RecordService;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.daftar.query.QueryEngine;
import org.daftar.query.schema.Catalog;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.form.FormSupport;
import org.daftar.ui.i18n.Messages;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The ui module's real form screens ({@code apps/APP/forms/FORM}) for a staff user, on the
 * definitions published now and their tables: what staff see once an admin has published.
 */
public final class StaffScreens {

    private StaffScreens() {}

    /** Starts Vaadin (English) with the form screens for {@code user}; returns the record service they save with. */
    public static RecordService start(Definitions published, DataSource dataSource, String user) {
        FieldTypes types = new FieldTypes(List.of());
        RecordService records = RecordService.builder(dataSource, published).fieldTypes(types).build();
        Catalog catalog = new Catalog(published, types);
        DataGateway staff = new StaffGateway(records, new QueryEngine(dataSource, catalog), catalog, user);
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.registerBean(Messages.class);
        spring.registerBean(Definitions.class, () -> published);
        spring.registerBean(DataGateway.class, () -> staff);
        spring.registerBean(FormSupport.class, () -> new FormSupport(published, staff, catalog, Plugins.none(), Clock.systemDefaultZone()));
        spring.refresh();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.daftar.ui.form"), spring, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        return records;
    }
}
