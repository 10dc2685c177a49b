package org.daftar.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through the chromedriver the machine has (Debian's chromium and
 * chromium-driver packages; .ci/run installs them), never a downloaded browser. Knows how to wait
 * for Vaadin, find its fields by label and take screenshots.
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** True when the page is loaded and no Vaadin client has a request in flight. */
    private static final String SETTLED = """
            if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow) { return false; }
            const clients = Object.entries(window.Vaadin.Flow.clients || {})
                .filter(([name, client]) => name !== 'TypeScript' && typeof client.isActive === 'function');
            return clients.length > 0 && clients.every(([name, client]) => !client.isActive());
            """;

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static Browser start(Path profile) throws IOException {
        String chromium = firstExisting(CHROMIUM, "Chromium (apt-get install chromium)");
        String chromedriver = firstExisting(DRIVER, "chromedriver (apt-get install chromium-driver)");
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 860));
        return new Browser(driver);
    }

    private static String firstExisting(List<String> candidates, String what) {
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + what + " found at " + candidates));
    }

    /** Opens a page and waits until Vaadin has rendered it. */
    void open(String url) {
        driver.get(url);
        settle();
    }

    /** Waits until Vaadin has no request in flight. */
    void settle() {
        wait.until((ExpectedCondition<Boolean>) d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
    }

    /** Waits for an element and gives it. */
    WebElement find(By by) {
        return wait.until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    boolean has(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The input of the Vaadin field whose label is {@code label} (Vaadin puts it in a slotted {@code <label>}). */
    WebElement field(String label) {
        return find(fieldInput(label));
    }

    static By fieldInput(String label) {
        String field = "//*[label[@slot='label' and normalize-space(.)=" + literal(label) + "]]";
        return By.xpath(field + "//input | " + field + "//textarea");
    }

    /** Types into a field, replacing what it holds, and leaves it (so its value is sent). */
    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        settle();
    }

    /** Clicks the button showing {@code text}. */
    void click(String text) {
        find(By.xpath("//vaadin-button[normalize-space(.)=" + literal(text) + "]")).click();
        settle();
    }

    /** The text of the page. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until an element of the page shows {@code text} (in its own text, slotted or not). */
    WebElement awaitText(String text) {
        return find(By.xpath("//*[text()[contains(normalize-space(.), " + literal(text) + ")]]"));
    }

    String direction() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.documentElement.dir"));
    }

    /** Saves a PNG of the window. */
    Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** An XPath string literal for any text (quotes included). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat(" + String.join(", \"'\", ", Stream.of(text.split("'", -1)).map(part -> "'" + part + "'").toList()) + ")";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
