package org.ansinh.server;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code
 * .ci/run} installs) driven through Selenium, pointed at the test server. Nothing is downloaded:
 * the driver and the browser are the system's. Without them, tests are skipped on a developer's
 * machine and fail in CI ({@code CI} set), so CI cannot pass without having run them.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;
  private final Path profile;
  private final int port;

  private Browser(ChromeDriver driver, Path profile, int port) {
    this.driver = driver;
    this.profile = profile;
    this.port = port;
  }

  /**
   * Starts Chromium with an empty profile, in the language given first ({@code vi} or {@code en}).
   */
  public static Browser open(int port) {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!present) {
      if (System.getenv("CI") != null) {
        fail("CI must run the browser tests: install chromium and chromium-driver (.ci/run does)");
      }
      Assumptions.abort("no " + CHROMIUM + " / " + CHROMEDRIVER + " here: browser tests skipped");
    }
    try {
      Path profile = Files.createTempDirectory("ansinh-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      // The flags that keep Chromium from reaching out to a network this machine does not have.
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,900",
          "--lang=vi",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, profile, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Browser go(String path) {
    driver.get("http://localhost:" + port + path);
    return this;
  }

  public WebElement find(String css) {
    return waitFor(css);
  }

  /** Waits (up to 30 s: CI machines are slow) until an element matching the selector is visible. */
  public WebElement waitFor(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until the element's text contains this. */
  public void waitForText(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  public Browser type(String css, String text) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(text);
    return this;
  }

  public Browser click(String css) {
    find(css).click();
    return this;
  }

  public Browser signIn(String username, String password) {
    go("/login").type("#username", username).type("#password", password).click("#sign-in");
    waitFor("#who");
    return this;
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String html() {
    return driver.getPageSource();
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Saves the whole page (up to 6,000 pixels tall) as a PNG. */
  public void screenshot(Path file) {
    org.openqa.selenium.Dimension window = driver.manage().window().getSize();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      long height =
          (Long)
              driver.executeScript("return Math.ceil(document.documentElement.scrollHeight + 140)");
      driver
          .manage()
          .window()
          .setSize(
              new org.openqa.selenium.Dimension(window.getWidth(), (int) Math.min(6000, height)));
      Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
