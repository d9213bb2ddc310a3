package shequn.scenario;

/** Campaign checks: inside the horizon, aimed at things that exist, and affordable in sign. */
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
        if (k.lever() == null) {
            c.fail(at + "lever", "every campaign needs a lever (one of "
                    + String.join(", ", ScenarioSchema.enumValues(Lever.class)) + ")");
        }
        schedule(at, k);
        targets(at, k);
        money(at, k);
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

    private void targets(String at, Campaign k) {
        boolean storeOk = References.store(c, at + "store", k.store(), s);
        boolean groupOk = References.group(c, at + "group", k.group(), s);
        References.kol(c, at + "kol", k.kol(), s);
        if (storeOk && groupOk && k.store() != null && k.group() != null) {
            String home = References.storeOf(s.groups().get(s.groupIndex(k.group())).store(), s);
            if (!home.equals(k.store())) {
                c.fail(at + "group", "group '" + k.group() + "' belongs to store '" + home + "', not '" + k.store() + "'");
            }
        }
        if ((k.lever() == Lever.KOL_POST || k.lever() == Lever.LIVESTREAM) && s.kols().isEmpty()) {
            c.fail(at + "lever", k.lever().fileName() + " needs a KOL, and kols is empty");
        }
        if (k.lever() == Lever.VIP_PRUNING && storeOk && groupOk) {
            vipGroup(at, k);
        }
    }

    /** Pruning moves valuable members into a VIP group, so the store must run one. */
    private void vipGroup(String at, Campaign k) {
        String store = k.store() != null ? k.store()
                : k.group() != null ? References.storeOf(s.groups().get(s.groupIndex(k.group())).store(), s)
                : null;
        boolean found = s.groups().stream()
                .anyMatch(g -> g.vip() && (store == null || References.storeOf(g.store(), s).equals(store)));
        if (!found) {
            c.fail(at + "lever", "vip_pruning needs a group with vip: true"
                    + (store == null ? "" : " in store '" + store + "'") + " to move valuable members into");
        }
    }

    private void money(String at, Campaign k) {
        if (k.budget() != null) {
            c.atLeast(at + "budget", k.budget(), 0);
        }
        if (k.unitCost() != null) {
            c.atLeast(at + "unit_cost", k.unitCost(), 0);
        }
        c.atLeast(at + "amount", k.amount(), 0);
        c.share(at + "discount", k.discount());
        c.share(at + "commission", k.commission());
        c.share(at + "rate", k.rate());
    }
}
