package shequn.validation;

import java.util.List;

/** The stylized facts SF1–SF8 of DESIGN.md, measured with the default parameters. */
public final class StylizedFacts {
    private StylizedFacts() {
    }

    public static List<Check> all() {
        return List.of(new Sf1FanValue(), new Sf2Reach(), new Sf3Invite(), new Sf4Erosion(), new Sf5Groups(),
                new Sf6Hits(), new Sf7Repeat(), new Sf8Lifecycle());
    }
}
