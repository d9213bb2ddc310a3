package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One lever of the plan, scheduled in time, aimed at a target and paid for from a budget.
 * It fires on days {@code start, start+every, …} up to {@code end}; a firing whose cost would
 * exceed what is left of {@code budget} does not happen (per-unit costs stop when it runs out).
 * These are the fields every lever shares; the lever's own fields (a red packet's {@code amount},
 * a coupon's {@code discount}, …) are its record's. In a file both are written side by side:
 * {@code - {lever: red_packet, every: 14, amount: 100, budget: 5000}}.
 *
 * @param lever  what is done, with its own fields
 * @param name   label in outputs (default: the lever's name)
 * @param start  first day (0-based)
 * @param end    last day, inclusive (default: the last day of the run)
 * @param every  days between firings (default: the lever's own)
 * @param store  store it runs in (default: every store)
 * @param group  group it targets (default: every group of the targeted stores)
 * @param kol    KOL it uses (kol_post, livestream; default: the first KOL)
 * @param budget yuan available over the whole campaign (default: no cap)
 */
@JsonDeserialize(using = CampaignBinding.class)
public record Campaign(LeverSpec lever, String name, Integer start, Integer end, Integer every, String store, String group,
                       String kol, Double budget) {

    public Campaign {
        name = name == null && lever != null ? lever.name() : name;
        start = start == null ? 0 : start;
        every = every == null ? (lever == null ? 1 : lever.about().every()) : every;
    }

    /** The last firing day, given the run's horizon. */
    public int lastDay(int days) {
        return end == null ? days - 1 : Math.min(end, days - 1);
    }

    public boolean firesOn(int day, int days) {
        return day >= start && day <= lastDay(days) && (day - start) % every == 0;
    }

    public double budgetOrInfinity() {
        return budget == null ? Double.POSITIVE_INFINITY : budget;
    }

    /** The lever as {@code kind}, for the phases that read a lever's field after it fired (a coupon's discount). */
    public <L extends LeverSpec> L lever(Class<L> kind) {
        return kind.cast(lever);
    }

    /** The value of a field in file spelling, shared or the lever's own; null if the campaign has no such field. */
    public Object field(String fileName) {
        Object shared = valueOf(this, fileName);
        return shared != null || lever == null ? shared : valueOf((Record) lever, fileName);
    }

    /** The campaign as a file writes it: one flat mapping, {@code lever} first, then the shared fields, then the lever's. */
    @JsonValue
    Map<String, Object> asFile() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lever", lever == null ? null : lever.name());
        put(out, this, true);
        if (lever != null) {
            put(out, (Record) lever, false);
        }
        return out;
    }

    /** The shared fields in file spelling, with their types ({@code lever} is a {@link LeverSpec}). */
    static Map<String, Type> sharedFields() {
        return ScenarioSchema.recordFields(Campaign.class);
    }

    private static void put(Map<String, Object> out, Record r, boolean skipLever) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (!(skipLever && c.getName().equals("lever"))) {
                out.put(ScenarioSchema.fileName(c.getName()), read(r, c));
            }
        }
    }

    private static Object valueOf(Record r, String fileName) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (ScenarioSchema.fileName(c.getName()).equals(fileName)) {
                return c.getName().equals("lever") ? ((LeverSpec) read(r, c)).name() : read(r, c);
            }
        }
        return null;
    }

    private static Object read(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
