package io.cookieregistry.example;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * A headless Chromium driven through chromedriver, as Debian packages them ({@code apt-get install
 * chromium chromium-driver}); each instance has a fresh profile. Tests that need it skip, saying
 * why, when the browser, the driver or axe-core cannot be had.
 */
final class Browser implements AutoCloseable {
  /** Where screenshots and axe-core go: the build folder, kept as build artifacts. */
  static final Path OUTPUT = Path.of("target", "browser");
  private static final String AXE_VERSION = "4";

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts the browser, or skips the test with the reason. */
  static Browser start() throws IOException {
    Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
    Optional<Path> chromedriver = onPath("chromedriver");
    assumeTrue(chromium.isPresent() && chromedriver.isPresent(), "browser tests skipped: Chromium"
        + " or chromedriver is not installed (apt-get install chromium chromium-driver)");
    Path profile = Files.createTempDirectory("cookie-registry-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Files.createDirectories(OUTPUT);
    return new Browser(driver, profile);
  }

  /** Lays the page out as a screen {@code width} CSS pixels wide. */
  void viewport(int width) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /** How many CSS pixels the page is wider than the screen; 0 when nothing scrolls sideways. */
  long horizontalOverflow() {
    return (Long) driver.executeScript("var e = document.documentElement;"
        + " return Math.max(0, e.scrollWidth - e.clientWidth);");
  }

  /** A full-page screenshot, kept under {@link #OUTPUT}. */
  Path screenshot(String name) throws IOException {
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true));
    Path file = OUTPUT.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }

  /** A screenshot of the first element that matches a CSS selector, kept under {@link #OUTPUT}. */
  @SuppressWarnings("unchecked")
  Path screenshotOf(String selector, String name) throws IOException {
    Map<String, Object> box = (Map<String, Object>) driver.executeScript("var r = document"
        + ".querySelector(arguments[0]).getBoundingClientRect(); return {x: r.left + scrollX,"
        + " y: r.top + scrollY, width: r.width, height: r.height};", selector);
    Map<String, Object> clip = new java.util.HashMap<>(box);
    clip.put("scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path file = OUTPUT.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }

  void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  void tab() {
    press(Keys.TAB);
  }

  /** Evaluates a script and returns its value as a string. */
  String eval(String script) {
    return String.valueOf(driver.executeScript(script));
  }

  /**
   * Runs axe-core on the page, restricted to WCAG 2.0-2.2 A and AA rules; returns the violations
   * that are serious or critical, as "rule (impact): target" lines.
   */
  @SuppressWarnings("unchecked")
  List<String> seriousAccessibilityViolations() throws IOException, InterruptedException {
    driver.executeScript(Files.readString(axe()));
    Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
        + " 'wcag21aa', 'wcag22aa']}}).then(function (r) { done(r.violations"
        + " .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
        + " .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n)"
        + " { return n.target.join(' '); }).join(', '); })); }, function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) result;
  }

  /** axe-core from the npm registry, installed once into the build folder. */
  private static synchronized Path axe() throws IOException, InterruptedException {
    Path folder = OUTPUT.resolve("axe");
    Path script = folder.resolve("node_modules/axe-core/axe.min.js");
    if (!Files.exists(script)) {
      Optional<Path> npm = onPath("npm");
      assumeTrue(npm.isPresent(), "accessibility check skipped: npm is not installed");
      Files.createDirectories(folder);
      Process install = new ProcessBuilder(npm.get().toString(), "install", "--no-audit",
          "--no-fund", "--silent", "--prefix", folder.toString(), "axe-core@" + AXE_VERSION)
          .redirectErrorStream(true).redirectOutput(OUTPUT.resolve("npm.log").toFile()).start();
      boolean done = install.waitFor(180, TimeUnit.SECONDS);
      if (!done) {
        install.destroyForcibly();
      }
      assumeTrue(done && install.exitValue() == 0 && Files.exists(script),
          "accessibility check skipped: npm install axe-core failed, see target/browser/npm.log");
    }
    return script;
  }

  private static Optional<Path> onPath(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
