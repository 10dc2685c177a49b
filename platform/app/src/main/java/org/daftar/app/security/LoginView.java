package org.daftar.app.security;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.daftar.ui.shell.LanguageSwitch;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page: Vaadin's login form posting to Spring Security's {@code /login}, in Arabic or
 * English (right-to-left in Arabic), saying when the account is locked.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Daftar")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver {

    private final LoginForm form = new LoginForm();
    private boolean failed;
    private LoginI18n texts = LoginI18n.createDefault();

    public LoginView() {
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        add(new LanguageSwitch(), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        translate();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
    }

    private void translate() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("security.login.form"));
        texts.setUsername(getTranslation("security.login.username"));
        texts.setPassword(getTranslation("security.login.password"));
        texts.setSubmit(getTranslation("security.login.submit"));
        texts.setForgotPassword(getTranslation("security.login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        boolean locked = failed && lastFailure() instanceof LockedException;
        error.setTitle(getTranslation(locked ? "security.login.locked.title" : "security.login.error.title"));
        error.setMessage(getTranslation(locked ? "security.login.locked.message" : "security.login.error.message"));
        i18n.setAdditionalInformation(getTranslation("security.login.description"));
        this.texts = i18n;
        form.setI18n(i18n);
    }

    /** Why the last sign-in failed, as Spring Security left it in the session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** The error the form shows, for tests. */
    String errorTitle() {
        return texts.getErrorMessage().getTitle();
    }

    boolean showsError() {
        return form.isError();
    }
}
