package shequn.viz.style;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A sequential colour scale for heatmaps and coloured scatters: viridis (dark blue → green →
 * yellow), perceptually uniform, readable with the common colour-vision deficiencies and in grey.
 */
public final class Sequential implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Color[] STOPS = {new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B),
        new Color(0x21, 0x90, 0x8C), new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25)};

    private final double lower;
    private final double upper;

    public Sequential(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + Math.max(Math.abs(lower) * 1e-9, 1e-12);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    public Color colour(double value) {
        double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
        int i = Math.min((int) f, STOPS.length - 2);
        double t = f - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /** Black or white, whichever reads better on the colour of {@code value}. */
    public Color textOn(double value) {
        Color c = colour(value);
        double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
        return luminance > 140 ? Theme.TEXT : Color.WHITE;
    }
}
