using System.Globalization;
using Campo.Gravity;
using Campo.Gravity.Data;
using Campo.Gravity.Equilibrium;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Gravity;

/// <summary>
/// Baier, Yotov and Zylkin (2019)'s EU-enlargement example as shipped with ge_gravity (VKudlay/GEGravity,
/// GE_gravity_example.do): a three-way PPML on international flows, then GE effects in 2000 with θ = 4.
/// Known answers: <c>gravity/ge_gravity_eu/TradeData0014_Results.csv</c> (Stata's output, stored as floats) and the
/// coefficient in the README of gravity/.
/// </summary>
public class EuEnlargementTests
{
    [SkippableFact]
    public void The_three_way_estimate_of_eu_enlargement_is_the_published_one()
    {
        var table = GravityTableReader.Read(SharedData.Require("gravity/ge_gravity_eu/TradeData0014.csv"));
        var exporters = table.Column("exporter").Text!;
        var importers = table.Column("importer").Text!;
        var international = table.Where(i => exporters[i] != importers[i]);

        var fit = GravityEstimation.Estimate(
            international,
            "trade ~ eu_enlargement + other_fta | exporter^year + importer^year + exporter^importer",
            new GravityOptions { Cluster = ["exporter^importer"] });

        // README of gravity/: eu_enlargement = 0.224249 (six digits published).
        Assert.Equal(0.224249, fit["eu_enlargement"].Estimate, 6);
    }

    [SkippableTheory]
    [InlineData(TradeImbalance.Additive, "w_eu", "X_eu")]
    [InlineData(TradeImbalance.Multiplicative, "w_mult", "X_mult")]
    public void The_welfare_changes_and_new_flows_match_ge_gravity(TradeImbalance imbalance, string welfareColumn, string flowColumn)
    {
        var results = GravityTableReader.Read(SharedData.Require("gravity/ge_gravity_eu/TradeData0014_Results.csv"));
        var years = results.Column("year").Numbers!;
        var year2000 = results.Where(i => years[i] == 2000);
        var (countries, flows, partial) = Matrices(year2000, "trade", "eu_effect");

        var solution = HatAlgebraSolver.Solve(countries, flows, partial, theta: 4, imbalance);

        Assert.True(solution.Converged);
        var welfare = year2000.Column(welfareColumn).Numbers!;
        var newFlows = year2000.Column(flowColumn).Numbers!;
        var index = Index(countries);
        var exporter = year2000.Column("exporter").Text!;
        var importer = year2000.Column("importer").Text!;
        for (var r = 0; r < year2000.RowCount; r++)
        {
            var i = index[exporter[r]!];
            var j = index[importer[r]!];

            // The published values are Stata floats (about 7 significant digits): 1e-6 on welfare near 1,
            // 1e-6 relative on flows.
            Assert.True(Math.Abs(solution.Welfare[i] - welfare[r]) <= 1e-6, $"{exporter[r]} welfare {solution.Welfare[i]:R} vs {welfare[r]:R}");
            var flow = solution.Flows[(i * countries.Length) + j];
            Assert.True(Math.Abs(flow - newFlows[r]) <= 1e-6 * Math.Max(Math.Abs(newFlows[r]), 1), $"{exporter[r]}→{importer[r]} {flow:R} vs {newFlows[r]:R}");
        }
    }

    [SkippableFact]
    public void With_no_change_in_trade_costs_the_baseline_comes_back_in_one_iteration()
    {
        var results = GravityTableReader.Read(SharedData.Require("gravity/ge_gravity_eu/TradeData0014_Results.csv"));
        var years = results.Column("year").Numbers!;
        var (countries, flows, _) = Matrices(results.Where(i => years[i] == 2000), "trade", "eu_effect");

        var solution = HatAlgebraSolver.Solve(countries, flows, new double[flows.Length], theta: 4, TradeImbalance.Additive);

        Assert.Equal(1, solution.Iterations);
        Assert.All(solution.Welfare, w => Assert.Equal(1.0, w, 12));
        for (var k = 0; k < flows.Length; k++)
        {
            Assert.Equal(flows[k], solution.Flows[k], Math.Max(flows[k], 1) * 1e-12);
        }
    }

    internal static (string[] Countries, double[] Flows, double[] Partial) Matrices(GravityTable table, string flowColumn, string partialColumn)
    {
        var exporter = table.Column("exporter").Text!;
        var importer = table.Column("importer").Text!;
        var countries = exporter.Distinct().Order(StringComparer.Ordinal).Select(c => c!).ToArray();
        var index = Index(countries);
        var n = countries.Length;
        var flows = new double[n * n];
        var partial = new double[n * n];
        var x = table.Column(flowColumn).Numbers!;
        var b = table.Column(partialColumn).Numbers!;
        for (var r = 0; r < table.RowCount; r++)
        {
            var k = (index[exporter[r]!] * n) + index[importer[r]!];
            flows[k] = x[r];
            partial[k] = b[r];
        }

        return (countries, flows, partial);
    }

    private static Dictionary<string, int> Index(string[] countries) =>
        countries.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
