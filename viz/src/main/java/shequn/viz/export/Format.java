package shequn.viz.export;

import java.util.ArrayList;
import java.util.List;

/** The file formats a chart can be saved in. */
public enum Format {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a comma-separated list such as {@code png,svg}. */
    public static List<Format> parseList(String text) {
        List<Format> formats = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            try {
                formats.add(valueOf(p.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format: expected png, svg or pdf (comma-separated), got '" + p + "'");
            }
        }
        return formats;
    }
}
