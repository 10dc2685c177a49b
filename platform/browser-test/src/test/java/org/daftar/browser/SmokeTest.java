package org.daftar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged app in headless Chromium: the first steps of a user's day, with screenshots. */
class SmokeTest {

    static final Path TARGET = Path.of("target");
    static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    static RunningDaftar daftar;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        daftar = RunningDaftar.start(TARGET.resolve("browser-data"));
        browser = Browser.start(TARGET.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (daftar != null) {
            daftar.close();
        }
    }

    @Test
    void theHomePageListsTheAppsInEnglishAndInArabic() throws Exception {
        String setup = daftar.awaitConsole(Pattern.compile("Create the first admin at (http://\\S+)"), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("No setup link on the console:\n" + String.join("\n", daftar.console())));
        browser.open(setup);
        browser.type("User name", "admin");
        browser.type("Password (at least 8 characters)", "admin-password");
        browser.type("Repeat the password", "admin-password");
        browser.click("Create the administrator");

        browser.open(daftar.url() + "/login");
        browser.type("User name", "admin");
        browser.type("Password", "admin-password");
        browser.click("Sign in");
        browser.awaitText("Order entry");
        browser.screenshot(SCREENSHOTS.resolve("home-en.png"));
        browser.screenshot(SCREENSHOTS.resolve("home-en.png"));

        assertThat(browser.direction()).isEqualTo("ltr");

        browser.open(setup);
        browser.awaitText("This setup link is not valid");
    }
}
