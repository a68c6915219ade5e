using Campo.Domain;
using Campo.Errors;
using Campo.Markets.World;
using static Campo.Tests.Markets.MarketFixtures;

namespace Campo.Tests.Markets;

public class WorldMarketInputTests
{
    private static CampoException Refused(params RegionMarketBase[] markets) =>
        Assert.Throws<CampoException>(() => WorldMarketModel.Calibrate(World(200, markets)));

    private static void NamesRegionCommodityAndField(CampoException error, string field)
    {
        Assert.Equal("test data", error.Location?.File);
        Assert.Equal($"SML maiz {field}", error.Location?.Field);
        Assert.StartsWith("test data: SML maiz " + field + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_positive_demand_elasticity_is_refused_naming_region_commodity_and_field()
    {
        var error = Refused(Market(Big, Maize, 200, 100, 0.5, -0.5), Market(Small, Maize, 100, 200, 0.5, 0.3));
        NamesRegionCommodityAndField(error, "demand.food.elasticity");
        Assert.Contains("0.3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_supply_elasticity_is_refused()
    {
        var error = Refused(Market(Big, Maize, 200, 100, 0.5, -0.5), Market(Small, Maize, 100, 200, -0.1, -0.5));
        NamesRegionCommodityAndField(error, "supplyElasticity");
        Assert.Contains("-0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_with_no_production_and_no_consumption_is_refused()
    {
        var error = Refused(Market(Big, Maize, 200, 100, 0.5, -0.5), Market(Small, Maize, 0, 0, 0.5, -0.5));
        NamesRegionCommodityAndField(error, "production");
        Assert.Contains("no production and no consumption", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_quantity_is_refused()
    {
        var bad = Market(Small, Maize, 100, 200, 0.5, -0.5) with { Imports = new Tonnes(-5) };
        NamesRegionCommodityAndField(Refused(Market(Big, Maize, 200, 100, 0.5, -0.5), bad), "imports");
    }

    [Fact]
    public void Imports_and_exports_that_contradict_the_balance_are_refused()
    {
        // 100 produced + 300 imported − 0 exported = 400, but demand is 200 and stocks do not change.
        var bad = Market(Small, Maize, 100, 200, 0.5, -0.5) with { Imports = new Tonnes(300) };
        var error = Refused(Market(Big, Maize, 200, 100, 0.5, -0.5), bad);
        NamesRegionCommodityAndField(error, "imports");
        Assert.Contains("= 200 t", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commodity_without_a_world_price_is_refused()
    {
        var data = new WorldMarketBase([], [Market(Small, Maize, 100, 200, 0.5, -0.5)], [], "test data");
        var error = Assert.Throws<CampoException>(() => WorldMarketModel.Calibrate(data));
        Assert.Equal("SML maiz commodity", error.Location?.Field);
    }

    [Fact]
    public void A_shock_on_a_market_not_in_the_model_is_refused()
    {
        var model = WorldMarketModel.Calibrate(World(200, Market(Big, Maize, 200, 100, 0.5, -0.5), Market(Small, Maize, 100, 200, 0.5, -0.5)));
        var error = Assert.Throws<CampoException>(() => model.Solve(new WorldMarketShock([new PolicyChange(Other, Maize) { ImportTariff = Rate.Zero }], "draft.toml")));
        Assert.Equal("draft.toml", error.Location?.File);
        Assert.Equal("OTH maiz policy", error.Location?.Field);
    }

    [Fact]
    public void Two_way_trade_is_kept_and_net_trade_sets_the_regime()
    {
        // 100 produced, 150 consumed, 80 imported and 30 exported: net imports 50, two-way trade 30 kept in both.
        var both = Market(Small, Maize, 100, 150, 0.5, -0.5, Tariff(0.5)) with { Imports = new Tonnes(80), Exports = new Tonnes(30) };
        var solution = WorldMarketModel.Calibrate(World(200, Market(Big, Maize, 1e12, 1e12 - 50, 0.5, -0.5), both))
            .Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = new Rate(0.2) }]));
        var r = solution.Market(Small, Maize);
        Assert.Equal(TradeRegime.Importer, r.BaseRegime);
        Assert.Equal(30 + 78.2623792, r.Imports.Scenario.Value, 6);
        Assert.Equal(30, r.Exports.Scenario.Value, 9);

        // Tariff revenue is on net imports (hand calculation as in the invariant tests): −1869.50483.
        Assert.Equal(-1869.50483, r.Welfare.TariffRevenue.Value, 4);
    }

    [Fact]
    public void World_imports_that_differ_from_world_exports_are_held_as_a_fixed_gap_and_noted()
    {
        // The stock change makes the exporter's balance add up while world net exports are 100 − 80 = 20.
        var data = World(
            200,
            Market(Big, Maize, 400, 300, 0.5, -0.5),
            Market(Small, Maize, 100, 180, 0.5, -0.5));
        var model = WorldMarketModel.Calibrate(data);
        Assert.Contains(model.Notes, n => n.Commodity == Maize && n.Text.Contains("not zero", StringComparison.Ordinal));
        var solution = model.Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ConsumerWedge = new Wedge(0.1) }]));
        Assert.True(solution.Converged);
        var net = solution.Markets.Sum(r => r.Exports.Scenario.Value - r.Imports.Scenario.Value);
        Assert.Equal(20, net, 6);
    }

    [Fact]
    public void An_export_subsidy_above_the_tariff_is_noted_and_keeps_the_price_at_export_parity()
    {
        // Export subsidy 30% with a 10% tariff: imports are assumed to pay at least 30%, so a net exporter and a
        // region with no trade share the same price, pw·1.3, at the base.
        var policy = new BorderPolicy(new Rate(0.1), new Wedge(0.3), Wedge.None, Wedge.None);
        var model = WorldMarketModel.Calibrate(World(200, Market(Big, Maize, 300, 100, 0.5, -0.5, policy), Market(Small, Maize, 100, 300, 0.5, -0.5)));
        Assert.Contains(model.Notes, n => n.Region == Big && n.Text.Contains("re-imports", StringComparison.Ordinal));
        Assert.Equal(260, model.Solve().Market(Big, Maize).ProducerPrice.Base.Value, 9);
    }
}
