package shequn.scenario;

/**
 * Campaign checks: inside the horizon, aimed at things that exist, a budget not below 0; then the
 * lever checks its own fields ({@link LeverSpec#check}).
 */
final class CampaignChecks {

    private final Checks c;
    private final Scenario s;

    CampaignChecks(Checks checks, Scenario scenario) {
        this.c = checks;
        this.s = scenario;
    }

    void all() {
        for (int i = 0; i < s.campaigns().size(); i++) {
            one("campaigns[" + i + "].", s.campaigns().get(i));
        }
    }

    private void one(String at, Campaign k) {
        schedule(at, k);
        boolean targetsKnown = targets(at, k);
        if (k.budget() != null) {
            c.atLeast(at + "budget", k.budget(), 0);
        }
        k.lever().check(new CampaignCheck(c, s, k, at, targetsKnown));
    }

    private void schedule(String at, Campaign k) {
        int last = s.days() - 1;
        if (k.start() < 0) {
            c.fail(at + "start", "days count from 0, got " + k.start());
        } else if (k.start() > last) {
            c.fail(at + "start", "campaign on day " + k.start() + " is past the horizon of " + s.days()
                    + " days (last day " + last + ")");
        }
        if (k.end() != null) {
            if (k.end() < k.start()) {
                c.fail(at + "end", "ends on day " + k.end() + ", before it starts on day " + k.start());
            } else if (k.end() > last) {
                c.fail(at + "end", "day " + k.end() + " is past the horizon of " + s.days()
                        + " days (last day " + last + ")");
            }
        }
        c.atLeast(at + "every", k.every(), 1);
    }

    /** Whether the store and group it names exist (and the group is the store's). */
    private boolean targets(String at, Campaign k) {
        boolean storeOk = References.store(c, at + "store", k.store(), s);
        boolean groupOk = References.group(c, at + "group", k.group(), s);
        References.kol(c, at + "kol", k.kol(), s);
        if (storeOk && groupOk && k.store() != null && k.group() != null) {
            String home = References.storeOf(s.groups().get(s.groupIndex(k.group())).store(), s);
            if (!home.equals(k.store())) {
                c.fail(at + "group", "group '" + k.group() + "' belongs to store '" + home + "', not '" + k.store() + "'");
            }
        }
        return storeOk && groupOk;
    }
}
