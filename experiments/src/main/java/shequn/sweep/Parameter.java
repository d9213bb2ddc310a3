package shequn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One swept scenario field: its path, the Java type the schema gives it, and either a list of
 * values or a numeric range. A design point in the unit cube maps to a value here: a range
 * linearly (whole numbers evenly over min..max) or, with {@code scale: log}, evenly in the logarithm
 * (rates that span orders of magnitude), a list by equal-width bins.
 *
 * @param levels grid points across a range (grid design only)
 * @param log    the range is spaced in the logarithm (min above 0)
 */
public record Parameter(String path, Type type, List<JsonNode> values, Double min, Double max, int levels, boolean log) {

    public Parameter {
        values = values == null ? null : List.copyOf(values);
    }

    public Parameter(String path, Type type, List<JsonNode> values, Double min, Double max, int levels) {
        this(path, type, values, min, max, levels, false);
    }

    public boolean isRange() {
        return values == null;
    }

    public boolean isWhole() {
        return type == Integer.class || type == Long.class;
    }

    /** The value at unit coordinate {@code u} in [0, 1]. */
    public JsonNode at(double u) {
        double c = Math.min(Math.max(u, 0), 1);
        if (!isRange()) {
            return values.get(Math.min((int) Math.floor(c * values.size()), values.size() - 1));
        }
        if (log) {
            double v = fromUnit(c);
            return isWhole() ? LongNode.valueOf(Math.round(v)) : DoubleNode.valueOf(v);
        }
        if (isWhole()) {
            long lo = Math.round(min);
            long hi = Math.round(max);
            return LongNode.valueOf(Math.min(lo + (long) Math.floor(c * (hi - lo + 1)), hi));
        }
        return DoubleNode.valueOf(min + c * (max - min));
    }

    /** A number's position in the range as a unit coordinate (for optimisers working in the unit cube). */
    public double unitOf(double value) {
        return log ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
    }

    /** The number at unit coordinate {@code u} of a range, linear or logarithmic, before any rounding. */
    public double fromUnit(double u) {
        return log ? min * Math.pow(max / min, u) : min + u * (max - min);
    }

    /** The values a full grid takes: the list, or {@code levels} evenly spaced points of the range (whole numbers rounded, without repeats). */
    public List<JsonNode> gridValues() {
        if (!isRange()) {
            return values;
        }
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            double v = fromUnit((double) i / (levels - 1));
            JsonNode node = isWhole() ? LongNode.valueOf(Math.round(v)) : DoubleNode.valueOf(v);
            if (!out.contains(node)) {
                out.add(node);
            }
        }
        return out;
    }

    /** The {@code --set} form of a value. */
    public String override(JsonNode value) {
        return path + "=" + cell(value);
    }

    /** A value as written in CSV files and overrides: numbers in plain notation, the shortest text that reads back. */
    public static String cell(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.asText();
        }
        if (v.isNumber()) {
            String plain = new BigDecimal(Double.toString(v.asDouble())).stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        }
        return v.asText();
    }

    /** A value as a number for the analyses (booleans 0/1; text and enums by their position in the list). */
    public double numeric(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? 1 : 0;
        }
        return values == null ? Double.NaN : values.indexOf(v);
    }
}
