package shequn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * No package of any module's main sources depends, through a chain of others, on itself. The scan
 * reads every {@code src/main/java} file of the checkout: a dependency is an import or a qualified
 * name ({@code shequn.pkg.Type}) outside comments. Packages in a cycle are reported with the edges
 * that close it.
 */
class PackageCyclesTest {
    /**
     * Cycles still allowed, as their edges: none. (sim-core's world ↔ campaigns/groups/metrics/shopping
     * went when the phases' state moved into {@code world}; an entry whose edge no longer exists fails
     * the test, so the list can only shrink to what is true.)
     */
    static final Set<String> ALLOWED = Set.of();

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(shequn(?:\\.[a-z]\\w*)*)\\.(?:[A-Z]|\\*)");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void noPackageCycleOutsideTheAllowedOnes() {
        Map<String, Set<String>> deps = dependencies(root());
        assertTrue(deps.size() > 20, "the scan found too few packages: " + deps.keySet());
        for (String edge : ALLOWED) {
            String[] ends = edge.split(" -> ");
            assertTrue(deps.getOrDefault(ends[0], Set.of()).contains(ends[1]),
                    edge + " is gone: remove it from PackageCyclesTest.ALLOWED");
            deps.get(ends[0]).remove(ends[1]);
        }
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(deps)) {
            if (component.size() > 1) {
                StringBuilder sb = new StringBuilder(String.join(", ", component)).append(':');
                for (String from : component) {
                    for (String to : deps.get(from)) {
                        if (component.contains(to)) {
                            sb.append("\n  ").append(from).append(" -> ").append(to);
                        }
                    }
                }
                cycles.add(sb.toString());
            }
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    @Test
    void theScanSeesACycle() {
        Map<String, Set<String>> deps = new TreeMap<>();
        deps.put("a", new TreeSet<>(Set.of("b")));
        deps.put("b", new TreeSet<>(Set.of("c")));
        deps.put("c", new TreeSet<>(Set.of("a", "d")));
        deps.put("d", new TreeSet<>());
        assertEquals(List.of(Set.of("a", "b", "c")), stronglyConnected(deps).stream().filter(c -> c.size() > 1).toList());
        assertEquals(Set.of("shequn.cli"), references("package shequn.x;\n// shequn.y.Z\n/** {@link shequn.w.V} */\n"
                + "import shequn.cli.Progress;\nclass A { shequn.x.B b; }"));
    }

    /** The checkout's root: the folder above the working directory that holds sim-core. */
    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sim-core/src/main/java"))) {
                return p;
            }
        }
        throw new IllegalStateException("sim-core not found above " + Path.of("").toAbsolutePath());
    }

    /** Package → the other shequn packages its main sources use, over every module. */
    static Map<String, Set<String>> dependencies(Path root) {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        Matcher pkg = PACKAGE.matcher(text);
                        if (pkg.find()) {
                            deps.computeIfAbsent(pkg.group(1), k -> new TreeSet<>()).addAll(references(text));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Set<String> targets : List.copyOf(deps.values())) {
            for (String t : targets) {
                deps.computeIfAbsent(t, k -> new TreeSet<>());
            }
        }
        return deps;
    }

    /** The shequn packages a source file uses, its own aside (comments ignored). */
    static Set<String> references(String source) {
        String code = COMMENTS.matcher(source).replaceAll(" ");
        Matcher pkg = PACKAGE.matcher(code);
        String own = pkg.find() ? pkg.group(1) : "";
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            if (!m.group(1).equals(own) && m.start() != pkg.start(1)) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Tarjan's strongly connected components, iteratively (no recursion limit on deep chains). */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> deps) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] next = {0};
        for (String start : deps.keySet()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>(); // {node, iterator over its targets}
            visit(start, index, low, stack, onStack, next, work, deps);
            while (!work.isEmpty()) {
                Object[] top = work.peek();
                String v = (String) top[0];
                @SuppressWarnings("unchecked")
                java.util.Iterator<String> it = (java.util.Iterator<String>) top[1];
                if (it.hasNext()) {
                    String w = it.next();
                    if (!index.containsKey(w)) {
                        visit(w, index, low, stack, onStack, next, work, deps);
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
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
        return out;
    }

    private static void visit(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                              Set<String> onStack, int[] next, Deque<Object[]> work, Map<String, Set<String>> deps) {
        index.put(v, next[0]);
        low.put(v, next[0]);
        next[0]++;
        stack.push(v);
        onStack.add(v);
        work.push(new Object[] {v, deps.getOrDefault(v, Set.of()).iterator()});
    }
}
