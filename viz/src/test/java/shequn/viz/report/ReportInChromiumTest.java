package shequn.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.viz.Fixtures;
import shequn.viz.Lang;
import shequn.viz.Style;
import shequn.viz.data.Results;

/**
 * The report as a browser shows it: headless Chromium loads it, every image and inline chart is
 * drawn, nothing is logged to the console, and a screenshot is taken. Needs Debian's Chromium at
 * /usr/bin/chromium, which .ci/run installs. Without it the test is skipped, saying so on the
 * console, except under CI=true, where a skipped browser check would pass unseen: there it fails.
 */
class ReportInChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * Injected into a copy of the report (the report itself runs no script): records console
     * errors and failed loads, then on load writes what it found into the DOM for --dump-dom.
     */
    static final String PROBE = """
            <script>
            window.__errors = [];
            const __err = console.error;
            console.error = function () { window.__errors.push([...arguments].join(' ')); __err.apply(console, arguments); };
            window.addEventListener('error', e => window.__errors.push('load error: ' + (e.message || (e.target && (e.target.src || e.target.href)))), true);
            window.addEventListener('load', () => {
              const imgs = [...document.images];
              const svgs = [...document.querySelectorAll('figure > svg')];
              const drawn = s => { const r = s.getBoundingClientRect(); return r.width > 100 && r.height > 50 && s.querySelectorAll('text').length > 3; };
              const out = document.createElement('pre');
              out.id = 'probe';
              const explore = document.querySelector('#explore-chart svg');
              out.textContent = 'explore=' + (explore ? explore.querySelectorAll('path').length : 0) + ' images=' + imgs.length + ' broken=' + imgs.filter(i => !(i.complete && i.naturalWidth > 0)).length
                + ' charts=' + svgs.length + ' undrawn=' + svgs.filter(s => !drawn(s)).length + ' errors=' + JSON.stringify(window.__errors);
              document.body.appendChild(out);
            });
            </script>
            """;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String why = "Chromium is not installed at " + CHROMIUM + " (Debian: apt-get install chromium; .ci/run installs it)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + ": under CI=true the browser check must run, not be skipped");
        }
        System.err.println("ReportInChromiumTest: SKIPPED, the report is not checked in a browser: " + why);
        assumeTrue(false, why);
    }

    @Test
    void comparisonReportLoadsCleanlyInChromium() throws Exception {
        check(Fixtures.compare(), Lang.EN, 12);
    }

    @Test
    void chineseSingleRunReportLoadsCleanlyInChromium() throws Exception {
        check(Fixtures.run(), Lang.ZH, 9);
    }

    private void check(Results results, Lang lang, int charts) throws Exception {
        String html = new HtmlReport(results, Style.of(lang)).render(null);
        Path report = tmp.resolve("report-" + lang + ".html");
        Files.writeString(report, html, StandardCharsets.UTF_8);
        Path probed = tmp.resolve("probed-" + lang + ".html");
        Files.writeString(probed, html.replace("<head>\n", "<head>\n" + PROBE), StandardCharsets.UTF_8);

        Run dom = chromium(lang, "--dump-dom", probed.toUri().toString());
        Matcher m = Pattern.compile("explore=(\\d+) images=(\\d+) broken=(\\d+) charts=(\\d+) undrawn=(\\d+) errors=(.*)</pre>")
                .matcher(dom.out());
        assertTrue(m.find(), "the probe did not report; stdout starts: " + head(dom.out()) + "\nstderr: " + head(dom.err()));
        assertTrue(Integer.parseInt(m.group(1)) > 3, "the interactive chart did not draw: " + m.group(1) + " paths");
        assertEquals("0", m.group(3), "broken images");
        assertEquals(Integer.toString(charts), m.group(4), "inline charts");
        assertEquals("0", m.group(5), "charts that did not draw");
        assertEquals("[]", m.group(6), "console errors and failed loads");
        assertEquals(List.of(), consoleLines(dom.err()), "Chromium logged console messages");

        Path shot = tmp.resolve("screenshot-" + lang + ".png");
        chromium(lang, "--screenshot=" + shot, "--window-size=1280,2400", "--hide-scrollbars", report.toUri().toString());
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1280, img.getWidth());
        assertTrue(Fixtures.greyVariance(img) > 200, "the screenshot looks blank");
    }

    record Run(String out, String err) {
    }

    private static Run chromium(Lang lang, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("stdout-" + lang + ".txt");
        Path err = tmp.resolve("stderr-" + lang + ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish: " + cmd);
        }
        return new Run(Files.readString(out), Files.readString(err));
    }

    /** Console output, which Chromium logs on stderr as "INFO:CONSOLE:7] \"message\", source: …". */
    static List<String> consoleLines(String stderr) {
        return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }

    private static String head(String s) {
        return s.substring(0, Math.min(600, s.length()));
    }
}
