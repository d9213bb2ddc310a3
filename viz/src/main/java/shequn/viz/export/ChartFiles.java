package shequn.viz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import shequn.files.AtomicFile;
import shequn.files.SafeName;
import shequn.viz.NamedChart;

/** Saves charts into a folder, each file written to a temporary name first so none is ever half-written. */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** Writes every chart in every format; returns the files written. */
    public static List<Path> write(List<NamedChart> charts, Path dir, List<Format> formats, int dpi) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (NamedChart c : charts) {
            for (Format f : formats) {
                // a chart's id may carry text from a results table (a KPI name): a file name only via the slug
                String name = SafeName.slug(c.id()) + "." + f.extension();
                written.add(AtomicFile.writeIn(dir, name, out -> writeOne(c, f, dpi, out)));
            }
        }
        return written;
    }

    static void writeOne(NamedChart c, Format f, int dpi, OutputStream out) throws IOException {
        switch (f) {
            case PNG -> PngExport.write(PngExport.render(c.chart(), NamedChart.WIDTH, NamedChart.HEIGHT, dpi), dpi, out);
            case SVG -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + SvgExport.render(c.chart(), NamedChart.WIDTH, NamedChart.HEIGHT, c.id())).getBytes(StandardCharsets.UTF_8));
            case PDF -> PdfExport.write(c.chart(), NamedChart.WIDTH, NamedChart.HEIGHT, out);
        }
    }
}
