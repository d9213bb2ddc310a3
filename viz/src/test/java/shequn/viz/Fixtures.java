package shequn.viz;

import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shequn.viz.data.Results;

/** The fixture tables (a short single run and a small three-strategy comparison) and image checks. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** daily.csv, cascades.csv, summary.json of 120 days of store-plus-community. */
    public static Results run() {
        return new Results(dir("run"));
    }

    /** comparison.csv, daily_summary.csv, runs.csv, summary.json of baseline vs two plans, 8 replications. */
    public static Results compare() {
        return new Results(dir("compare"));
    }

    /** Variance of the grey levels: 0 for a blank image, large for a drawn chart. */
    public static double greyVariance(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double g = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3.0;
                sum += g;
                sq += g * g;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    /** The text content of every {@code <text>} element of an SVG, unescaped (Batik puts line breaks inside tags). */
    public static List<String> svgTexts(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text").matcher(svg);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&amp;", "&"));
        }
        return out;
    }
}
