using Campo.Domain;
using Campo.Markets.World;
using static Campo.Tests.Markets.MarketFixtures;

namespace Campo.Tests.Markets;

/// <summary>
/// Tariff-rate quotas for a small importer facing a fixed world price of 200 (a 1e12 t free-trading world):
/// production 100 (ε = 0.5), demand 150 (η = −0.5), in-quota rate 10%, out-of-quota rate 50%. Every expected
/// figure is worked by hand in the test from the constant-elasticity curves S = 100·(p/p0)^0.5, D = 150·(p/p0)^−0.5.
/// </summary>
public class TariffRateQuotaTests
{
    private static WorldMarketModel Model(double quota, double share = 1.0) => WorldMarketModel.Calibrate(World(
        200,
        Market(Big, Maize, production: 1e12, demand: 1e12 - 50, supplyElasticity: 0.5, demandElasticity: -0.5),
        Market(Small, Maize, production: 100, demand: 150, supplyElasticity: 0.5, demandElasticity: -0.5,
            policy: new BorderPolicy(new Rate(0.5), Wedge.None, Wedge.None, Wedge.None, new TariffRateQuota(new Tonnes(quota), new Rate(0.1), new Rate(0.5), share)))));

    private static PolicyChange Quota(double quota, double outRate = 0.5, double inRate = 0.1, double share = 1.0) =>
        new(Small, Maize) { Quota = new TariffRateQuota(new Tonnes(quota), new Rate(inRate), new Rate(outRate), share) };

    private static WorldMarketSolution Solve(WorldMarketModel model, PolicyChange change) => model.Solve(new WorldMarketShock([change]));

    [Fact]
    public void An_unfilled_quota_prices_imports_at_the_in_quota_rate_with_no_rent()
    {
        // Base: imports 50 < quota 100, so pb0 = 200·1.1 = 220. Shock: in-quota rate to 0, pb1 = 200.
        // Imports = 150·(200/220)^−0.5 − 100·(200/220)^0.5 = 157.3213749 − 95.3462589 = 61.9751160 < 100: still unfilled.
        var solution = Solve(Model(100), Quota(100, inRate: 0));
        var r = solution.Market(Small, Maize);
        Assert.Equal(TradeRegime.InQuota, r.BaseRegime);
        Assert.Equal(TradeRegime.InQuota, r.Regime);
        Assert.Equal(220, r.BorderPrice.Base.Value, 6);
        Assert.Equal(200, r.BorderPrice.Scenario.Value, 6);
        var imports = (150 * Math.Pow(200.0 / 220, -0.5)) - (100 * Math.Pow(200.0 / 220, 0.5));
        Assert.Equal(imports, r.Imports.Scenario.Value, 6);
        Assert.Equal(0, r.QuotaRentGenerated.Scenario.Value);
        Assert.Equal(0 - (0.1 * 200 * 50), r.Welfare.TariffRevenue.Value, 6);
    }

    [Fact]
    public void Over_quota_the_rent_is_the_rate_gap_on_the_quota()
    {
        // Base: imports 50 > quota 20: pb0 = 300, rent 0.4·200·20 = 1600, revenue 200·(0.1·20 + 0.5·30) = 3400.
        // Shock: out-of-quota rate to 20%: pb1 = 240, imports 78.2623792 (as for a plain 50% → 20% cut),
        // rent 0.1·200·20 = 400, revenue 200·(0.1·20 + 0.2·58.2623792) = 2730.495168.
        var r = Solve(Model(20), Quota(20, outRate: 0.2)).Market(Small, Maize);
        Assert.Equal(TradeRegime.OverQuota, r.BaseRegime);
        Assert.Equal(TradeRegime.OverQuota, r.Regime);
        Assert.Equal(1600, r.QuotaRentGenerated.Base.Value, 6);
        Assert.Equal(400, r.QuotaRentGenerated.Scenario.Value, 6);
        Assert.Equal(78.2623792, r.Imports.Scenario.Value, 6);
        Assert.Equal(2730.495168 - 3400, r.Welfare.TariffRevenue.Value, 5);
        Assert.Equal(400 - 1600, r.Welfare.QuotaRent.Value, 6);

        // With the rent kept at home the total equals that of a plain 50% → 20% tariff cut: 1942.88304.
        Assert.Equal(1942.88304, r.Welfare.Total.Value, 4);
    }

    [Fact]
    public void A_binding_quota_sets_the_domestic_price_between_the_two_rates_and_a_rent()
    {
        // Base over quota (20). Shock: quota 60. At the out-of-quota price (300) imports are 50 < 60; at the
        // in-quota price (220) they are 150·(220/300)^−0.5 − 100·(220/300)^0.5 = 89.5 > 60: the quota binds.
        // With u = (pb/300)^0.5: 150/u − 100·u = 60, so 100u² + 60u − 150 = 0, u = (−60 + √63600)/200.
        var u = (-60 + Math.Sqrt(63600)) / 200;
        var pb = 300 * u * u;
        var r = Solve(Model(20), Quota(60)).Market(Small, Maize);
        Assert.Equal(TradeRegime.QuotaBinding, r.Regime);
        Assert.Equal(pb, r.BorderPrice.Scenario.Value, 6);
        Assert.Equal(60, r.Imports.Scenario.Value, 6);
        Assert.Equal((pb - 220) * 60, r.QuotaRentGenerated.Scenario.Value, 5);
        Assert.Equal((0.1 * 200 * 60) - 3400, r.Welfare.TariffRevenue.Value, 5);
    }

    [Fact]
    public void Cutting_the_out_of_quota_rate_moves_a_binding_quota_to_over_quota()
    {
        // Quota 60 with the out-of-quota rate cut to 30%: at pb = 260 imports are
        // 150·(260/300)^−0.5 − 100·(260/300)^0.5 = 161.1265 − 93.0949 = 68.03 > 60, so over quota at 260.
        var r = Solve(Model(20), Quota(60, outRate: 0.3)).Market(Small, Maize);
        Assert.Equal(TradeRegime.OverQuota, r.Regime);
        Assert.Equal(260, r.BorderPrice.Scenario.Value, 6);
        var imports = (150 * Math.Pow(260.0 / 300, -0.5)) - (100 * Math.Pow(260.0 / 300, 0.5));
        Assert.Equal(imports, r.Imports.Scenario.Value, 6);
        Assert.Equal((0.3 - 0.1) * 200 * 60, r.QuotaRentGenerated.Scenario.Value, 6);
    }

    [Fact]
    public void Raising_the_quota_walks_through_over_quota_binding_and_unfilled_with_imports_continuous()
    {
        var model = Model(20);
        var previous = double.NaN;
        var regimes = new List<TradeRegime>();
        for (var quota = 0.0; quota <= 120; quota += 2.5)
        {
            var r = Solve(model, Quota(quota)).Market(Small, Maize);
            if (regimes.Count == 0 || regimes[^1] != r.Regime)
            {
                regimes.Add(r.Regime);
            }

            var imports = r.Imports.Scenario.Value;
            if (!double.IsNaN(previous))
            {
                // Imports never fall as the quota grows, and never jump by more than the quota step.
                Assert.InRange(imports - previous, -1e-9, 2.5 + 1e-9);
            }

            previous = imports;
        }

        Assert.Equal([TradeRegime.OverQuota, TradeRegime.QuotaBinding, TradeRegime.InQuota], regimes);
    }

    [Fact]
    public void The_exporters_share_of_a_rent_goes_to_net_exporters()
    {
        // Over quota (20) with the out-of-quota rate at 20%: rent 400 (hand calculation above). A domestic share
        // of 25% leaves 100 at home and sends 300 to the only net exporter; in the base 400 and 1200 of 1600.
        var model = Model(20, share: 0.25);
        var solution = Solve(model, Quota(20, outRate: 0.2, share: 0.25));
        Assert.Equal(100 - 400, solution.Market(Small, Maize).Welfare.QuotaRent.Value, 6);
        Assert.Equal(300 - 1200, solution.Market(Big, Maize).Welfare.QuotaRent.Value, 6);
    }

    [Fact]
    public void Removing_the_quota_applies_the_import_tariff_to_all_imports()
    {
        // Base over quota at 50%; removing the quota leaves the 50% tariff: pb stays 300, imports 50, and the
        // revenue becomes 0.5·200·50 = 5000 against 3400 before, while the rent of 1600 disappears.
        var r = WorldMarketModel.Calibrate(World(
            200,
            Market(Big, Maize, 1e12, 1e12 - 50, 0.5, -0.5),
            Market(Small, Maize, 100, 150, 0.5, -0.5, new BorderPolicy(new Rate(0.5), Wedge.None, Wedge.None, Wedge.None, new TariffRateQuota(new Tonnes(20), new Rate(0.1), new Rate(0.5))))))
            .Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { RemoveQuota = true }])).Market(Small, Maize);
        Assert.Equal(TradeRegime.Importer, r.Regime);
        Assert.Equal(5000 - 3400, r.Welfare.TariffRevenue.Value, 5);
        Assert.Equal(-1600, r.Welfare.QuotaRent.Value, 6);
        Assert.Equal(0, r.Welfare.Total.Value, 5);
    }
}
