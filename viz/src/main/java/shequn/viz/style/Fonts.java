package shequn.viz.style;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Picks the font family for a set of labels. Java's logical fonts silently draw boxes (tofu) for
 * characters they lack, so the choice is checked with {@link Font#canDisplayUpTo}: a family is
 * used only if it can display every label. Chinese needs a CJK font (Debian: fonts-noto-cjk).
 */
public final class Fonts {
    /** Preferred families, best first; Latin-only labels take the first that exists. */
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Sans", "DejaVu Sans", "Liberation Sans",
            "Arial", "Helvetica");

    private Fonts() {
    }

    /** The family to draw {@code text} in; throws {@link MissingFontException} if no installed font can. */
    public static String familyFor(String text) {
        return find(text).orElseThrow(() -> new MissingFontException(text));
    }

    static Optional<String> find(String text) {
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

    /** No installed font can display the labels: says which package to install. */
    public static final class MissingFontException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingFontException(String text) {
            super("no installed font can display the chart labels (e.g. '" + firstUndisplayable(text)
                    + "'); for Chinese install a CJK font, on Debian: apt-get install fonts-noto-cjk");
        }

        private static String firstUndisplayable(String text) {
            int at = new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(text);
            return at < 0 ? text.substring(0, Math.min(10, text.length())) : text.substring(at, text.offsetByCodePoints(at, 1));
        }
    }
}
