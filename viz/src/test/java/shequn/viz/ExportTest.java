package shequn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.viz.export.ChartFiles;
import shequn.viz.export.Format;
import shequn.viz.export.PdfExport;
import shequn.viz.export.SvgExport;

/** The three export formats: PNG size and dpi, SVG ids unique per chart, PDF page size. */
class ExportTest {
    @TempDir
    Path tmp;

    final NamedChart ladder = ChartsRenderTest.find("run", "ladder");

    @Test
    void pngHasThePixelsAndTheDpiAsked() throws Exception {
        List<Path> files = ChartFiles.write(List.of(ladder), tmp, List.of(Format.PNG), 150);
        BufferedImage img = ImageIO.read(files.get(0).toFile());
        assertEquals(Math.round(NamedChart.WIDTH * 150 / 72.0), img.getWidth());
        assertEquals(Math.round(NamedChart.HEIGHT * 150 / 72.0), img.getHeight());
        assertEquals(Math.round(150 / 0.0254), pixelsPerMetre(files.get(0)));
    }

    @Test
    void svgIdsCarryTheChartPrefixSoInlinedChartsDoNotClash() {
        String svg = SvgExport.render(ladder.chart(), NamedChart.WIDTH, NamedChart.HEIGHT, "ladder");
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
        int ids = 0;
        while (m.find()) {
            assertTrue(m.group(1).startsWith("ladder-"), m.group(1));
            ids++;
        }
        assertTrue(ids > 0, "clip paths have ids");
        assertTrue(svg.contains("viewBox=\"0 0 640 400\""));
        assertTrue(svg.contains("sans-serif"), "generic font fallback for viewers without the chart's font");
    }

    @Test
    void pdfIsOnePageOfTheChartsSize() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(ladder.chart(), NamedChart.WIDTH, NamedChart.HEIGHT, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(NamedChart.WIDTH, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(NamedChart.HEIGHT, doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        assertTrue(out.size() > 2000, "the page has content: " + out.size() + " bytes");
    }

    @Test
    void pdfTextCanBeSelected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(ladder.chart(), NamedChart.WIDTH, NamedChart.HEIGHT, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains(ladder.chart().getTitle().getText()), "the title is text, not outlines: " + text);
        }
    }

    @Test
    void writesEveryFormatAndLeavesNoTemporaryFiles() throws Exception {
        List<Path> files = ChartFiles.write(List.of(ladder), tmp, List.of(Format.PNG, Format.SVG, Format.PDF), 72);
        assertEquals(List.of("ladder.png", "ladder.svg", "ladder.pdf"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        try (var list = Files.list(tmp)) {
            assertFalse(list.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
        assertTrue(Files.readString(files.get(1)).startsWith("<?xml"));
    }

    @Test
    void formatListsAreParsedAndWrongNamesRejected() {
        assertEquals(List.of(Format.PNG, Format.PDF), Format.parseList("png, PDF"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parseList("png,jpg"));
        assertTrue(e.getMessage().contains("'jpg'"), e.getMessage());
    }

    static long pixelsPerMetre(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }
}
