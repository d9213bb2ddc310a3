package shequn.scenario;

/**
 * What a lever's own validation sees ({@link LeverSpec#check}): the campaign,
 * the scenario, and checks that report at the campaign's field ({@code campaigns[3].amount}).
 */
public final class CampaignCheck {
    private final Checks checks;
    private final Scenario scenario;
    private final Campaign campaign;
    private final String at;
    private final boolean targetsKnown;

    CampaignCheck(Checks checks, Scenario scenario, Campaign campaign, String at, boolean targetsKnown) {
        this.checks = checks;
        this.scenario = scenario;
        this.campaign = campaign;
        this.at = at;
        this.targetsKnown = targetsKnown;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Campaign campaign() {
        return campaign;
    }

    public void fail(String field, String message) {
        checks.fail(at + field, message);
    }

    public void share(String field, double value) {
        checks.share(at + field, value);
    }

    public void atLeast(String field, double value, double min) {
        checks.atLeast(at + field, value, min);
    }

    /** Whether the store and group the campaign names exist (checks that follow them would only repeat that). */
    public boolean targetsKnown() {
        return targetsKnown;
    }

    /** The store the campaign is aimed at: the one it names, or its group's; null for every store. */
    public String targetStore() {
        if (campaign.store() != null) {
            return campaign.store();
        }
        return campaign.group() == null ? null : storeOf(scenario.groups().get(scenario.groupIndex(campaign.group())));
    }

    /** The store a group belongs to once defaults are applied. */
    public String storeOf(Group g) {
        return References.storeOf(g.store(), scenario);
    }

    /** Households a consumer index must fall below (the checks' count, safe while catchments are bad). */
    public int households() {
        return ScenarioValidator.households(scenario);
    }

    /** KOL levers need a KOL to hire. */
    public void needsKol() {
        if (scenario.kols().isEmpty()) {
            fail("lever", campaign.lever().name() + " needs a KOL, and kols is empty");
        }
    }
}
