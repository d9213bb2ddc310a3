package shequn.world;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import shequn.kols.KolState;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.scenario.Behaviour;
import shequn.scenario.Scenario;
import shequn.stores.StoreState;

/**
 * Everything one replication simulates: consumers, their social ties, groups, KOLs, stores, the
 * campaign plan, and the day's to-do lists that pass work from one phase to the next.
 */
public final class World {
    public final Scenario scenario;
    public final Behaviour behaviour;
    public final int days;
    public final Consumers people;
    public final SocialGraph ties;
    public final StoreState[] stores;
    public final GroupState[] groups;
    public final KolState[] kols;
    public final CampaignPlan plan;
    public final NeedCalendar needs;
    public final MersenneTwisterFast rng;
    public final Ledger today;

    /** Consumers a campaign, group post or friend moved to visit today (phase 4 reads it). */
    public final IntList triggered = new IntList();
    /** Set for triggered consumers who are moved to shop online (a livestream, an online event). */
    public final boolean[] triggeredOnline;
    /** Consumers who will talk about the store tomorrow (phase 3 reads it). */
    public IntList sharers = new IntList();
    public IntList sharersTomorrow = new IntList();
    /** Cascade sizes of word of mouth, by cascade id (the first sharer). */
    public final IntList cascadeSizes = new IntList();
    /** What started each cascade: {@link #CUSTOMER}, {@link #SEEDED} or the index of the KOL. */
    public final IntList cascadeSources = new IntList();
    /** Cascade source: a customer who talked about the store on their own. */
    public static final int CUSTOMER = -1;
    /** Cascade source: a seed user the store chose and paid (the seeding lever). */
    public static final int SEEDED = -2;
    /** Word-of-mouth tellings that made someone aware of the store for the first time, through a weak / strong tie. */
    public long firstHeardWeak;
    public long firstHeardStrong;
    /** Consumers the seeding lever has chosen so far (each is seeded once). */
    public final java.util.BitSet seeded = new java.util.BitSet();
    /** Seed users still talking: consumer, then the last day they talk, in pairs (the seeding lever). */
    public final IntList seedTalkers = new IntList();
    /** Households of a cohort that arrives over time, by entry day (population.entry). */
    public final shequn.population.Arrivals arrivals;
    /** The evening's head counts, kept up to date as consumers change (phase 5 reads it). */
    public final Census census;

    public int day;

    public World(Scenario scenario, Consumers people, SocialGraph ties, StoreState[] stores, GroupState[] groups,
                 KolState[] kols, NeedCalendar needs, MersenneTwisterFast rng) {
        this.scenario = scenario;
        this.behaviour = scenario.behaviour();
        this.days = scenario.days();
        this.people = people;
        this.ties = ties;
        this.stores = stores;
        this.groups = groups;
        this.kols = kols;
        this.plan = new CampaignPlan(scenario.campaigns());
        this.needs = needs;
        this.rng = rng;
        this.today = new Ledger(stores.length);
        this.triggeredOnline = new boolean[people.n];
        this.arrivals = shequn.population.Arrivals.of(people, days);
        this.census = new Census(people, days, behaviour.lapseDays(), behaviour.repeatWindow());
    }

    /** Marks i to visit today because of a campaign or a friend (once a day at most is enforced later). */
    public void trigger(int i) {
        triggered.add(i);
    }

    /** Marks i to shop online today (a livestream or an online event). */
    public void triggerOnline(int i) {
        triggered.add(i);
        triggeredOnline[i] = true;
    }

    /** Adds a contact's worth of tie strength to i today; it lands in the evening's tie update. */
    public void contact(int i, double gain) {
        people.gain[i] += (float) gain;
        census.touch(i);
    }

    /** Something about i changed that the evening's rung and head counts must see (a join, a leave). */
    public void touch(int i) {
        census.touch(i);
    }

    /** i knows of the store from now on; false if they knew already. */
    public boolean makeAware(int i) {
        if (people.everAware[i]) {
            return false;
        }
        people.everAware[i] = true;
        census.touch(i);
        return true;
    }

    /** Households due today arrive: from today every phase sees them, and tonight's census counts them. */
    public void arrive() {
        arrivals.arrive(people, day, census::touch);
    }

    /** Opens a new word-of-mouth cascade of one person, started by {@code source}; returns its id. */
    public int startCascade(int source) {
        cascadeSizes.add(1);
        cascadeSources.add(source);
        return cascadeSizes.size() - 1;
    }

    /**
     * Consumer i hears of the store for the first time through cascade {@code cascade} (a friend's word, a
     * KOL's post): they are aware from now on and counted in that cascade. False if they knew already.
     */
    public boolean hearFirst(int i, int cascade) {
        if (!makeAware(i)) {
            return false;
        }
        people.cascade[i] = cascade;
        cascadeSizes.set(cascade, cascadeSizes.get(cascade) + 1);
        return true;
    }

    public static Path baseDirOf(Path scenarioFile) {
        Path parent = scenarioFile.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
