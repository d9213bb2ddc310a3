package shequn.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * sim-core's packages form layers: no package depends, directly or through others, on one that
 * depends on it: the world's state types sit in {@code world}, below the phases that change them,
 * and the scenario finds the levers (which act on the world) through {@code LeverCatalog}. Dependencies are read from the main sources — imports and fully qualified names
 * ({@code shequn.world.World}) — so a cycle fails here before it sets in.
 */
class PackageCyclesTest {
    static final Path MAIN = Path.of("src/main/java");
    /** A reference to a class: lower-case package segments, then a capitalised name. */
    static final Pattern REFERENCE = Pattern.compile("\\bshequn((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

    @Test
    void sourcePackagesHaveNoCycle() throws IOException {
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(dependencies(MAIN))) {
            if (component.size() > 1) {
                cycles.add(String.join(" <-> ", component));
            }
        }
        assertEquals(List.of(), cycles, "package cycles in sim-core");
    }

    @Test
    void theScanSeesACycle() {
        Map<String, Set<String>> deps = new TreeMap<>();
        deps.put("a", new TreeSet<>(Set.of("b")));
        deps.put("b", new TreeSet<>(Set.of("c")));
        deps.put("c", new TreeSet<>(Set.of("a")));
        deps.put("d", new TreeSet<>(Set.of("a")));
        assertEquals(List.of(Set.of("a", "b", "c")),
                stronglyConnected(deps).stream().filter(s -> s.size() > 1).toList());
    }

    /** Package → the packages its classes refer to (itself left out). */
    static Map<String, Set<String>> dependencies(Path root) throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
                Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                String text = Files.readString(file)
                        .replaceAll("(?s)/\\*.*?\\*/", "") // comments name types without depending on them
                        .replaceAll("//[^\n]*", "")
                        .replaceAll("(?m)^package .*$", "");
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    String target = "shequn" + m.group(1);
                    if (!target.equals(pkg)) {
                        out.add(target);
                    }
                }
            }
        }
        return deps;
    }

    /** Tarjan's strongly connected components, each as a sorted set. */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> deps) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : deps.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, deps, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> deps, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : deps.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, deps, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }
}
