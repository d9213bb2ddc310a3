package shequn.campaigns.levers;

import java.util.List;
import shequn.scenario.LeverCatalog;
import shequn.scenario.LeverSpec;

/** The levers, as the scenario finds them (registered in {@code META-INF/services}): the permits list of {@link Lever}. */
public final class Catalog implements LeverCatalog {

    @Override
    public List<Class<? extends LeverSpec>> kinds() {
        return List.copyOf(Lever.kinds());
    }
}
