package org.daftar.app.security.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.app.UserAttribute;
import org.daftar.security.policy.Role;
import org.daftar.security.user.User;
import org.daftar.security.user.UserDraft;

/**
 * The fields of one user: name, e-mail, password (empty keeps the current one), enabled, roles,
 * and one field per user attribute of each app (a reference as the record's id).
 */
final class UserEditor extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Checkbox enabled = new Checkbox();
    final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>();
    private final Map<String, TextField> attributes = new LinkedHashMap<>();

    UserEditor(List<Role> available, Definitions definitions, Locale locale, BiFunction<String, Object[], String> text) {
        username.setLabel(text.apply("security.users.username", new Object[0]));
        displayName.setLabel(text.apply("security.users.name", new Object[0]));
        email.setLabel(text.apply("security.users.email", new Object[0]));
        password.setLabel(text.apply("security.users.password", new Object[0]));
        enabled.setLabel(text.apply("security.users.enabled", new Object[0]));
        roles.setLabel(text.apply("security.users.roles", new Object[0]));
        roles.setItems(available.stream().map(Role::name).toList());
        Map<String, String> labels = new LinkedHashMap<>();
        available.forEach(role -> labels.put(role.name(), role.label().in(locale)
                + (role.builtIn() ? "" : " (" + role.name() + ")")));
        roles.setItemLabelGenerator(name -> labels.getOrDefault(name, name));
        enabled.setValue(true);
        add(username, displayName, email, password, enabled, roles);
        for (App app : definitions.apps()) {
            for (UserAttribute attribute : app.def().userAttributes()) {
                TextField field = new TextField(text.apply("security.users.attribute",
                        new Object[] {app.label().in(locale), attribute.id()}));
                field.setId("attribute-" + app.id() + "-" + attribute.id());
                attributes.put(app.id() + "." + attribute.id(), field);
                add(field);
            }
        }
    }

    void show(User user) {
        username.setValue(user.username());
        displayName.setValue(user.displayName());
        email.setValue(user.email() == null ? "" : user.email());
        enabled.setValue(user.enabled());
        roles.setValue(user.roles());
        attributes.forEach((key, field) -> {
            int dot = key.indexOf('.');
            field.setValue(user.attributes().getOrDefault(key.substring(0, dot), Map.of())
                    .getOrDefault(key.substring(dot + 1), ""));
        });
    }

    UserDraft draft() {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        attributes.forEach((key, field) -> {
            if (!field.getValue().isBlank()) {
                int dot = key.indexOf('.');
                values.computeIfAbsent(key.substring(0, dot), app -> new LinkedHashMap<>())
                        .put(key.substring(dot + 1), field.getValue().strip());
            }
        });
        return new UserDraft(username.getValue().strip(), displayName.getValue(), email.getValue(),
                password.getValue().isEmpty() ? null : password.getValue(), enabled.getValue(), roles.getValue(), values);
    }
}
