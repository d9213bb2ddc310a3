package shequn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import shequn.output.ResultFiles;
import shequn.viz.Lang;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.export.Format;
import shequn.viz.style.Fonts;

/** Options shared by {@code chart} and {@code report}, turned into bad-input errors (exit 2) when wrong. */
final class VizOptions {
    static final int MIN_DPI = 36;
    static final int MAX_DPI = 1200;

    private VizOptions() {
    }

    static Style style(String lang) throws BadInput {
        try {
            return Style.of(Lang.parse(lang));
        } catch (IllegalArgumentException | Fonts.MissingFontException e) {
            throw new BadInput("shequn: " + e.getMessage());
        }
    }

    static Lang lang(String lang) throws BadInput {
        try {
            return Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new BadInput("shequn: " + e.getMessage());
        }
    }

    static List<Format> formats(String text) throws BadInput {
        try {
            return Format.parseList(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput("shequn: " + e.getMessage());
        }
    }

    static void checkDpi(int dpi) throws BadInput {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new BadInput("shequn: --dpi: expected " + MIN_DPI + " to " + MAX_DPI + ", got " + dpi);
        }
    }

    static Results results(Path dir) throws BadInput {
        if (!Files.isDirectory(dir)) {
            throw new BadInput(dir + ": not a folder (expected the output folder of shequn run, mc or compare)");
        }
        OutputFolder.reading(dir); // not while another process writes it; held until the command ends
        String mixture;
        try {
            mixture = ResultFiles.mixture(dir);
        } catch (IOException e) {
            throw new BadInput(dir + ": cannot list this folder (" + OutputFolder.reason(e) + ")");
        }
        if (mixture != null) {
            throw new BadInput(mixture);
        }
        return new Results(dir);
    }
}
