package shequn.viz.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/**
 * What each strategy is and how it differs from the baseline, read from the scenario files named
 * in summary.json: the description, then every setting that differs (groups, KOLs and campaigns
 * listed whole, since a plan is read as a list of levers rather than field by field).
 */
public final class ScenarioNotes {
    /**
     * A strategy as the report presents it: {@code file} the scenario file's name (never a path of
     * this machine), {@code consumers} and {@code days} as run (after --set; 0 if unknown);
     * {@code problem} says why its file could not be read, if so.
     */
    public record Note(String name, String file, String description, int consumers, int days, List<Diff> differences,
                       String problem) {
        /** The differences as "path: value (baseline value)" lines; a list section as "section: value". */
        public List<String> differenceTexts() {
            return differences.stream().map(Diff::text).toList();
        }
    }

    /**
     * One setting that differs from the baseline: its path, the plan's value and the baseline's; for
     * a list section ({@code list}) also each side's items, one line each ("qr_code, start 0, every 1").
     */
    public record Diff(String setting, String value, String baseline, boolean list, List<String> items,
                       List<String> baselineItems) {
        Diff(String setting, String value, String baseline) {
            this(setting, value, baseline, false, List.of(), List.of());
        }

        String text() {
            return list ? setting + ": " + value : setting + ": " + value + " (baseline " + baseline + ")";
        }
    }

    /** For list sections, the fields a strategist reads a plan by; the rest are in the scenario file. */
    static final Map<String, List<String>> LISTS = Map.of(
            "stores", List.of("id", "price_level", "online_ordering", "qr_join_rate"),
            "kols", List.of("id", "kind", "followers", "credibility"),
            "groups", List.of("id", "segment", "tier", "theme", "max_size", "manager", "vip"),
            "campaigns", List.of("lever", "kol", "start", "every", "budget"));
    static final Set<String> IGNORED = Set.of("name", "description", "seed");
    private static final ObjectMapper MAPPER =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private ScenarioNotes() {
    }

    /** As {@link #of(List, List, Path, List)} without --set settings. */
    public static List<Note> of(List<String> names, List<String> files, Path resultsDir) {
        return of(names, files, resultsDir, List.of());
    }

    /**
     * Notes for each (name, file) pair, the first being the baseline, each loaded with the --set
     * settings it ran with. Files are looked up as written (relative to where the command ran), then
     * relative to the results folder, then as the copy in the folder's inputs/ (settings applied).
     */
    public static List<Note> of(List<String> names, List<String> files, Path resultsDir, List<String> overrides) {
        List<Note> notes = new ArrayList<>();
        JsonNode base = null;
        for (int i = 0; i < names.size(); i++) {
            String file = i < files.size() ? files.get(i) : "";
            Path named = file.isEmpty() ? null : Path.of(file).getFileName();
            String shown = named == null ? "" : named.toString();
            Path path = locate(file, resultsDir);
            List<String> settings = overrides;
            if (path == null && named != null && Files.isRegularFile(resultsDir.resolve("inputs").resolve(named))) {
                path = resultsDir.resolve("inputs").resolve(named);
                settings = List.of(); // the copy has them applied
            }
            if (path == null) {
                notes.add(new Note(names.get(i), shown, "", 0, 0, List.of(), "file not found"));
                continue;
            }
            try {
                Scenario s = ScenarioLoader.load(path, settings);
                JsonNode tree = MAPPER.valueToTree(s);
                base = base == null ? tree : base;
                int consumers = s.population() == null || s.population().consumers() == null ? 0 : s.population().consumers();
                notes.add(new Note(names.get(i), shown, s.description(), consumers, s.days() == null ? 0 : s.days(),
                        i == 0 ? List.of() : differences(base, tree), null));
            } catch (Exception e) {
                notes.add(new Note(names.get(i), shown, "", 0, 0, List.of(), e.getMessage()));
            }
        }
        return notes;
    }

    private static Path locate(String file, Path resultsDir) {
        if (file.isEmpty()) {
            return null;
        }
        for (Path p : List.of(Path.of(file), resultsDir.resolve(file))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Settings of {@code other} that differ from {@code base}; list sections (groups, campaigns, …) whole. */
    static List<Diff> differences(JsonNode base, JsonNode other) {
        List<Diff> out = new ArrayList<>();
        Iterator<String> fields = other.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (IGNORED.contains(f) || other.get(f).equals(base.get(f))) {
                continue;
            }
            if (LISTS.containsKey(f)) {
                JsonNode b = base.get(f);
                boolean none = b == null || b.isNull();
                out.add(new Diff(f, describeList(other.get(f), LISTS.get(f)), none ? "—" : describeList(b, LISTS.get(f)),
                        true, items(other.get(f), LISTS.get(f)), none ? List.of() : items(b, LISTS.get(f))));
            } else {
                Map<String, String> a = flatten(base.get(f), f);
                flatten(other.get(f), f).forEach((k, v) -> {
                    if (!v.equals(a.get(k))) {
                        out.add(new Diff(k, v, a.getOrDefault(k, "—")));
                    }
                });
            }
        }
        return out;
    }

    /** Each item of a list section in one line, as {@link #compact} writes it. */
    static List<String> items(JsonNode list, List<String> keys) {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(compact(item, keys)));
        return items;
    }

    static String describeList(JsonNode list, List<String> keys) {
        if (list.isEmpty()) {
            return "0";
        }
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(compact(item, keys)));
        return list.size() + " — " + String.join("; ", items);
    }

    /** One list item as "qr_code, start 0, every 1": the first key's value, then the others that are set. */
    static String compact(JsonNode item, List<String> keys) {
        List<String> parts = new ArrayList<>();
        parts.add(item.path(keys.get(0)).asText());
        for (String k : keys.subList(1, keys.size())) {
            JsonNode v = item.get(k);
            if (v != null && !v.isNull() && !v.isContainerNode()) {
                parts.add(k + " " + text(v));
            }
        }
        return String.join(", ", parts);
    }

    /** Numbers as a strategist writes them: 5000, not 5000.0. */
    static String text(JsonNode v) {
        return v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) ? Long.toString(v.asLong()) : v.asText();
    }

    static Map<String, String> flatten(JsonNode node, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> out.putAll(flatten(e.getValue(), path + "." + e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.putAll(flatten(node.get(i), path + "[" + i + "]"));
            }
        } else {
            out.put(path, text(node));
        }
        return out;
    }
}
