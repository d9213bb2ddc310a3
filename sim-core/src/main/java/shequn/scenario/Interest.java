package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Interests that group themes and KOLs are about; consumers hold a set of them. */
public enum Interest {
    @JsonProperty("health") HEALTH,
    @JsonProperty("fashion") FASHION,
    @JsonProperty("parenting") PARENTING,
    @JsonProperty("food") FOOD,
    @JsonProperty("fitness") FITNESS,
    @JsonProperty("dance") DANCE,
    @JsonProperty("deals") DEALS;

    public int bit() {
        return 1 << ordinal();
    }
}
