package org.daftar.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Opens every new UI in the language its session remembers, with that language's writing
 * direction, so a page opened after switching to Arabic is Arabic and right-to-left from the
 * start.
 */
@Component
public class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinSession session = ui.getSession();
            if (session != null && session.getLocale() != null) {
                ui.setLocale(session.getLocale());
            }
            UiLanguage.applyDirection(ui);
        });
    }
}
