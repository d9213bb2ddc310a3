package shequn.scenario;

/**
 * How members take part in a group (phase 2, group life): the coefficients of the engagement each
 * member drifts toward, of junk and moderation, of chat and exits. Each day a member's engagement
 * moves by {@code speed × (target − engagement)}, with
 * <pre>
 *   target = worth × quality × relevance × (base + spread × susceptibility) − fatigue − off-topic − offset
 *   quality = manager ? quality_base + quality_skill × manager_skill : unmanaged_quality, × (1 − ½ junk)
 *   relevance = theme_weight × theme fit + (1 − theme_weight) × ½ (share in my age band + share in my tier)
 * </pre>
 * These were constants of the engine; their defaults are the calibrated values that give seed 001's
 * group facts (SF5: focused, managed groups of ~200 stay alive; mixed or unmanaged ones die) and are
 * guesses in the sense that no seed gives their numbers.
 *
 * @param speed              share of the gap to its target that engagement closes per day
 * @param worth              scale of what a good, relevant group is worth to a member
 * @param base               engagement response of the least susceptible member, relative
 * @param spread             extra response of the most susceptible member, relative
 * @param offset             the effort of reading a group at all, subtracted from every target
 * @param chatPerActive      messages an active member writes per day
 * @param junkFatigue        fatigue per unit of junk share × chat / attention
 * @param offTopicFatigue    fatigue per unit of chat from members unlike oneself (seed 001: no common language)
 * @param baseExit           daily chance of leaving a group anyway
 * @param mutedExit          daily chance of a muted member leaving, × (1.2 − relevance)
 * @param chatWithKnown      share of one-on-one chats with someone already known from the group
 * @param themeWeight        weight of theme fit in relevance (the rest: members like oneself)
 * @param offThemeFit        theme fit of a member whose interests miss the group's theme
 * @param qualityBase        quality of a managed group with an unskilled manager
 * @param qualitySkill       quality a fully skilled manager adds
 * @param unmanagedQuality   quality of members' chat alone, without a manager
 * @param unmoderatedJunk    junk share an unmoderated group creeps toward
 * @param junkCreep          daily speed of that creep
 * @param moderation         daily speed at which a manager (× skill) brings junk down to the rules' level
 * @param newMember          engagement of a member who just joined
 * @param joinContacts       days of reading a join is worth, in {@code behaviour.group_gain}
 * @param triadicClosure     share of chats with a new member that go to a friend of one's friends in the group
 *                           (a new tie closes a triangle: Kossinets &amp; Watts 2006 — people who share a friend and a
 *                           focus are far likelier to meet; the value is a guess)
 */
public record Engagement(Double speed, Double worth, Double base, Double spread, Double offset, Double chatPerActive,
                         Double junkFatigue, Double offTopicFatigue, Double baseExit, Double mutedExit,
                         Double chatWithKnown, Double themeWeight, Double offThemeFit, Double qualityBase,
                         Double qualitySkill, Double unmanagedQuality, Double unmoderatedJunk, Double junkCreep,
                         Double moderation, Double newMember, Double joinContacts, Double triadicClosure) {

    public Engagement {
        speed = or(speed, 0.06);
        worth = or(worth, 1.4);
        base = or(base, 0.6);
        spread = or(spread, 0.8);
        offset = or(offset, 0.2);
        chatPerActive = or(chatPerActive, 0.25);
        junkFatigue = or(junkFatigue, 0.5);
        offTopicFatigue = or(offTopicFatigue, 1.5);
        baseExit = or(baseExit, 0.001);
        mutedExit = or(mutedExit, 0.03);
        chatWithKnown = or(chatWithKnown, 0.7);
        themeWeight = or(themeWeight, 0.4);
        offThemeFit = or(offThemeFit, 0.25);
        qualityBase = or(qualityBase, 0.45);
        qualitySkill = or(qualitySkill, 0.55);
        unmanagedQuality = or(unmanagedQuality, 0.35);
        unmoderatedJunk = or(unmoderatedJunk, 0.8);
        junkCreep = or(junkCreep, 0.01);
        moderation = or(moderation, 0.05);
        newMember = or(newMember, 0.6);
        joinContacts = or(joinContacts, 3.0);
        triadicClosure = or(triadicClosure, 0.5);
    }

    public static Engagement defaults() {
        return new Engagement(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    void check(Checks c) {
        String at = "engagement.";
        c.share(at + "speed", speed);
        c.atLeast(at + "worth", worth, 0);
        c.atLeast(at + "base", base, 0);
        c.atLeast(at + "spread", spread, 0);
        c.atLeast(at + "offset", offset, 0);
        c.atLeast(at + "chat_per_active", chatPerActive, 0);
        c.atLeast(at + "junk_fatigue", junkFatigue, 0);
        c.atLeast(at + "off_topic_fatigue", offTopicFatigue, 0);
        c.share(at + "base_exit", baseExit);
        c.share(at + "muted_exit", mutedExit);
        c.share(at + "chat_with_known", chatWithKnown);
        c.share(at + "theme_weight", themeWeight);
        c.share(at + "off_theme_fit", offThemeFit);
        c.share(at + "quality_base", qualityBase);
        c.share(at + "quality_skill", qualitySkill);
        c.share(at + "unmanaged_quality", unmanagedQuality);
        c.share(at + "unmoderated_junk", unmoderatedJunk);
        c.share(at + "junk_creep", junkCreep);
        c.share(at + "moderation", moderation);
        c.share(at + "new_member", newMember);
        c.atLeast(at + "join_contacts", joinContacts, 0);
        c.share(at + "triadic_closure", triadicClosure);
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
