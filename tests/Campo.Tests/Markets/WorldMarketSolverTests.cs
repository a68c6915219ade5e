using Campo.Domain;
using Campo.Errors;
using Campo.Markets.World;
using static Campo.Tests.Markets.MarketFixtures;

namespace Campo.Tests.Markets;

public class WorldMarketSolverTests
{
    private static WorldMarketBase TwoRegions() => World(
        200,
        Market(Big, Maize, 1000, 600, 0.3, -0.2),
        Market(Small, Maize, 100, 500, 0.2, -0.3, Tariff(1.0)));

    private static readonly WorldMarketShock FreeTrade = new([new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero }], "free trade");

    [Fact]
    public void A_solver_stopped_by_its_iteration_cap_reports_it_and_does_not_pretend()
    {
        var solution = WorldMarketModel.Calibrate(TwoRegions(), new WorldMarketOptions { MaxIterations = 1 }).Solve(FreeTrade);
        var maize = solution.Commodity(Maize);
        Assert.False(solution.Converged);
        Assert.False(maize.Converged);
        Assert.Equal(1, maize.Iterations);
        Assert.True(maize.RelativeResidual > 1e-10);
        Assert.Contains("iteration cap", maize.ExitReason, StringComparison.Ordinal);
        var error = Assert.Throws<SolverException>(solution.EnsureConverged);
        Assert.Contains("maiz", error.Message, StringComparison.Ordinal);
        Assert.Contains("free trade", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_market_no_price_within_bounds_can_clear_is_reported_with_its_reason()
    {
        // Inelastic markets and a large tariff cut need the world price to rise far more than 1%.
        var solution = WorldMarketModel.Calibrate(TwoRegions(), new WorldMarketOptions { MaxLogPriceChange = 0.01 }).Solve(FreeTrade);
        var maize = solution.Commodity(Maize);
        Assert.False(maize.Converged);
        Assert.Contains("no world price within", maize.ExitReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_shock_gives_the_same_answer_from_a_fresh_model()
    {
        var a = WorldMarketModel.Calibrate(TwoRegions()).Solve(FreeTrade);
        var b = WorldMarketModel.Calibrate(TwoRegions()).Solve(FreeTrade);
        Assert.Equal(a.Commodity(Maize).WorldPrice, b.Commodity(Maize).WorldPrice);
        Assert.Equal(a.Welfare.World, b.Welfare.World);
    }

    [Fact]
    public void An_exporter_that_becomes_self_sufficient_stops_trading_and_the_market_still_clears()
    {
        // BIG exports 20 behind a 50% export tax (border price 50; its own no-trade price is 40, where
        // 100·r^0.5 = 80·r^-0.5, r = 0.8). SML imports 70 and raises its tariff to 300%. Worked by hand: at
        // pw = 60 SML imports 18 and OTH exports 13; at pw = 70 SML imports 9.6 and OTH exports 23.9, so the
        // new world price lies between 60 and 70, below 80, where BIG's export parity falls under 40.
        var data = World(
            100,
            Market(Big, Maize, 100, 80, 0.5, -0.5, new BorderPolicy(Rate.Zero, new Wedge(-0.5), Wedge.None, Wedge.None)),
            Market(Small, Maize, 30, 100, 0.5, -0.5),
            Market(Other, Maize, 100, 50, 0.5, -0.5));
        var solution = WorldMarketModel.Calibrate(data).Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = new Rate(3.0) }]));
        Assert.True(solution.Converged);
        Assert.InRange(solution.Commodity(Maize).WorldPrice.Value, 60, 70);
        Assert.Equal(TradeRegime.Exporter, solution.Market(Big, Maize).BaseRegime);
        Assert.Equal(TradeRegime.NoTrade, solution.Market(Big, Maize).Regime);
        Assert.Equal(40, solution.Market(Big, Maize).BorderPrice.Scenario.Value, 6);
        var volume = solution.Markets.Sum(r => r.Production.Base.Value + r.Consumption.Base.Value) / 2;
        var net = solution.Markets.Sum(r => r.Production.Scenario.Value - r.Consumption.Scenario.Value);
        Assert.True(Math.Abs(net) <= 1e-9 * volume);
    }

    [Fact]
    public void Markets_linked_by_cross_prices_clear_together()
    {
        var data = new WorldMarketBase(
            [new CommodityWorldPrice(Maize, new UsdPerTonne(150)), new CommodityWorldPrice(Wheat, new UsdPerTonne(200))],
            [
                Market(Big, Maize, 1000, 600, 0.4, -0.3), Market(Small, Maize, 100, 500, 0.3, -0.4, Tariff(0.6)),
                Market(Big, Wheat, 800, 500, 0.4, -0.3), Market(Small, Wheat, 200, 500, 0.3, -0.4, Tariff(0.3)),
            ],
            [
                new CrossPriceElasticity(Small, Maize, Wheat, 0.1), new CrossPriceElasticity(Small, Wheat, Maize, 0.15),
                new CrossPriceElasticity(Big, Wheat, Maize, -0.05, CrossPriceSide.Supply),
            ],
            "test data");
        var model = WorldMarketModel.Calibrate(data);
        var baseSolution = model.Solve();
        Assert.All(baseSolution.Commodities, c => Assert.Equal(0, c.Iterations));
        var solution = model.Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero }]));
        Assert.True(solution.Converged);
        Assert.True(solution.Sweeps >= 2);
        foreach (var commodity in new[] { Maize, Wheat })
        {
            var rows = solution.Markets.Where(r => r.Commodity == commodity).ToList();
            var volume = rows.Sum(r => r.Production.Base.Value + r.Consumption.Base.Value) / 2;
            var net = rows.Sum(r => r.Production.Scenario.Value - r.Consumption.Scenario.Value);
            Assert.True(Math.Abs(net) <= 1e-9 * volume, $"{commodity} does not clear: {net}");
        }

        // Cheaper maize in SML draws food demand away from wheat (positive cross elasticity), so wheat's world price falls.
        Assert.True(solution.Commodity(Wheat).PriceChange < 0);
    }

    [Fact]
    public void Cross_price_effects_stronger_than_own_price_effects_leave_the_markets_unsolved_and_say_so()
    {
        // Pathological data: demand for each grain rises with the other's price (0.5) more than it falls with
        // its own (−0.2), so a common rise in both prices raises demand and no price pair clears both markets.
        var data = new WorldMarketBase(
            [new CommodityWorldPrice(Maize, new UsdPerTonne(150)), new CommodityWorldPrice(Wheat, new UsdPerTonne(200))],
            [
                Market(Big, Maize, 1000, 600, 0.2, -0.2), Market(Small, Maize, 100, 500, 0.1, -0.2, Tariff(0.6)),
                Market(Big, Wheat, 800, 500, 0.2, -0.2), Market(Small, Wheat, 200, 500, 0.1, -0.2, Tariff(0.3)),
            ],
            [
                new CrossPriceElasticity(Small, Maize, Wheat, 0.5), new CrossPriceElasticity(Small, Wheat, Maize, 0.5),
                new CrossPriceElasticity(Big, Maize, Wheat, 0.5), new CrossPriceElasticity(Big, Wheat, Maize, 0.5),
            ],
            "test data");
        var solution = WorldMarketModel.Calibrate(data).Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero }], "grain cut"));
        Assert.False(solution.Converged);
        var maize = solution.Commodity(Maize);
        Assert.False(maize.Converged);
        Assert.True(maize.RelativeResidual > 1e-10);
        Assert.True(maize.Iterations > 0);
        Assert.Contains("maiz", Assert.Throws<SolverException>(solution.EnsureConverged).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_cross_price_elasticities_give_the_same_answer_as_no_links()
    {
        RegionMarketBase[] markets =
        [
            Market(Big, Maize, 1000, 600, 0.4, -0.3), Market(Small, Maize, 100, 500, 0.3, -0.4, Tariff(0.6)),
            Market(Big, Wheat, 800, 500, 0.4, -0.3), Market(Small, Wheat, 200, 500, 0.3, -0.4, Tariff(0.3)),
        ];
        CommodityWorldPrice[] prices = [new(Maize, new UsdPerTonne(150)), new(Wheat, new UsdPerTonne(200))];
        var shock = new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero }]);
        var plain = WorldMarketModel.Calibrate(new WorldMarketBase(prices, markets, [], "t")).Solve(shock);
        var linked = WorldMarketModel.Calibrate(new WorldMarketBase(prices, markets, [new CrossPriceElasticity(Small, Maize, Wheat, 0.0)], "t")).Solve(shock);
        Assert.Equal(plain.Commodity(Maize).WorldPrice.Value, linked.Commodity(Maize).WorldPrice.Value, 9);
        Assert.Equal(plain.Welfare.World.Total.Value, linked.Welfare.World.Total.Value, 6);
    }
}

public class CrossPriceWelfareTests
{
    [Fact]
    public void A_cross_price_shift_moves_quantities_and_revenue_and_is_valued_along_the_sequential_path()
    {
        // SML's maize food demand responds to its wheat consumer price (cross elasticity 0.2). SML cuts its wheat
        // tariff from 50% to 20% in a 1e12 t world, so world prices stay put: wheat's border price goes from
        // 300·1.5 = 450 to 300·1.2 = 360 (ratio 0.8) and maize's stays at 200·1.5 = 300. Hand calculation:
        // maize demand 150·0.8^0.2 = 143.4527; maize revenue change 0.5·200·150·(0.8^0.2 − 1) = −654.73;
        // along the path (maize first, at base wheat prices; then wheat) maize's own price never moves, so its
        // ΔCS is 0 and the consumers' gain is wheat's: −100·450/0.5·(0.8^0.5 − 1) = 9501.5528.
        var data = new WorldMarketBase(
            [new CommodityWorldPrice(Maize, new UsdPerTonne(200)), new CommodityWorldPrice(Wheat, new UsdPerTonne(300))],
            [
                Market(Big, Maize, 1e12, 1e12 - 50, 0.5, -0.5), Market(Small, Maize, 100, 150, 0.5, -0.5, Tariff(0.5)),
                Market(Big, Wheat, 1e12, 1e12 - 50, 0.5, -0.5), Market(Small, Wheat, 50, 100, 0.5, -0.5, Tariff(0.5)),
            ],
            [new CrossPriceElasticity(Small, Maize, Wheat, 0.2)],
            "test data");
        var solution = WorldMarketModel.Calibrate(data).Solve(new WorldMarketShock([new PolicyChange(Small, Wheat) { ImportTariff = new Rate(0.2) }]));
        Assert.True(solution.Converged);
        var maize = solution.Market(Small, Maize);
        var wheat = solution.Market(Small, Wheat);
        Assert.Equal(150 * Math.Pow(0.8, 0.2), maize.Consumption.Scenario.Value, 6);
        Assert.Equal(0.5 * 200 * 150 * (Math.Pow(0.8, 0.2) - 1), maize.Welfare.TariffRevenue.Value, 4);
        Assert.Equal(0, maize.Welfare.ConsumerSurplus.Value, 6);
        Assert.Equal(-100 * 450 / 0.5 * (Math.Pow(0.8, 0.5) - 1), wheat.Welfare.ConsumerSurplus.Value, 4);
        var world = solution.Welfare.World;
        Assert.Equal((world.ProducerSurplus + world.ConsumerSurplus + world.Government + world.QuotaRent).Value, world.Total.Value, 9);
    }
}
