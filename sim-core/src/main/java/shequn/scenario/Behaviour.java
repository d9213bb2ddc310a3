package shequn.scenario;

/**
 * How consumers respond: the model's behavioural parameters, shared by all stores. Rates are per
 * day; "gains" are the step a contact adds to a consumer's tie strength with the store (scaled by
 * their susceptibility and saturating at 1). Defaults come from the seed articles where they give
 * a figure and are calibration targets otherwise (README, "The model in a page").
 */
public record Behaviour(
        Double tieDecay,
        Double awareThreshold,
        Double weakThreshold,
        Double strongThreshold,
        Double advocateThreshold,
        Double visitGain,
        Double purchaseGain,
        Double dissatisfactionLoss,
        Double groupGain,
        Double eventGain,
        Double kolGain,
        Double wordOfMouthGain,
        Double conversion,
        Double impulseConversion,
        Double fanConversionGain,
        Double fanBasketGain,
        Double priceElasticity,
        Double competitorPull,
        Double loyaltyGain,
        Integer lapseDays,
        Double churnHazard,
        Double womStrong,
        Double womWeak,
        Double acceptInvite,
        Double attention,
        Double coMemberTieRate,
        Integer strongTieContacts,
        Double exposureVisit,
        Double onlineShare,
        Double socialChoice,
        Integer repeatWindow,
        Double discovery,
        Double talkRate,
        Double shareOnHearing,
        Double pushWeight,
        Integer pushMemory,
        Double overloadFatigue,
        Double overloadExit,
        Double habit,
        Double fanWidth,
        Double tieConversion,
        Double advocateShare,
        Double pushTolerance,
        Double pushWearOut) {

    public Behaviour {
        tieDecay = or(tieDecay, 0.01);
        awareThreshold = or(awareThreshold, 0.02);
        weakThreshold = or(weakThreshold, 0.25);
        strongThreshold = or(strongThreshold, 0.6);
        advocateThreshold = or(advocateThreshold, 0.8);
        visitGain = or(visitGain, 0.01);
        purchaseGain = or(purchaseGain, 0.02);
        dissatisfactionLoss = or(dissatisfactionLoss, 0.05);
        groupGain = or(groupGain, 0.012);
        eventGain = or(eventGain, 0.2);
        kolGain = or(kolGain, 0.05);
        wordOfMouthGain = or(wordOfMouthGain, 0.05);
        conversion = or(conversion, 0.6);
        impulseConversion = or(impulseConversion, 0.08);
        fanConversionGain = or(fanConversionGain, 8.0);
        fanBasketGain = or(fanBasketGain, 0.35);
        priceElasticity = or(priceElasticity, 5.0);
        competitorPull = or(competitorPull, 0.0014);
        loyaltyGain = or(loyaltyGain, 0.5);
        lapseDays = lapseDays == null ? 90 : lapseDays;
        churnHazard = or(churnHazard, 0.0008);
        womStrong = or(womStrong, 0.15);
        womWeak = or(womWeak, 0.06);
        acceptInvite = or(acceptInvite, 0.7);
        attention = or(attention, 40.0);
        coMemberTieRate = or(coMemberTieRate, 0.05);
        strongTieContacts = strongTieContacts == null ? 12 : strongTieContacts;
        exposureVisit = or(exposureVisit, 0.04);
        onlineShare = or(onlineShare, 0.35);
        socialChoice = or(socialChoice, 0.5);
        repeatWindow = repeatWindow == null ? 30 : repeatWindow;
        discovery = or(discovery, 0.0);
        talkRate = or(talkRate, 0.0);
        shareOnHearing = or(shareOnHearing, 0.3);
        pushWeight = or(pushWeight, 4.0);
        pushMemory = pushMemory == null ? 7 : pushMemory;
        overloadFatigue = or(overloadFatigue, 0.8);
        overloadExit = or(overloadExit, 0.01);
        habit = or(habit, 0.33);
        fanWidth = or(fanWidth, 0.05);
        tieConversion = or(tieConversion, 0.5);
        advocateShare = or(advocateShare, 3.0);
        pushTolerance = or(pushTolerance, 4.5);
        pushWearOut = or(pushWearOut, 4.0);
    }

    public static Behaviour defaults() {
        return new Behaviour(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
