package shequn.viz.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import shequn.viz.style.Fonts;

/**
 * Vector PDF through Apache PDFBox and its Graphics2D bridge (both Apache 2.0; JFreePDF is GPL).
 * Text in the bundled font (every label the charts draw when it is there, Chinese included) is
 * written as text in an embedded subset of that font, so it can be selected, searched and copied;
 * text in any other font is drawn as vector outlines, which print the same everywhere.
 */
public final class PdfExport {
    /**
     * FontBox logs (java.util.logging, to stderr) that the bundled font's format-14 cmap is ignored,
     * once per chart; it is harmless (variation selectors), so only severe messages are let through.
     * Held here so the configured logger is not collected.
     */
    private static final java.util.logging.Logger FONTBOX = quiet("org.apache.fontbox");

    private PdfExport() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    public static void write(JFreeChart chart, int widthPt, int heightPt, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(widthPt, heightPt));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, widthPt, heightPt);
            try (PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer()) {
                try (InputStream font = Fonts.openBundled()) {
                    if (font != null) {
                        text.registerFont(font); // matched by the font's name; subset-embedded on use
                    }
                }
                g.setFontTextDrawer(text);
                try {
                    chart.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
                } finally {
                    g.dispose();
                }
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            doc.save(out);
        }
    }
}
