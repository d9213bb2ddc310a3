import java.nio.file.*;
import java.time.Duration;
import org.openqa.selenium.*;
import org.openqa.selenium.chrome.*;
import org.openqa.selenium.support.ui.*;

/**
 * How the planning page's speed in README ("Planning page", Speed) was measured: headless Chromium (Selenium,
 * Debian's chromium-driver) opens a running `shequn serve`, cuts red packets to 0.01 yuan, sets product launches
 * every 3 days, presses Run, and times the live run to its last day and the verdict; then saves a screenshot.
 *
 *   ./shequn serve &                                                 # 10,000 consumers, 365 days, 20 reps
 *   mvn -B -q dependency:build-classpath -pl experiments -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 *   java -cp "$(cat /tmp/cp.txt)" docs/tools/ServeTiming.java http://127.0.0.1:7070/ serve.png 1400,1500 en-US
 */
public class ServeTiming {
    public static void main(String[] a) throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=" + a[2], "--lang=" + a[3]);
        ChromeDriver b = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), o);
        try {
            b.get(a[0]);
            WebDriverWait w = new WebDriverWait(b, Duration.ofSeconds(180));
            w.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-path='campaigns[9].amount']")));
            if (a[3].startsWith("zh")) b.findElement(By.id("lang-zh")).click();
            WebElement in = b.findElement(By.cssSelector("input[data-path='campaigns[9].amount']"));
            in.clear(); in.sendKeys("0.01");
            WebElement ev = b.findElement(By.cssSelector("input[data-path='campaigns[4].every']"));
            ev.clear(); ev.sendKeys("3");
            Thread.sleep(800);
            long t0 = System.nanoTime();
            b.findElement(By.id("run")).click();
            w.until(ExpectedConditions.textToBe(By.id("day"), "365 / 365"));
            long t1 = System.nanoTime();
            w.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict li")));
            long t2 = System.nanoTime();
            System.out.printf("click to last day %.1f s, click to verdict %.1f s%n", (t1 - t0) / 1e9, (t2 - t0) / 1e9);
            System.out.println(b.findElement(By.id("verdict")).getText());
            Thread.sleep(500);
            Files.write(Path.of(a[1]), b.getScreenshotAs(OutputType.BYTES));
        } finally {
            b.quit();
        }
    }
}
