package org.daftar.app.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The one-time page that creates the first admin, opened with the link printed on the console
 * ({@code /setup?token=...}). Without the right token, or once an admin exists, it only says that
 * the link is not valid.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Daftar")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    private final FirstAdminSetup setup;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Paragraph message = new Paragraph();
    private String token;

    public SetupView(FirstAdminSetup setup) {
        this.setup = setup;
        setMaxWidth("32rem");
        message.setId("setup-message");
        username.setId("setup-username");
        displayName.setId("setup-name");
        email.setId("setup-email");
        password.setId("setup-password");
        confirm.setId("setup-confirm");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        token = given.isEmpty() ? null : given.getFirst();
        removeAll();
        if (!setup.accepts(token)) {
            message.setText(getTranslation("security.setup.closed"));
            add(new H2(getTranslation("security.setup.title")), message);
            return;
        }
        username.setLabel(getTranslation("security.setup.username"));
        displayName.setLabel(getTranslation("security.setup.name"));
        email.setLabel(getTranslation("security.setup.email"));
        password.setLabel(getTranslation("security.setup.password"));
        confirm.setLabel(getTranslation("security.setup.confirm"));
        username.setRequired(true);
        password.setRequired(true);
        Button create = new Button(getTranslation("security.setup.create"), click -> create());
        create.setId("create-admin");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("security.setup.title")), new FormLayout(username, displayName, email, password, confirm),
                create, message);
    }

    private void create() {
        if (!password.getValue().equals(confirm.getValue())) {
            message.setText(getTranslation("security.setup.mismatch"));
            return;
        }
        try {
            setup.createAdmin(token, username.getValue().strip(), displayName.getValue(), email.getValue(),
                    password.getValue(), RemoteAddress.current());
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.setText(e.getMessage());
            return;
        }
        removeAll();
        message.setText(getTranslation("security.setup.done", username.getValue().strip()));
        add(new H2(getTranslation("security.setup.title")), message);
        getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
    }
}
