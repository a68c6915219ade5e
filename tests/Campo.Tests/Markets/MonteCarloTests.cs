using Campo.Domain;
using Campo.Markets.Armington;
using Campo.Markets.Uncertainty;
using Campo.Markets.World;
using static Campo.Tests.Markets.MarketFixtures;

namespace Campo.Tests.Markets;

public class MonteCarloTests
{
    private static WorldMarketModel Model() => WorldMarketModel.Calibrate(World(
        200,
        Market(Big, Maize, 1000, 600, 0.4, -0.3),
        Market(Small, Maize, 100, 400, 0.3, -0.4, new BorderPolicy(new Rate(0.6), Wedge.None, Wedge.None, Wedge.None, new TariffRateQuota(new Tonnes(100), new Rate(0.1), new Rate(0.6)))),
        Market(Other, Maize, 300, 400, 0.5, -0.5, Tariff(0.2))));

    private static readonly WorldMarketShock Cut = new([new PolicyChange(Small, Maize) { Quota = new TariffRateQuota(new Tonnes(100), new Rate(0.1), new Rate(0.3)) }], "out-of-quota cut");

    private static readonly WorldMarketUncertainty Elasticities = new()
    {
        SupplyElasticity = new LogNormalFactor(0.3),
        DemandElasticity = new UniformFactor(0.5, 1.5),
        DomesticRentShare = new ShareRange(0, 1),
    };

    [Fact]
    public void The_same_seed_gives_the_same_summaries_on_one_thread_and_on_several()
    {
        var one = WorldMarketMonteCarlo.Run(Model(), Cut, Elasticities, new MonteCarloOptions { Draws = 200, Seed = 7, MaxDegreeOfParallelism = 1 }, markets: [(Small, Maize)]);
        var many = WorldMarketMonteCarlo.Run(Model(), Cut, Elasticities, new MonteCarloOptions { Draws = 200, Seed = 7, MaxDegreeOfParallelism = 4 }, markets: [(Small, Maize)]);
        Assert.Equal(one.WorldPriceChange[Maize], many.WorldPriceChange[Maize]);
        Assert.Equal(one.RegionWelfare[Small], many.RegionWelfare[Small]);
        Assert.Equal(one.Markets[(Small, Maize)], many.Markets[(Small, Maize)]);
    }

    [Fact]
    public void Draws_evaluated_in_ranges_in_any_order_and_joined_give_the_bands_of_one_run_bit_for_bit()
    {
        // The cluster's hook: draw d uses the stream of (seed, d) whatever range evaluates it, and the ranges are joined
        // by draw index (copies only), so the summaries equal one run's exactly (an invariant, no tolerance).
        var groups = new List<KeyValuePair<string, IReadOnlyCollection<MemberId>>> { new("importers", [Small, Other]) };
        var whole = WorldMarketMonteCarlo.Run(Model(), Cut, Elasticities, new MonteCarloOptions { Draws = 37, Seed = 7, MaxDegreeOfParallelism = 2 }, groups, [(Small, Maize)]);
        var draws = WorldMarketMonteCarlo.Open(Model(), Cut, Elasticities, 7, [(Small, Maize)]);
        DrawBlock[] parts = [draws.Evaluate(30, 7, 1), draws.Evaluate(0, 11, 2), draws.Evaluate(11, 19, 1)];
        var joined = draws.Summarise(DrawBlock.Merge(37, parts), groups);

        Assert.Equal(whole.ConvergedDraws, joined.ConvergedDraws);
        Assert.Equal(whole.WorldPriceChange[Maize], joined.WorldPriceChange[Maize]);
        Assert.Equal(whole.RegionWelfare[Small], joined.RegionWelfare[Small]);
        Assert.Equal(whole.RegionWelfare[Other], joined.RegionWelfare[Other]);
        Assert.Equal(whole.GroupWelfare[0].Value, joined.GroupWelfare[0].Value);
        Assert.Equal(whole.Markets[(Small, Maize)], joined.Markets[(Small, Maize)]);
    }

    [Fact]
    public void Draws_started_from_a_kept_central_solve_equal_draws_that_solve_it_themselves_bit_for_bit()
    {
        // Issue 18: a run's central results and its draws share one solve (SolveCentral, OpenFrom) instead of two
        // identical ones. An invariant, no tolerance: the kept solve is the model's solve, and the draws started from
        // it are the draws Open makes after its own solve.
        var model = Model();
        var central = model.SolveCentral(Cut);
        var solved = model.Solve(Cut);
        Assert.Equal(solved.Commodities, central.Solution.Commodities);
        Assert.Equal(solved.Sweeps, central.Solution.Sweeps);
        Assert.Equal(solved.Welfare.Entries, central.Solution.Welfare.Entries);
        var own = WorldMarketMonteCarlo.Open(model, Cut, Elasticities, 7, [(Small, Maize)]).Evaluate(0, 60, 2);
        var kept = WorldMarketMonteCarlo.OpenFrom(model, central, Elasticities, 7, [(Small, Maize)]).Evaluate(0, 60, 2);
        Assert.Equal(own.Converged, kept.Converged);
        Assert.Equal(own.Prices, kept.Prices);
        Assert.Equal(own.Welfare, kept.Welfare);
        Assert.Equal(own.MarketValues, kept.MarketValues);
    }

    [Fact]
    public void Joining_ranges_refuses_a_draw_evaluated_twice_or_not_at_all()
    {
        var draws = WorldMarketMonteCarlo.Open(Model(), Cut, Elasticities, 7);
        var twice = Assert.Throws<InvalidOperationException>(() => DrawBlock.Merge(10, [draws.Evaluate(0, 6, 1), draws.Evaluate(5, 5, 1)]));
        Assert.Contains("draw 5 was evaluated twice", twice.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InvalidOperationException>(() => DrawBlock.Merge(10, [draws.Evaluate(0, 4, 1), draws.Evaluate(6, 4, 1)]));
        Assert.Contains("draw 4 was not evaluated", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_seed_gives_other_draws()
    {
        var a = WorldMarketMonteCarlo.Run(Model(), Cut, Elasticities, new MonteCarloOptions { Draws = 50, Seed = 1 });
        var b = WorldMarketMonteCarlo.Run(Model(), Cut, Elasticities, new MonteCarloOptions { Draws = 50, Seed = 2 });
        Assert.NotEqual(a.WorldPriceChange[Maize].Median, b.WorldPriceChange[Maize].Median);
    }

    [Fact]
    public void Without_uncertainty_every_draw_is_the_central_solution()
    {
        var result = WorldMarketMonteCarlo.Run(Model(), Cut, new WorldMarketUncertainty(), new MonteCarloOptions { Draws = 20 });
        var central = result.Central.Commodity(Maize).PriceChange;
        var summary = result.WorldPriceChange[Maize];
        Assert.Equal(20, result.ConvergedDraws);
        Assert.Equal(central, summary.Median, 12);
        Assert.Equal(central, summary.P5, 12);
        Assert.Equal(central, summary.P95, 12);
        Assert.Equal(result.Central.Welfare.ForRegion(Small).Total.Value, result.RegionWelfare[Small].Total.Median, 6);
    }

    [Fact]
    public void Elasticity_uncertainty_widens_the_band_around_the_median()
    {
        var result = WorldMarketMonteCarlo.Run(Model(), Cut, Elasticities, new MonteCarloOptions { Draws = 300 });
        var s = result.WorldPriceChange[Maize];
        Assert.True(s.P5 < s.Median && s.Median < s.P95);
        Assert.Equal(300, s.Count);
    }

    [Fact]
    public void Group_welfare_is_the_sum_of_its_members_draw_by_draw()
    {
        // With no uncertainty every draw is the same, so the group's median is the sum of the members' medians.
        var groups = new List<KeyValuePair<string, IReadOnlyCollection<MemberId>>> { new("importers", [Small, Other]) };
        var result = WorldMarketMonteCarlo.Run(Model(), Cut, new WorldMarketUncertainty(), new MonteCarloOptions { Draws = 5 }, groups);
        var expected = result.RegionWelfare[Small].Total.Median + result.RegionWelfare[Other].Total.Median;
        Assert.Equal(expected, result.GroupWelfare[0].Value.Total.Median, 6);
    }

    [Fact]
    public void The_quota_rent_share_assumption_moves_rents_between_importer_and_exporters()
    {
        // The quota (100) binds or is exceeded in both base and scenario; with a domestic share fixed at 0 the
        // importer's own rent change goes entirely to the net exporters, so its quota-rent line is zero.
        var result = WorldMarketMonteCarlo.Run(Model(), Cut, new WorldMarketUncertainty { DomesticRentShare = new ShareRange(0, 0) }, new MonteCarloOptions { Draws = 3 });
        Assert.Equal(0, result.RegionWelfare[Small].QuotaRent.Median, 9);
        var generated = result.Central.Market(Small, Maize).QuotaRentGenerated;
        var exporters = result.RegionWelfare[Big].QuotaRent.Median;
        Assert.Equal(generated.Scenario.Value - generated.Base.Value, exporters, 6);
    }

    [Fact]
    public void Percentiles_interpolate_between_order_statistics()
    {
        // Values 1..10: h = 9q; median h = 4.5 → 5.5; p5 h = 0.45 → 1.45; p95 h = 8.55 → 9.55 (definition 7).
        var s = Summary.Of([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
        Assert.Equal(5.5, s.Median, 12);
        Assert.Equal(1.45, s.P5, 12);
        Assert.Equal(9.55, s.P95, 12);
        Assert.Equal(5.5, s.Mean, 12);
    }

    [Fact]
    public void The_lognormal_factor_has_mean_one_and_the_stated_coefficient_of_variation()
    {
        var distribution = new LogNormalFactor(0.3);
        var values = new double[40000];
        for (var d = 0; d < values.Length; d++)
        {
            var random = RandomStream.ForDraw(11, d);
            values[d] = distribution.Sample(ref random);
        }

        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        Assert.Equal(1.0, mean, 2);
        Assert.Equal(0.3, sd, 2);
        Assert.All(values, v => Assert.True(v > 0));
    }

    [Fact]
    public void Armington_draws_are_reproducible_and_collapse_to_the_golden_result_without_uncertainty()
    {
        var flows = new List<BilateralFlow>
        {
            new(Big, Small, new Usd(100), new Rate(0.2)), new(Other, Small, new Usd(50), new Rate(0.2)),
            new(Small, Big, new Usd(80), new Rate(0.1)), new(Other, Big, new Usd(60), new Rate(0.1)),
            new(Big, Other, new Usd(40), new Rate(0.3)), new(Small, Other, new Usd(30), new Rate(0.3)),
        };
        var model = ArmingtonModel.Build(new ArmingtonBase(Maize, [new(Big, -1.25, 1.5, 5), new(Small, -1.25, 1.5, 5), new(Other, -1.25, 1.5, 5)], flows));
        var shock = new ArmingtonShock([new BilateralTariffChange(Big, Small, Rate.Zero)]);
        var fixedRun = ArmingtonMonteCarlo.Run(model, shock, new ArmingtonUncertainty(), new MonteCarloOptions { Draws = 10 });
        Assert.Equal(model.Solve(shock).Region(Big).ExportPriceChange, fixedRun.ExportPriceChange[Big].Median, 12);
        var uncertain = new ArmingtonUncertainty { SubstitutionElasticity = new UniformFactor(0.5, 1.5), ImportDemandElasticity = new LogNormalFactor(0.2) };
        var a = ArmingtonMonteCarlo.Run(model, shock, uncertain, new MonteCarloOptions { Draws = 100, MaxDegreeOfParallelism = 1 });
        var b = ArmingtonMonteCarlo.Run(model, shock, uncertain, new MonteCarloOptions { Draws = 100, MaxDegreeOfParallelism = 3 });
        Assert.Equal(a.RegionWelfare[Small], b.RegionWelfare[Small]);
        Assert.True(a.ExportPriceChange[Big].P5 < a.ExportPriceChange[Big].P95);
    }
}
