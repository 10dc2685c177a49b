package org.daftar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        browser.open(daftar.url());
        browser.awaitText("Order entry");
        browser.screenshot(SCREENSHOTS.resolve("home-en.png"));
        browser.screenshot(SCREENSHOTS.resolve("home-en.png"));

        assertThat(browser.direction()).isEqualTo("ltr");
    }
}
