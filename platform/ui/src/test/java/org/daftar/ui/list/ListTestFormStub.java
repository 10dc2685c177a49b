package org.daftar.ui.list;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.daftar.ui.shell.MainLayout;

/** Stands in for the form view in list tests: shows which form and record a list opened. */
@Route(value = "apps/:app/forms/:form/:id?", layout = MainLayout.class)
public class ListTestFormStub extends Div implements BeforeEnterObserver {

    private String opened;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        opened = event.getRouteParameters().get("app").orElse("") + "/" + event.getRouteParameters().get("form").orElse("")
                + "/" + event.getRouteParameters().get("id").orElse("new");
        setText(opened);
    }

    /** {@code app/form/id}, or {@code app/form/new}. */
    public String opened() {
        return opened;
    }
}
