package shequn.viz.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * PNG at a chosen resolution: the chart is laid out at its size in points (1/72 inch) and drawn
 * scaled, so text and lines keep their proportions at any dpi; the dpi is written into the file
 * (pHYs) so that slides and word processors place it at its intended size.
 */
public final class PngExport {
    private static final double INCH_PER_METRE = 39.3700787;

    private PngExport() {
    }

    public static BufferedImage render(JFreeChart chart, int widthPt, int heightPt, int dpi) {
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(widthPt * scale), (int) Math.round(heightPt * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        g.dispose();
        return image;
    }

    public static void write(BufferedImage image, int dpi, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(dpi * INCH_PER_METRE));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.write(new IIOImage(image, null, meta));
        } finally {
            writer.dispose();
        }
    }
}
