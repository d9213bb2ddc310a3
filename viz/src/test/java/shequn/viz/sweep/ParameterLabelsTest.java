package shequn.viz.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import shequn.viz.Lang;
import shequn.viz.Style;

/** Sweep axes name the lever a campaign path points at and the unit, not only the raw path. */
class ParameterLabelsTest {
    @Test
    void aCampaignFieldIsNamedByItsLeverWithItsUnit() throws Exception {
        var scenario = new ObjectMapper().readTree("{\"campaigns\": [{\"lever\": \"coupon\"}, {\"lever\": \"red_packet\"}]}");
        ParameterLabels.Label l = ParameterLabels.label("campaigns[1].amount", scenario, Style.of(Lang.EN));
        assertEquals("red_packet amount", l.title());
        assertEquals("red_packet amount (yuan) · campaigns[1].amount", l.axis());
        assertEquals("red_packet amount (元) · campaigns[1].amount",
                ParameterLabels.label("campaigns[1].amount", scenario, Style.of(Lang.ZH)).axis());
        assertEquals("behaviour.tie_decay (per day)", ParameterLabels.label("behaviour.tie_decay", null, Style.of(Lang.EN)).axis());
        assertEquals("behaviour.wom_weak", ParameterLabels.label("behaviour.wom_weak", null, Style.of(Lang.EN)).axis());
    }
}
