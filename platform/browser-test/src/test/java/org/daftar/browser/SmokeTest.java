package org.daftar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The packaged app in headless Chromium: the first steps of a day, in order — the first admin is
 * created with the one-time link, signs in, enters an order with lines, finds it in the list, and
 * sees the same screens in Arabic. Screenshots go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmokeTest {

    /** On a failure, the page as it was: a screenshot and its HTML, beside the other screenshots. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.junit.jupiter.api.extension.TestWatcher PAGE_ON_FAILURE = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            try {
                String name = "failed-" + context.getRequiredTestMethod().getName();
                browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
                java.nio.file.Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.driver().getPageSource());
                java.nio.file.Files.write(SCREENSHOTS.resolve(name + ".log"), daftar.console());
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }
    };

    static final Path TARGET = Path.of("target");
    static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    static RunningDaftar daftar;
    static Browser browser;
    static String orderNumber;

    @BeforeAll
    static void start() throws Exception {
        daftar = RunningDaftar.start(TARGET.resolve("browser-data"), System.getProperty("daftar.smoke.args", ""));
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
    @Order(1)
    void theFirstAdminIsCreatedWithTheOneTimeLinkAndSignsIn() throws Exception {
        String setup = daftar.awaitConsole(Pattern.compile("Create the first admin at (http://\\S+)"), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("No setup link on the console:\n" + String.join("\n", daftar.console())));
        browser.open(setup);
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

        assertThat(browser.direction()).isEqualTo("ltr");

        browser.open(setup);
        browser.awaitText("This setup link is not valid");
    }

    @Test
    @Order(2)
    void anOrderWithLinesIsSavedAndFoundInTheListWithAFilter() throws Exception {
        browser.open(daftar.url() + "/apps/orders/forms/sales_order");
        pick(Browser.fieldInput("Customer"), "Red Sea");
        browser.click("Add line");
        pick(By.cssSelector("[aria-label='Product'] input"), "Dell Latitude");
        replace(By.cssSelector("[aria-label='Quantity'] input"), "3");
        replace(By.cssSelector("[aria-label='Unit price'] input"), "250");
        browser.screenshot(SCREENSHOTS.resolve("order-form-en.png"));
        browser.click("Save");
        browser.awaitText("saved");

        orderNumber = browser.field("Order number").getDomProperty("value");
        assertThat(orderNumber).matches("ORD-\\d{4}-\\d+");
        browser.screenshot(SCREENSHOTS.resolve("order-form-en.png"));

        browser.open(daftar.url() + "/apps/orders/lists/sales_orders?q=" + URLEncoder.encode(orderNumber, StandardCharsets.UTF_8));
        WebElement row = browser.awaitText(orderNumber);
        assertThat(row.getText()).isEqualTo(orderNumber);
        browser.screenshot(SCREENSHOTS.resolve("order-list-en.png"));
    }

    @Test
    @Order(3)
    void theSameScreensInArabicAreRightToLeft() throws Exception {
        browser.find(By.id("language")).click();
        browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='العربية']")).click();
        browser.settle();
        browser.awaitText("طلبات المبيعات");

        assertThat(browser.direction()).isEqualTo("rtl");
        browser.awaitText(orderNumber);
        browser.screenshot(SCREENSHOTS.resolve("order-list-ar.png"));

        WebElement cell = browser.find(By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), "
                + Browser.literal(orderNumber.substring(orderNumber.length() - 5)) + ")]"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).doubleClick(cell).perform();
        browser.settle();
        browser.awaitText("البنود");
        assertThat(browser.direction()).isEqualTo("rtl");
        browser.screenshot(SCREENSHOTS.resolve("order-form-ar.png"));
    }

    @Test
    @Order(4)
    void aDashboardShowsItsReportsAsCharts() throws Exception {
        browser.find(By.id("language")).click();
        browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='English']")).click();
        browser.settle();
        browser.open(daftar.url() + "/apps/orders/dashboard");
        browser.find(By.id("dashboard-tiles"));
        WebElement chart = browser.find(By.cssSelector(".daftar-chart canvas, .daftar-chart svg"));

        assertThat(chart.getSize().getWidth()).isPositive();
        Thread.sleep(1000);
        browser.screenshot(SCREENSHOTS.resolve("dashboard-en.png"));
    }

    @Test
    @Order(5)
    void anAdminOpensAnAppInTheDesignerWithItsFormPreviewed() throws Exception {
        browser.open(daftar.url() + "/designer");
        browser.awaitText("New app");
        browser.screenshot(SCREENSHOTS.resolve("designer-en.png"));

        browser.open(daftar.url() + "/designer/orders");
        browser.awaitText("No unpublished changes");
        clickInView(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='entities/sales_order.yaml']"));
        browser.find(By.id("entity-editor"));
        clickInView(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='customer']"));
        browser.find(By.id("field-editor"));
        browser.screenshot(SCREENSHOTS.resolve("designer-entity-en.png"));

        clickInView(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='forms/sales_order.yaml']"));
        browser.find(By.id("form-preview"));
        browser.screenshot(SCREENSHOTS.resolve("designer-form-en.png"));
    }

    /** Scrolls what {@code by} finds to the middle of the window and clicks it. */
    private static void clickInView(By by) {
        WebElement element = browser.find(by);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        browser.settle();
    }

    /** Types into the input {@code css} finds and leaves it, so that Vaadin gets the value. */
    private static void typeInto(String css, String text) {
        WebElement input = browser.find(By.cssSelector(css));
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        browser.settle();
    }

    /** Replaces what an input holds and leaves it. */
    private static void replace(By by, String text) {
        WebElement input = browser.find(by);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        browser.settle();
    }

    /** Types into a combo box, waits for its suggestions and takes the first. */
    private static void pick(By input, String text) {
        WebElement field = browser.find(input);
        field.click();
        field.sendKeys(text);
        browser.settle();
        browser.find(By.cssSelector("vaadin-combo-box-item"));
        field.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.TAB);
        browser.settle();
    }
}
