using Campo.Domain;
using Campo.Markets;
using Campo.Markets.World;
using static Campo.Tests.Markets.MarketFixtures;

namespace Campo.Tests.Markets;

public class WorldMarketInvariantTests
{
    private static WorldMarketBase ThreeRegions() => World(
        200,
        Market(Big, Maize, production: 1000, demand: 700, supplyElasticity: 0.4, demandElasticity: -0.3, policy: new BorderPolicy(Rate.Zero, new Wedge(0.05), new Wedge(0.1), Wedge.None)),
        Market(Small, Maize, production: 100, demand: 150, supplyElasticity: 0.5, demandElasticity: -0.5, policy: Tariff(0.5)),
        Market(Other, Maize, production: 300, demand: 550, supplyElasticity: 0.7, demandElasticity: -1.0, policy: new BorderPolicy(new Rate(0.2), Wedge.None, Wedge.None, new Wedge(-0.1))));

    [Fact]
    public void With_no_shock_the_base_comes_back_in_zero_iterations()
    {
        var solution = WorldMarketModel.Calibrate(ThreeRegions()).Solve();
        Assert.True(solution.Converged);
        var maize = solution.Commodity(Maize);
        Assert.Equal(0, maize.Iterations);
        Assert.Equal(maize.BaseWorldPrice, maize.WorldPrice);
        foreach (var r in solution.Markets)
        {
            Assert.Equal(r.Production.Base, r.Production.Scenario);
            Assert.Equal(r.Consumption.Base, r.Consumption.Scenario);
            Assert.Equal(r.BaseRegime, r.Regime);
            Assert.Equal(WelfareChange.Zero, r.Welfare);
        }
    }

    [Fact]
    public void After_a_shock_the_world_market_clears_to_one_part_in_a_billion()
    {
        var shock = new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero }, new PolicyChange(Big, Maize) { ExportWedge = Wedge.None }]);
        var solution = WorldMarketModel.Calibrate(ThreeRegions()).Solve(shock);
        Assert.True(solution.Converged);
        var before = WorldNetExports(solution, Maize, _ => 0, scenario: false);
        var after = WorldNetExports(solution, Maize, _ => 0, scenario: true);
        var volume = solution.Markets.Sum(r => r.Production.Base.Value + r.Consumption.Base.Value) / 2;
        Assert.True(Math.Abs(after - before) <= 1e-9 * volume, $"world net exports moved by {after - before}");
        Assert.True(solution.Commodity(Maize).RelativeResidual <= 1e-9);
    }

    [Fact]
    public void Welfare_components_add_up_for_every_region_and_the_world()
    {
        var shock = new WorldMarketShock([new PolicyChange(Other, Maize) { ImportTariff = new Rate(0.05), ConsumerWedge = Wedge.None }]);
        var solution = WorldMarketModel.Calibrate(ThreeRegions()).Solve(shock);
        foreach (var r in solution.Markets)
        {
            var w = r.Welfare;
            Assert.Equal(w.ProducerSurplus.Value + w.ConsumerSurplus.Value + w.TariffRevenue.Value + w.ExportTaxRevenue.Value + w.DomesticSupportRevenue.Value + w.QuotaRent.Value, w.Total.Value, 9);
        }

        var world = solution.Welfare.World;
        Assert.Equal(solution.Markets.Sum(r => r.Welfare.Total.Value), world.Total.Value, 6);
        Assert.Equal(solution.Markets.Sum(r => r.Welfare.ProducerSurplus.Value), world.ProducerSurplus.Value, 6);
    }

    [Fact]
    public void A_small_importers_tariff_cut_leaves_the_world_price_and_matches_the_single_market_formulas()
    {
        // A large free-trading world (1e12 t) and a small importer (150 t demand) cutting its tariff from 50% to 20%.
        var data = World(
            200,
            Market(Big, Maize, production: 1e12, demand: 1e12 - 50, supplyElasticity: 0.5, demandElasticity: -0.5),
            Market(Small, Maize, production: 100, demand: 150, supplyElasticity: 0.5, demandElasticity: -0.5, policy: Tariff(0.5)));
        var solution = WorldMarketModel.Calibrate(data).Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = new Rate(0.2) }]));
        Assert.True(Math.Abs(solution.Commodity(Maize).PriceChange) < 1e-9);
        var r = solution.Market(Small, Maize);

        // Hand calculation: pw = 200, pb0 = 200·1.5 = 300, pb1 = 200·1.2 = 240, so pb1/pb0 = 0.8.
        // S1 = 100·0.8^0.5 = 89.4427191; D1 = 150·0.8^-0.5 = 167.7050983; M1 = D1 − S1 = 78.2623792.
        // ΔPS = ∫[300,240] 100·(p/300)^0.5 dp = 100·300/1.5·(0.8^1.5 − 1) = −5689.16494
        // ΔCS = −∫[300,240] 150·(p/300)^-0.5 dp = −150·300/0.5·(0.8^0.5 − 1) = 9501.55281
        // ΔTR = 0.2·200·78.2623792 − 0.5·200·50 = −1869.50483;  ΔW = 1942.88304
        Assert.Equal(240, r.ConsumerPrice.Scenario.Value, 5);
        Assert.Equal(89.4427191, r.Production.Scenario.Value, 6);
        Assert.Equal(167.7050983, r.Consumption.Scenario.Value, 6);
        Assert.Equal(78.2623792, r.Imports.Scenario.Value, 6);
        Assert.Equal(-5689.16494, r.Welfare.ProducerSurplus.Value, 3);
        Assert.Equal(9501.55281, r.Welfare.ConsumerSurplus.Value, 3);
        Assert.Equal(-1869.50483, r.Welfare.TariffRevenue.Value, 3);
        Assert.Equal(1942.88304, r.Welfare.Total.Value, 3);
    }

    [Fact]
    public void A_unit_elastic_demand_uses_the_logarithmic_surplus()
    {
        // η = −1: ΔCS = −D0·pc0·ln(pc1/pc0) = −150·300·ln(0.8) = 10041.4598 (hand calculation).
        var data = World(
            200,
            Market(Big, Maize, production: 1e12, demand: 1e12 - 50, supplyElasticity: 0.5, demandElasticity: -0.5),
            Market(Small, Maize, production: 100, demand: 150, supplyElasticity: 0.5, demandElasticity: -1.0, policy: Tariff(0.5)));
        var solution = WorldMarketModel.Calibrate(data).Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = new Rate(0.2) }]));
        Assert.Equal(10041.4598, solution.Market(Small, Maize).Welfare.ConsumerSurplus.Value, 3);
    }

    [Fact]
    public void A_supply_elasticity_of_minus_one_is_integrated_in_closed_form()
    {
        // Checks the ε = −1 branch of the area directly: ∫[300,240] 100·(p/300)^-1 dp = 100·300·ln(0.8) = −6694.3065.
        Assert.Equal(-6694.30654, Campo.Markets.SurplusIntegrals.Area(100, 300, -1.0, Math.Log(0.8)), 3);
        // And its neighbourhood is continuous: e = −1 ± 1e-9 gives the same area to 1e-6.
        Assert.Equal(-6694.30654, Campo.Markets.SurplusIntegrals.Area(100, 300, -1.0 + 1e-9, Math.Log(0.8)), 3);
    }

    [Fact]
    public void Scaling_every_quantity_leaves_prices_and_scales_welfare()
    {
        static WorldMarketBase Scaled(double f) => World(
            200,
            Market(Big, Maize, 1000 * f, 700 * f, 0.4, -0.3),
            Market(Small, Maize, 100 * f, 150 * f, 0.5, -0.5, Tariff(0.5)),
            Market(Other, Maize, 300 * f, 550 * f, 0.7, -1.0, Tariff(0.2)));
        var shock = new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero }]);
        var one = WorldMarketModel.Calibrate(Scaled(1)).Solve(shock);
        var three = WorldMarketModel.Calibrate(Scaled(3)).Solve(shock);
        Assert.Equal(one.Commodity(Maize).WorldPrice.Value, three.Commodity(Maize).WorldPrice.Value, 9);
        Assert.Equal(3 * one.Welfare.World.Total.Value, three.Welfare.World.Total.Value, 6);
    }

    [Fact]
    public void Scaling_the_world_price_scales_prices_and_welfare_and_leaves_quantities()
    {
        var shock = new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero }]);
        var a = WorldMarketModel.Calibrate(ThreeRegions()).Solve(shock);
        var b = WorldMarketModel.Calibrate(ThreeRegions() with { WorldPrices = [new CommodityWorldPrice(Maize, new UsdPerTonne(400))] }).Solve(shock);
        Assert.Equal(a.Commodity(Maize).PriceChange, b.Commodity(Maize).PriceChange, 9);
        Assert.Equal(2 * a.Welfare.World.Total.Value, b.Welfare.World.Total.Value, 6);
        Assert.Equal(a.Market(Small, Maize).Imports.Scenario.Value, b.Market(Small, Maize).Imports.Scenario.Value, 6);
    }
}
