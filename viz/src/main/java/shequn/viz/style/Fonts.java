package shequn.viz.style;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Picks the font family for a set of labels. Java's logical fonts silently draw boxes (tofu) for
 * characters they lack, so the choice is checked with {@link Font#canDisplayUpTo}: a family is
 * used only if it can display every label.
 *
 * <p>The viz jar ships a CJK font, Noto Sans SC Regular (SIL Open Font License 1.1, next to it as
 * {@value #BUNDLED_LICENCE}; the build takes it from the npm registry). It is registered with the
 * graphics environment on first use and comes first for every label it can display, English
 * included, so a chart looks the same on every machine whatever fonts are installed there. Installed
 * fonts are the fallback for labels it cannot display, and only when none can does
 * {@link #familyFor} fail with a {@link MissingFontException}.
 */
public final class Fonts {
    /** The bundled font and its licence, as class-path resources. */
    static final String BUNDLED_FONT = "/shequn/viz/fonts/NotoSansSC-Regular.ttf";
    static final String BUNDLED_LICENCE = "/shequn/viz/fonts/NotoSansSC-OFL.txt";
    /** Installed families to fall back on, best first, when the bundled font cannot display a label. */
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Sans", "DejaVu Sans", "Liberation Sans",
            "Arial", "Helvetica");

    private Fonts() {
    }

    /** The family to draw {@code text} in; throws {@link MissingFontException} if no font can. */
    public static String familyFor(String text) {
        return find(text).orElseThrow(() -> new MissingFontException(text));
    }

    /** The bundled font's family, registered with the graphics environment; empty if it could not be loaded. */
    public static Optional<String> bundledFamily() {
        return Optional.ofNullable(Bundled.FAMILY);
    }

    /** The bundled font file, for exporters that embed it (PDF); null if it is not on the class path. */
    public static InputStream openBundled() {
        return Fonts.class.getResourceAsStream(BUNDLED_FONT);
    }

    static Optional<String> find(String text) {
        Optional<String> bundled = bundledFamily().filter(f -> canDisplay(f, text));
        if (bundled.isPresent()) {
            return bundled;
        }
        List<String> installed = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        Optional<String> preferred = PREFERRED.stream().filter(installed::contains).filter(f -> canDisplay(f, text))
                .findFirst();
        return preferred.or(() -> installed.stream().filter(f -> !isLogical(f)).filter(f -> canDisplay(f, text))
                .findFirst());
    }

    public static boolean canDisplay(String family, String text) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(text) == -1;
    }

    /** Logical fonts (Dialog, SansSerif…) map to different physical fonts per machine: never chosen. */
    private static boolean isLogical(String family) {
        return List.of("Dialog", "DialogInput", "Monospaced", "Serif", "SansSerif").contains(family);
    }

    /** Loads and registers the bundled font once, when the charts first ask for a font. */
    private static final class Bundled {
        static final String FAMILY;
        /** Why the bundled font is not there, for the error message; null when it is. */
        static final String PROBLEM;

        static {
            String family = null;
            String problem = null;
            try (InputStream in = Fonts.class.getResourceAsStream(BUNDLED_FONT)) {
                if (in == null) {
                    problem = BUNDLED_FONT + " is not on the class path";
                } else {
                    Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                    // false only when a font of the same name is installed: that one is then used by name
                    GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                    family = font.getFamily();
                }
            } catch (IOException | FontFormatException e) {
                problem = BUNDLED_FONT + ": " + e.getMessage();
            }
            FAMILY = family;
            PROBLEM = problem;
        }
    }

    /** No font, bundled or installed, can display the labels: says which character and what to do. */
    public static final class MissingFontException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingFontException(String text) {
            super(message(text));
        }

        private static String message(String text) {
            String which = firstUndisplayable(text);
            if (Bundled.FAMILY == null) {
                return "no font can display the chart labels (e.g. " + which + "): the bundled CJK font could not"
                        + " be loaded (" + Bundled.PROBLEM + ") and no installed font has it; rebuild shequn, or"
                        + " install a CJK font (Debian: apt-get install fonts-noto-cjk)";
            }
            return "no font can display the chart labels (e.g. " + which + "): the bundled " + Bundled.FAMILY
                    + " lacks it and so does every installed font; install a font that has it"
                    + " (Debian: apt-get install fonts-noto)";
        }

        /** The first character the bundled font (or, without it, Java's default) lacks, quoted with its code point. */
        private static String firstUndisplayable(String text) {
            String family = Bundled.FAMILY != null ? Bundled.FAMILY : Font.SANS_SERIF;
            int at = new Font(family, Font.PLAIN, 12).canDisplayUpTo(text);
            if (at < 0) {
                return "'" + text.substring(0, Math.min(10, text.length())) + "'";
            }
            return "'" + text.substring(at, text.offsetByCodePoints(at, 1)) + "' U+"
                    + String.format("%04X", text.codePointAt(at));
        }
    }
}
