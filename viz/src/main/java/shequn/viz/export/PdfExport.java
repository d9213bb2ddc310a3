package shequn.viz.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

/**
 * Vector PDF through Apache PDFBox and its Graphics2D bridge (both Apache 2.0; JFreePDF is GPL).
 * The bridge draws text in fonts it has not been given as vector outlines, so Chinese labels
 * need no font embedding and print the same everywhere.
 */
public final class PdfExport {
    private PdfExport() {
    }

    public static void write(JFreeChart chart, int widthPt, int heightPt, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(widthPt, heightPt));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, widthPt, heightPt);
            try {
                chart.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            doc.save(out);
        }
    }
}
