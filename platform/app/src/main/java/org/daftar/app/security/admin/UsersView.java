package org.daftar.app.security.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Locale;
import org.daftar.app.security.CurrentUser;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.security.user.LoginAttempts;
import org.daftar.security.user.User;
import org.daftar.security.user.UserDraft;
import org.daftar.security.user.UserStore;
import org.daftar.ui.shell.LanguageSwitch;

/**
 * Users and roles, for admins: every user with roles and status; new user, and edit or unlock the
 * selected one. Each
 * change is recorded in the access audit as a permission change.
 */
@Route("admin/users")
@PageTitle("Daftar")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements LocaleChangeObserver {

    private final UserStore users;
    private final LoginAttempts attempts;
    private final AccessAudit audit;
    private final RuntimeHolder runtime;
    private final CurrentUser currentUser;
    private final Grid<User> grid = new Grid<>();
    private final H2 title = new H2();
    private final Paragraph message = new Paragraph();
    private final Button create = new Button();
    private final Button edit = new Button();
    private final Button unlock = new Button();

    public UsersView(UserStore users, LoginAttempts attempts, AccessAudit audit, RuntimeHolder runtime,
            CurrentUser currentUser) {
        this.users = users;
        this.attempts = attempts;
        this.audit = audit;
        this.runtime = runtime;
        this.currentUser = currentUser;
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> edit(null));
        edit.setId("edit-user");
        edit.addClickListener(click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::edit));
        unlock.setId("unlock-user");
        unlock.addClickListener(click -> grid.asSingleSelect().getOptionalValue().ifPresent(this::unlock));
        grid.asSingleSelect().addValueChangeListener(selected -> enableActions(selected.getValue()));
        enableActions(null);
        message.setId("users-message");
        grid.setId("users");
        add(new HorizontalLayout(title, new LanguageSwitch()), new HorizontalLayout(create, edit, unlock), grid, message);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("security.users.title"));
        create.setText(getTranslation("security.users.new"));
        edit.setText(getTranslation("security.users.edit"));
        unlock.setText(getTranslation("security.users.unlock"));
        grid.removeAllColumns();
        grid.addColumn(User::username).setHeader(getTranslation("security.users.username"));
        grid.addColumn(User::displayName).setHeader(getTranslation("security.users.name"));
        grid.addColumn(user -> String.join(", ", user.roles())).setHeader(getTranslation("security.users.roles"));
        grid.addColumn(this::status).setHeader(getTranslation("security.users.status"));
        refresh();
    }

    private String status(User user) {
        if (!user.enabled()) {
            return getTranslation("security.users.disabled");
        }
        return user.lockedAt(Instant.now()) ? getTranslation("security.users.locked", user.lockedUntil())
                : getTranslation("security.users.active");
    }

    private void enableActions(User selected) {
        edit.setEnabled(selected != null);
        unlock.setEnabled(selected != null && selected.lockedAt(Instant.now()));
    }

    private void edit(User user) {
        Locale locale = getLocale();
        UserEditor editor = new UserEditor(runtime.current().policy().roles(), runtime.current().definitions(), locale, this::getTranslation);
        if (user != null) {
            editor.show(user);
            editor.password.setHelperText(getTranslation("security.users.password.keep"));
        }
        Dialog dialog = new Dialog(editor);
        Paragraph problem = new Paragraph();
        Button save = new Button(getTranslation("security.users.save"), click -> {
            try {
                save(user, editor.draft());
                dialog.close();
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(problem);
        dialog.getFooter().add(new Button(getTranslation("security.users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void save(User before, UserDraft draft) {
        User saved = before == null ? users.create(draft) : users.update(before.id(), draft);
        audit.record(currentUser.username().orElse("?"), before == null ? AccessEvent.USER_CREATED : AccessEvent.USER_CHANGED,
                describe(before, saved), null);
        message.setText(getTranslation("security.users.saved", saved.username()));
        refresh();
    }

    private void unlock(User user) {
        attempts.unlock(user.username());
        audit.record(currentUser.username().orElse("?"), AccessEvent.USER_UNLOCKED, user.username(), null);
        message.setText(getTranslation("security.users.unlocked", user.username()));
        refresh();
    }

    /** What changed, for the audit: the user, and the roles and attributes before and after. */
    static String describe(User before, User after) {
        String now = after.username() + " roles=" + after.roles() + " attributes=" + after.attributes()
                + " enabled=" + after.enabled();
        return before == null ? now : now + " (was roles=" + before.roles() + " attributes=" + before.attributes()
                + " enabled=" + before.enabled() + ")";
    }

    private void refresh() {
        grid.setItems(users.all());
    }
}
