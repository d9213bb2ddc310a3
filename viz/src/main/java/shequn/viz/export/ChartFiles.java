package shequn.viz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
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
                Path target = dir.resolve(c.id() + "." + f.extension());
                atomically(target, out -> writeOne(c, f, dpi, out));
                written.add(target);
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

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static void atomically(Path target, Body body) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            body.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
