package org.daftar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
        browser.screenshot(SCREENSHOTS.resolve("setup-en.png"));
        typeInto("#setup-username input", "admin");
        typeInto("#setup-password input", "admin-password");
        typeInto("#setup-confirm input", "admin-password");
        browser.click("Create the administrator");

        browser.open(daftar.url() + "/login");
        typeInto("#vaadinLoginUsername input", "admin");
        typeInto("#vaadinLoginPassword input", "admin-password");
        browser.screenshot(SCREENSHOTS.resolve("login-en.png"));
        browser.find(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Keys.ENTER);
        browser.awaitText("Order entry");
        browser.screenshot(SCREENSHOTS.resolve("home-en.png"));
        browser.screenshot(SCREENSHOTS.resolve("home-en.png"));

        assertThat(browser.direction()).isEqualTo("ltr");

        browser.open(setup);
        browser.awaitText("This setup link is not valid");
    }

    /** Types into the input {@code css} finds and leaves it, so that Vaadin gets the value. */
    private static void typeInto(String css, String text) {
        WebElement input = browser.find(By.cssSelector(css));
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        browser.settle();
    }
}
