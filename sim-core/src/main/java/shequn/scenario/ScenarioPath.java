package shequn.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Field paths in file spelling, the way planners write them in {@code --set} and in sweeps:
 * {@code population.segments.young}, {@code campaigns[2].budget}. The root is "".
 */
public final class ScenarioPath {

    /** One step down the tree: a field name, or (name null) a list index. */
    public record Step(String name, int index) {
        public boolean isField() {
            return name != null;
        }
    }

    private ScenarioPath() {
    }

    /** Splits a path into steps; throws {@link TreePathException} when it is not well formed. */
    public static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = path.length();
        if (n == 0) {
            throw new TreePathException(path, "empty path");
        }
        while (i < n) {
            char c = path.charAt(i);
            if (c == '[') {
                int close = path.indexOf(']', i);
                String digits = close < 0 ? "" : path.substring(i + 1, close);
                if (steps.isEmpty() || !digits.matches("\\d{1,9}")) {
                    throw new TreePathException(path, "malformed path: expected [index] after a field name");
                }
                steps.add(new Step(null, Integer.parseInt(digits)));
                i = close + 1;
            } else {
                if (c == '.') {
                    if (steps.isEmpty()) {
                        throw new TreePathException(path, "malformed path: starts with '.'");
                    }
                    i++;
                } else if (!steps.isEmpty()) {
                    throw new TreePathException(path, "malformed path: expected '.' or '[' at position " + (i + 1));
                }
                int start = i;
                while (i < n && isNameChar(path.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw new TreePathException(path, "malformed path: expected a field name at position " + (start + 1));
                }
                steps.add(new Step(path.substring(start, i), -1));
            }
        }
        return steps;
    }

    public static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String element(String list, int index) {
        return list + "[" + index + "]";
    }

    /** The enclosing path: {@code a.b[2]} for {@code a.b[2].c}, {@code a.b} for {@code a.b[2]}, "" for {@code a}. */
    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    public static boolean within(String inner, String outer) {
        if (outer.isEmpty() || inner.equals(outer)) {
            return true;
        }
        return inner.startsWith(outer) && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }

    private static boolean isNameChar(char c) {
        return c == '_' || c == '-' || Character.isLetterOrDigit(c);
    }
}
