package org.digifin.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.digifin.server.ServerTestSupport;
import org.digifin.server.ingest.TransactionRepository;
import org.digifin.server.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console as a person uses it, in Debian's headless Chromium: log in, read the overview (live
 * tiles, charts), find a customer, search transactions, switch language and elder mode, move with
 * the keyboard. Seeds its own data through the REST API. Screenshots go to target/screenshots.
 *
 * <p>Skips, saying why, where chromium or chromedriver is missing ({@code -Ddigifin.chromium} and
 * {@code -Ddigifin.chromedriver} point elsewhere).
 */
class ConsoleBrowserTest extends ServerTestSupport {

  private static final String CHROMIUM =
      System.getProperty("digifin.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("digifin.chromedriver", "/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @Autowired TransactionRepository transactions;

  private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final String person = "BT" + run + "-P";
  private final String enterprise = "BT" + run + "-E";
  private final String personAccount = "BT" + run + "-A1";
  private final String enterpriseAccount = "BT" + run + "-A2";
  private final String externalAccount = "BT" + run + "-X";
  private final LocalDate born = LocalDate.of(1951, 3, 8);

  private Path profile;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws IOException {
    assumeTrue(
        Files.isExecutable(Path.of(CHROMIUM)),
        "browser test skipped: no chromium at " + CHROMIUM + " (apt-get install chromium)");
    assumeTrue(
        Files.isExecutable(Path.of(DRIVER)),
        "browser test skipped: no chromedriver at "
            + DRIVER
            + " (apt-get install chromium-driver)");
    profile = Files.createTempDirectory("digifin-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--lang=zh-CN",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    Files.createDirectories(SCREENSHOTS);
  }

  /** Skips the test, saying why in the report and on the test's standard error. */
  private static void require(boolean present, String reason) {
    if (!present) {
      System.err.println("[ConsoleBrowserTest] " + reason);
    }
    assumeTrue(present, reason);
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void aPersonCanReadTheConsoleInChineseAndEnglishAndInElderMode() {
    seed();
    login();

    // Overview, Chinese by default: live tiles and charts with the seeded data.
    assertThat(text(By.tagName("h1"))).isEqualTo("总览");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("zh");
    waitForCharts();
    assertThat(chartTable("chart-top-amount")).contains(enterpriseAccount);
    assertThat(chartTable("chart-channel")).contains("手机银行");
    screenshot("overview-zh");

    // The tiles poll: a new transaction shows up without reloading the page.
    long before = transactions.count();
    assertThat(text(By.id("count-transactions"))).isEqualTo(String.format("%,d", before));
    postTransactions(List.of(tx("late", personAccount, externalAccount, "12.34", "ATM", 1)));
    wait.until(
        ExpectedConditions.textToBe(
            By.id("count-transactions"), String.format("%,d", transactions.count())));

    // Customers: find by part of the name, open the profile.
    driver.get(uri("/customers?q=" + "秀英" + run).toString());
    assertThat(text(By.tagName("h1"))).isEqualTo("客户");
    driver.findElement(By.linkText("王秀英" + run)).click();
    assertThat(text(By.id("customer-name"))).isEqualTo("王秀英" + run);
    assertThat(text(By.id("customer-kind"))).isEqualTo("个人");
    int age = Period.between(born, LocalDate.now(ZoneId.of("Asia/Shanghai"))).getYears();
    assertThat(text(By.id("customer-years"))).isEqualTo(age + " 岁");
    assertThat(text(By.id("account-table"))).contains(personAccount, "活期");
    assertThat(rows("tx-table")).hasSize(20);
    screenshot("customer-zh");
    driver.findElement(By.id("pager-next")).click();
    assertThat(rows("tx-table")).hasSize(6); // 25 seeded + the late one, 20 per page
    assertThat(driver.findElements(By.id("pager-next"))).isEmpty();

    // Transactions: filter with the form and the keyboard.
    driver.get(uri("/transactions").toString());
    driver.findElement(By.id("f-account")).sendKeys(personAccount);
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-channel")))
        .selectByValue("MOBILE");
    driver.findElement(By.id("f-min")).sendKeys("100", Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tx-table")));
    List<WebElement> mobile = rows("tx-table");
    assertThat(mobile).hasSize(5).allSatisfy(r -> assertThat(r.getText()).contains("手机银行"));
    assertThat(driver.findElements(By.id("pager-next"))).isEmpty();
    assertThat(driver.findElement(By.linkText(enterpriseAccount)).getAttribute("href"))
        .endsWith("/customers/" + enterprise);
    screenshot("transactions-zh");

    // English on request, remembered across pages.
    driver.findElement(By.id("lang-en")).click();
    assertThat(text(By.tagName("h1"))).isEqualTo("Transactions");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("en");
    assertThat(rows("tx-table")).hasSize(5); // the filters survive the switch
    screenshot("transactions-en");
    driver.findElement(By.linkText(enterpriseAccount)).click();
    assertThat(text(By.id("customer-kind"))).isEqualTo("Enterprise");
    assertThat(text(By.id("customer-years"))).contains("founded 2012");
    screenshot("customer-en");

    // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
    driver.get(uri("/").toString());
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement skip = driver.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Skip to main content");
    skip.sendKeys(Keys.ENTER);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

    // Elder mode: bigger text and targets, remembered in a cookie.
    driver.findElement(By.id("elder-toggle")).click();
    assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
    double rootPx = pixels("return getComputedStyle(document.documentElement).fontSize");
    assertThat(rootPx).isGreaterThanOrEqualTo(20.0);
    double buttonPx =
        pixels("return document.querySelector('.topbar button').getBoundingClientRect().height");
    assertThat(buttonPx).isGreaterThanOrEqualTo(48.0);
    waitForCharts();
    screenshot("overview-elder-en");
    driver.get(uri("/customers/" + person + "?lang=zh").toString());
    assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
    screenshot("customer-elder-zh");
    driver.findElement(By.id("elder-toggle")).click();
    assertThat(driver.findElement(By.tagName("body")).getAttribute("class"))
        .doesNotContain("elder");
  }

  private void seed() {
    post("/api/parties", party(person, "PERSON", "王秀英" + run, born.toString(), null, "310000"));
    post(
        "/api/parties",
        party(enterprise, "ENTERPRISE", "星河科技有限公司" + run, "2012-06-01", "I65", "440300"));
    post("/api/accounts", account(personAccount, person, "CURRENT"));
    post("/api/accounts", account(enterpriseAccount, enterprise, "MERCHANT"));
    String[] channels = {"MOBILE", "ONLINE", "POS", "BRANCH", "ATM"};
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String channel = channels[i % channels.length];
      String amount = i == 0 ? "98765432.10" : (100 + i * 10) + ".00";
      rows.add(tx("t" + i, personAccount, enterpriseAccount, amount, channel, 2 + i));
    }
    postTransactions(rows);
  }

  private String tx(String id, String payer, String payee, String amount, String channel, int ago) {
    String ts = java.time.Instant.now().minus(Duration.ofMinutes(ago * 7L)).toString();
    return """
        {"id":"%s","timestamp":"%s","payer":"%s","payee":"%s","amount":"%s","currency":"CNY",\
        "channel":"%s","type":"TRANSFER"}"""
        .formatted("BT" + run + "-" + id, ts, payer, payee, amount, channel);
  }

  private void postTransactions(List<String> rows) {
    post("/api/transactions/batch", "[" + String.join(",", rows) + "]");
  }

  private static String party(
      String id, String kind, String name, String born, String industry, String region) {
    return """
        {"id":"%s","kind":"%s","name":"%s","bornOrFounded":"%s",%s"region":"%s"}"""
        .formatted(
            id,
            kind,
            name,
            born,
            industry == null ? "" : "\"industryCode\":\"" + industry + "\",",
            region);
  }

  private static String account(String id, String owner, String type) {
    return """
        {"id":"%s","owner":"%s","type":"%s","currency":"CNY","openedOn":"2020-01-02"}"""
        .formatted(id, owner, type);
  }

  private void post(String path, String body) {
    var response = postJson(path, Role.ADMIN, body);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
  }

  private void login() {
    driver.get(uri("/").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    assertThat(driver.getTitle()).contains("登录");
    driver.findElement(By.id("username")).sendKeys("admin");
    driver.findElement(By.id("password")).sendKeys(adminPassword());
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tiles")));
  }

  private void waitForCharts() {
    for (String id :
        List.of(
            "chart-ingest", "chart-channel", "chart-hour", "chart-top-amount", "chart-top-count")) {
      wait.until(ExpectedConditions.attributeToBe(By.id(id), "data-loaded", "true"));
    }
  }

  /** The data table under a chart, read from the DOM whether or not it is expanded. */
  private String chartTable(String chartId) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.getElementById(arguments[0]).parentNode"
                    + ".querySelector('table').textContent",
                chartId);
  }

  private double pixels(String script) {
    Object value = ((JavascriptExecutor) driver).executeScript(script);
    return Double.parseDouble(value.toString().replace("px", ""));
  }

  private String text(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
  }

  private List<WebElement> rows(String tableId) {
    return driver.findElements(By.cssSelector("#" + tableId + " tbody tr"));
  }

  /** A full-page PNG, through the DevTools protocol so content below the fold is included. */
  @SuppressWarnings("unchecked")
  private void screenshot(String name) {
    HasCdp cdp = (HasCdp) driver;
    Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) size.get("width")).doubleValue(),
            "height", ((Number) size.get("height")).doubleValue(),
            "scale", 1);
    Map<String, Object> shot =
        cdp.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
