package shequn.validation;

import java.nio.file.Path;
import java.util.List;
import shequn.metrics.Kpi;
import shequn.campaigns.levers.StaffInvite;
import shequn.montecarlo.Stats;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/**
 * SF3 (seed 001, 第一步建群): "nearly 70% of people are willing to accept pushed information and
 * a community link." store-plus-community.yaml with only staff invitations building groups (QR
 * code, referral and VIP pruning budgets set to 0), first 91 days (the horizon must reach every campaign start): group joins
 * per invitation staff made. Tolerance ±0.05. The 70% enters the model as behaviour.accept_invite;
 * this checks it survives the mechanics (eligibility, full groups) end to end: a calibrated input
 * (status {@code input}), not a validation.
 */
final class Sf3Invite implements Check {
    @Override
    public String id() {
        return "sf3";
    }

    @Override
    public List<CheckResult> run(Effort e) throws Exception {
        Path file = e.scenario("store-plus-community.yaml");
        Scenario s = ScenarioLoader.load(file, List.of("population.consumers=" + FactRuns.consumers(e), "days=91",
                "campaigns[0].budget=0", "campaigns[2].budget=0", "campaigns[11].budget=0"));
        int staff = -1;
        for (int c = 0; c < s.campaigns().size(); c++) {
            if (s.campaigns().get(c).lever() instanceof StaffInvite) {
                staff = c;
            }
        }
        int staffIndex = staff;
        List<double[]> runs = Replicas.runAll(e, "sf3", s, file.getParent(), FactRuns.reps(e), m -> {
            double invitations = m.world().plan.spent(staffIndex) / s.campaigns().get(staffIndex).lever(StaffInvite.class).unitCost();
            return new double[] {m.kpis().sum(Kpi.JOINS), invitations};
        });
        double[] rate = runs.stream().mapToDouble(r -> r[0] / r[1]).toArray();
        double mean = Stats.mean(rate);
        double invitations = runs.stream().mapToDouble(r -> r[1]).sum();
        return List.of(CheckResult.input("sf3 invitations accepted (joins ÷ invitations)", mean, 0.70, "± 0.05",
                Math.abs(mean - 0.70) <= 0.05, String.format(java.util.Locale.ROOT, "%.0f invitations in %d runs of 91 days",
                        invitations, runs.size()), null));
    }
}
