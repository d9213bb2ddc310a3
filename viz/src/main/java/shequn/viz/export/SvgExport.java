package shequn.viz.export;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SVG through Apache Batik's SVGGraphics2D (Apache 2.0; JFreeSVG is GPL). Text stays text, so it
 * can be searched, copied and translated. Element ids carry a per-chart prefix: several SVGs
 * inlined in one HTML page share one id space, and a clip path id seen twice would clip the
 * second chart with the first chart's rectangle.
 */
public final class SvgExport {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Fallbacks after the chart's own font, for viewers on machines without it. */
    static final String FALLBACK_FONTS = ", 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    private SvgExport() {
    }

    /** The chart as a standalone SVG document (no XML prolog, so it can also be inlined in HTML). */
    public static String render(JFreeChart chart, int width, int height, String idPrefix) {
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        ctx.setIDGenerator(new Prefixed(idPrefix));
        ctx.setComment(null);
        SVGGraphics2D g = new SVGGraphics2D(ctx, false);
        // JFreeChart draws rotated labels (the y axis) through a TextLayout by default, which
        // Batik turns into outlines; plain drawString under a rotation keeps them as text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("role", "img");
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString();
        // Batik writes an XML declaration and a DOCTYPE naming an external DTD: neither belongs
        // inside HTML, and a standalone file gets its own declaration from the caller.
        // Batik names its defs element with a fixed id; prefix it like the generated ones.
        svg = svg.substring(svg.indexOf("<svg")).replace("id=\"genericDefs\"", "id=\"" + idPrefix + "-genericDefs\"");
        return withFallbackFonts(svg);
    }

    /** Appends generic fallbacks to every font-family Batik wrote (it writes only the chart's own font). */
    static String withFallbackFonts(String svg) {
        return svg.replaceAll("font-family:('[^']*'|[^;\"]*)", "font-family:$1" + FALLBACK_FONTS);
    }

    /** Batik's id generator with a prefix that keeps ids unique across inlined charts. */
    static final class Prefixed extends SVGIDGenerator {
        private final String prefix;

        Prefixed(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String base) {
            return super.generateID(prefix + "-" + base);
        }
    }
}
