package shequn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.viz.report.ChartBook;
import shequn.viz.NamedChart;
import shequn.viz.data.Results;
import shequn.viz.export.ChartFiles;
import shequn.viz.export.Format;

@Command(name = "chart", description = "Redraw every chart a results folder's tables support into DIR/charts/ "
        + "(from daily.csv, cascades.csv, daily_summary.csv, comparison.csv, points.csv, sensitivity.csv, trace.csv, "
        + "response.csv, summary.json).")
final class ChartCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "results folder written by run, mc, compare, sweep, sensitivity, optimize or response")
    Path dir;

    @Option(names = "--lang", description = "label language: en or zh (default: ${DEFAULT-VALUE})", defaultValue = "en")
    String lang;

    @Option(names = "--format", description = "png, svg, pdf, comma-separated (default: ${DEFAULT-VALUE})",
            defaultValue = "png,svg,pdf")
    String format;

    @Option(names = "--dpi", description = "PNG resolution (default: ${DEFAULT-VALUE})", defaultValue = "150")
    int dpi;

    @Option(names = "--out", description = "folder for the charts (default: DIR/charts)")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<Format> formats = VizOptions.formats(format);
        VizOptions.checkDpi(dpi);
        draw(dir, lang, formats, dpi, out != null ? out : dir.resolve("charts"));
        return 0;
    }

    /** Draws every chart DIR's tables support into {@code target}; says what it wrote. */
    static void draw(Path dir, String lang, List<Format> formats, int dpi, Path target) throws Exception {
        Results results = VizOptions.results(dir); // locked (if writable) until the command ends
        if (!target.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            OutputFolder.open(target); // created, writable and locked before drawing; held until the command ends
        } else if (!Files.isWritable(dir)) {
            throw new BadInput(target + ": --out: cannot write in " + dir + " (permission denied); choose another --out");
        } else if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInput(target + ": --out: exists and is not a folder");
        }
        List<NamedChart> charts = ChartBook.draw(results, VizOptions.style(lang));
        if (charts.isEmpty()) {
            throw new BadInput(dir + ": no tables to chart (expected daily.csv, cascades.csv, daily_summary.csv, "
                    + "comparison.csv, a sweep's points.csv (one or two parameters), sensitivity.csv, trace.csv or response.csv)");
        }
        List<Path> files = ChartFiles.write(charts, target, formats, dpi);
        System.out.println("wrote " + charts.size() + " charts (" + files.size() + " files) to " + target);
    }

    /**
     * The charts mc, compare, sweep, sensitivity and optimize draw after writing their tables (PNG and
     * SVG in English; redraw with
     * {@code shequn chart} for other languages or PDF). A chart failure never costs the results.
     */
    static void drawAfter(Path dir) {
        try {
            draw(dir, "en", List.of(Format.PNG, Format.SVG), 150, dir.resolve("charts"));
        } catch (Exception e) {
            System.err.println("shequn: results are written, but the charts were not: " + e.getMessage()
                    + " (retry with: shequn chart " + dir + ")");
        }
    }
}
