using Campo.Domain;
using Campo.Markets.Armington;

namespace Campo.Tests.Markets;

/// <summary>
/// The GSIM 4×4 example: data, scenario and results from shared/reference/market-models-and-modalities.md §2.4
/// (published world-price changes of the US–EU agreement [V]; the welfare table and the three further
/// scenarios are the reference's computed [C] values, used here as regression values).
/// </summary>
public class GsimGoldenTests
{
    private static readonly MemberId Us = new("USA");
    private static readonly MemberId Jp = new("JPN");
    private static readonly MemberId Eu = new("EUN");
    private static readonly MemberId Rw = new("ROW");
    private static readonly MemberId[] Order = [Us, Jp, Eu, Rw];

    // Reference §2.4, trade matrix (rows exporters, columns importers; order US, JP, EU, RW).
    private static readonly double[,] Trade =
    {
        { 0, 50, 200, 300 },
        { 500, 0, 150, 200 },
        { 300, 100, 200, 200 },
        { 50, 100, 110, 20 },
    };

    // Reference §2.4, initial tariffs T0 = 1 + t.
    private static readonly double[,] Tariffs =
    {
        { 1.00, 1.21, 1.41, 1.22 },
        { 1.37, 1.00, 1.31, 1.23 },
        { 1.32, 1.36, 1.00, 1.18 },
        { 1.57, 1.41, 1.25, 1.15 },
    };

    private static ArmingtonModel Model()
    {
        var flows = new List<BilateralFlow>();
        for (var r = 0; r < 4; r++)
        {
            for (var v = 0; v < 4; v++)
            {
                flows.Add(new BilateralFlow(Order[r], Order[v], new Usd(Trade[r, v]), new Rate(Tariffs[r, v] - 1)));
            }
        }

        // Reference §2.3: E_m = −1.25, E_x = 1.5, E_s = 5 for every region.
        var regions = Order.Select(r => new ArmingtonRegion(r, -1.25, 1.5, 5)).ToList();
        return ArmingtonModel.Build(new ArmingtonBase(new CommodityId("good"), regions, flows, "GSIM 4x4 example"));
    }

    private static ArmingtonShock Pairs(string name, params (MemberId Exporter, MemberId Importer)[] pairs) =>
        new(pairs.Select(p => new BilateralTariffChange(p.Exporter, p.Importer, Rate.Zero)).ToList(), name);

    public static TheoryData<string, double[], double[,]> Scenarios() => new()
    {
        // Reference §2.4: US–EU FTA, p̂* and the welfare table (ΔPS, ΔCS, ΔTR, ΔW by region).
        {
            "US-EU", [0.0792, -0.0316, 0.0480, -0.0184],
            new double[,] { { 46.14, 110.60, -138.52, 18.21 }, { -26.24, -8.88, 0.62, -34.49 }, { 39.82, 68.56, -93.84, 14.54 }, { -5.07, -32.86, -2.87, -40.80 } }
        },

        // Reference §2.4 [C], regression values: US–JP FTA.
        {
            "US-JP", [0.0241, 0.0897, -0.0201, -0.0138],
            new double[,] { { 13.49, 161.18, -228.31, -53.64 }, { 81.41, 14.34, -17.00, 78.75 }, { -15.86, -18.77, -11.45, -46.08 }, { -3.82, -26.30, -4.59, -34.71 } }
        },

        // Reference §2.4 [C]: global free trade.
        {
            "global", [0.1166, 0.1078, 0.0495, 0.1202],
            new double[,] { { 69.71, 264.45, -309.50, 24.66 }, { 99.01, 72.45, -87.50, 83.96 }, { 41.09, 100.08, -156.00, -14.83 }, { 36.68, 87.01, -151.00, -27.30 } }
        },

        // Reference §2.4 [C]: US unilateral MFN free trade.
        {
            "US-unilateral", [0.0211, 0.0569, 0.0360, 0.0450],
            new double[,] { { 11.78, 306.69, -309.50, 8.97 }, { 50.45, -12.81, -1.49, 36.15 }, { 29.60, -31.24, -1.00, -2.64 }, { 13.03, -31.96, -1.87, -20.80 } }
        },
    };

    private static ArmingtonShock Shock(string scenario) => scenario switch
    {
        "US-EU" => Pairs(scenario, (Us, Eu), (Eu, Us)),
        "US-JP" => Pairs(scenario, (Us, Jp), (Jp, Us)),
        "global" => Pairs(scenario, [.. from r in Order from v in Order select (r, v)]),
        "US-unilateral" => Pairs(scenario, [.. Order.Select(r => (r, Us))]),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void World_price_changes_match_the_reference(string scenario, double[] prices, double[,] welfare)
    {
        _ = welfare;
        var solution = Model().Solve(Shock(scenario));
        Assert.True(solution.Converged);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(prices[i], solution.Region(Order[i]).ExportPriceChange, 4);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Welfare_matches_the_reference_to_two_decimals(string scenario, double[] prices, double[,] welfare)
    {
        _ = prices;
        var solution = Model().Solve(Shock(scenario));
        for (var i = 0; i < 4; i++)
        {
            var w = solution.Region(Order[i]).Welfare;
            Assert.Equal(welfare[i, 0], w.ProducerSurplus.Value, 2);
            Assert.Equal(welfare[i, 1], w.ConsumerSurplus.Value, 2);
            Assert.Equal(welfare[i, 2], w.TariffRevenue.Value, 2);
            Assert.Equal(welfare[i, 3], w.Total.Value, 2);
        }
    }

    [Fact]
    public void The_world_row_of_the_us_eu_table_is_the_sum_of_the_regions()
    {
        // Reference §2.4, World row: ΔPS 54.65, ΔCS 137.42, ΔTR −234.60, ΔW −42.54.
        var world = Model().Solve(Shock("US-EU")).Welfare.World;
        Assert.Equal(54.65, world.ProducerSurplus.Value, 2);
        Assert.Equal(137.42, world.ConsumerSurplus.Value, 2);
        Assert.Equal(-234.60, world.TariffRevenue.Value, 2);
        Assert.Equal(-42.54, world.Total.Value, 2);
    }

    [Fact]
    public void The_linear_price_change_in_the_consumer_step_would_give_the_other_value_the_reference_notes()
    {
        // Reference §2.2 implementation note: with the linear form P̂_rv = T̂_rv + p̂*_r in the consumer-surplus
        // step the US ΔCS would be 105.47 instead of 110.60. Recompute it by hand from the solved prices.
        var solution = Model().Solve(Shock("US-EU"));
        var us = 0;
        var spending = Enumerable.Range(0, 4).Sum(r => Trade[r, us] * Tariffs[r, us]);
        var composite = 0.0;
        for (var r = 0; r < 4; r++)
        {
            var tHat = Order[r] == Eu ? (1 / Tariffs[r, us]) - 1 : 0;
            composite += Trade[r, us] * Tariffs[r, us] / spending * (tHat + solution.Region(Order[r]).ExportPriceChange);
        }

        var linear = (-spending * composite) + (0.5 * spending * composite * composite * Math.Sign(composite) * -1.25);
        Assert.Equal(105.47, linear, 2);
        Assert.Equal(110.60, solution.Region(Us).Welfare.ConsumerSurplus.Value, 2);
    }

    [Fact]
    public void Without_a_shock_nothing_moves_in_zero_iterations()
    {
        var solution = Model().Solve();
        Assert.True(solution.Converged);
        Assert.Equal(0, solution.Iterations);
        Assert.All(solution.Regions, r => Assert.Equal(0, r.ExportPriceChange));
        Assert.Equal(0, solution.Welfare.World.Total.Value);
    }

    [Fact]
    public void A_tariff_shock_is_solved_by_one_newton_step_because_the_system_is_linear()
    {
        var solution = Model().Solve(Shock("US-EU"));
        Assert.Equal(1, solution.Iterations);
        Assert.True(solution.RelativeResidual <= 1e-12);
    }

    [Fact]
    public void A_path_of_shocks_is_solved_each_against_the_base()
    {
        var model = Model();
        var path = model.SolvePath([ArmingtonShock.None, Shock("US-EU"), Shock("global")]);
        Assert.Equal(0, path[0].Region(Us).ExportPriceChange);
        Assert.Equal(model.Solve(Shock("US-EU")).Region(Us).ExportPriceChange, path[1].Region(Us).ExportPriceChange, 15);
        Assert.Equal(0.1166, path[2].Region(Us).ExportPriceChange, 4);
    }
}
