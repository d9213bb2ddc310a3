package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How people respond to each lever: the coefficients behind a lever's response curve, one section per
 * lever ({@code levers.red_packet.half_share}, …), so that sweeps, sensitivity and calibration see
 * them and none lives only in code. Each section is its lever's own {@code Response} record, declared
 * in the lever's file next to what it does ({@link LeverSpec.About#response()}); this only gathers
 * them under {@code levers:}, in the levers' order. Every response to intensity is concave — a
 * saturating (Michaelis–Menten) term {@code x / (x + half)} — and every message a lever sends into a
 * group draws on members' one attention budget ({@link Behaviour#attention()}), so frequency turns
 * down once pushes crowd out what members are willing to read (seed 001: 打扰, 垃圾信息). Sources and
 * reasons for each default are in the README ("Lever responses").
 */
@JsonDeserialize(using = LeverResponses.Binding.class)
public final class LeverResponses {
    private final Map<Class<? extends LeverResponse>, LeverResponse> sections;

    private LeverResponses(Map<Class<? extends LeverResponse>, LeverResponse> given) {
        Map<Class<? extends LeverResponse>, LeverResponse> all = new LinkedHashMap<>();
        for (Map.Entry<String, Class<? extends LeverResponse>> s : sections().entrySet()) {
            LeverResponse r = given.get(s.getValue());
            all.put(s.getValue(), r != null ? r : defaultsOf(s.getValue()));
        }
        this.sections = all;
    }

    public static LeverResponses defaults() {
        return new LeverResponses(Map.of());
    }

    /** This scenario's coefficients for a lever, e.g. {@code of(RedPacket.Response.class)}. */
    public <R extends LeverResponse> R of(Class<R> section) {
        LeverResponse r = sections.get(section);
        if (r == null) {
            throw new IllegalArgumentException("no levers section " + section.getName());
        }
        return section.cast(r);
    }

    /** The same coefficients with one section replaced. */
    public LeverResponses with(LeverResponse section) {
        Map<Class<? extends LeverResponse>, LeverResponse> given = new LinkedHashMap<>(sections);
        given.put(section.getClass(), section);
        return new LeverResponses(given);
    }

    /** The sections in file spelling ({@code red_packet}) with their records, in the levers' order. */
    public static Map<String, Class<? extends LeverResponse>> sections() {
        Map<String, Class<? extends LeverResponse>> out = new LinkedHashMap<>();
        for (Class<? extends LeverSpec> kind : LeverCatalog.all()) {
            LeverSpec.About about = LeverCatalog.defaults(kind).about();
            if (about.response() != null) {
                out.put(about.name(), about.response());
            }
        }
        return out;
    }

    void check(Checks c) {
        for (Map.Entry<String, Class<? extends LeverResponse>> s : sections().entrySet()) {
            sections.get(s.getValue()).check(c, "levers." + s.getKey() + ".");
        }
    }

    /** {@code x / (x + half)}: 0 at 0, ½ at {@code half}, towards 1 — diminishing returns, never a wall. */
    public static double saturation(double x, double half) {
        return x <= 0 ? 0 : x / (x + half);
    }

    /** As a file writes it: one mapping from lever to section. */
    @JsonValue
    Map<String, LeverResponse> asFile() {
        Map<String, LeverResponse> out = new LinkedHashMap<>();
        sections().forEach((name, type) -> out.put(name, sections.get(type)));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeverResponses other && sections.equals(other.sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }

    @Override
    public String toString() {
        return "LeverResponses" + asFile();
    }

    private static LeverResponse defaultsOf(Class<? extends LeverResponse> section) {
        RecordComponent[] components = section.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return section.getDeclaredConstructor(types).newInstance(new Object[components.length]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a levers section builds from all-null fields: " + section.getName(), e);
        }
    }

    /** Binds {@code levers:} section by section; an unknown lever is refused like any unknown field. */
    static final class Binding extends StdDeserializer<LeverResponses> {
        Binding() {
            super(LeverResponses.class);
        }

        @Override
        public LeverResponses deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            if (!tree.isObject()) {
                return (LeverResponses) ctxt.handleUnexpectedToken(LeverResponses.class, p.currentToken(), p,
                        "expected " + ScenarioSchema.describe(LeverResponses.class));
            }
            Map<String, Class<? extends LeverResponse>> known = sections();
            Map<Class<? extends LeverResponse>, LeverResponse> given = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Class<? extends LeverResponse> type = known.get(field.getKey());
                if (type == null) {
                    List<Object> ids = new ArrayList<>(known.keySet());
                    UnrecognizedPropertyException e = UnrecognizedPropertyException.from(p, LeverResponses.class,
                            field.getKey(), ids);
                    throw e;
                }
                if (field.getValue().isNull()) {
                    continue;
                }
                try {
                    given.put(type, ctxt.readTreeAsValue(field.getValue(), type));
                } catch (JsonMappingException e) {
                    e.prependPath(LeverResponses.class, field.getKey());
                    throw e;
                }
            }
            return new LeverResponses(given);
        }
    }
}
