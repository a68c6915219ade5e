using System.Globalization;
using Campo.Gravity;
using Campo.Gravity.Data;
using Campo.Gravity.Equilibrium;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Gravity;

/// <summary>
/// Chapter 2, application 1 of the Advanced Guide ("Trade without borders", 2006, σ = 7, Germany the reference):
/// the baseline PPML, and the Guide's GE procedure against its published result files
/// (<c>gravity/advanced_guide/stata_..._FULL.csv</c>, <c>_FULL_CONS.csv</c>, <c>_FULL_PROD.csv</c>).
/// </summary>
public class TradeWithoutBordersTests
{
    private const string Formula = "trade ~ log(dist) + cntg + intl_brdr | exporter + importer";

    [SkippableFact]
    public void The_baseline_coefficients_are_the_published_ones()
    {
        var fit = GravityEstimation.Estimate(Data2006(), Formula);

        // README of gravity/ (the Guide's log): ln_DIST -0.7912879 (0.0501494), CNTG 0.6736456 (0.1073719),
        // INTL_BRDR -2.47445 (0.1193816), N = 4,761.
        Assert.Equal(4761, fit.ObservationsUsed);
        AssertRelative(-0.7912879, fit["log(dist)"].Estimate, 1e-6);
        AssertRelative(0.6736456, fit["cntg"].Estimate, 1e-6);
        AssertRelative(-2.47445, fit["intl_brdr"].Estimate, 1e-5);
        AssertRelative(0.0501494, fit["log(dist)"].StandardError, 1e-5);
        AssertRelative(0.1073719, fit["cntg"].StandardError, 1e-5);
        AssertRelative(0.1193816, fit["intl_brdr"].StandardError, 1e-5);
    }

    [SkippableFact]
    public void The_guide_procedure_with_its_stopping_rule_reproduces_the_published_table()
    {
        var scenario = Scenario();
        var result = AdvancedGuideProcedure.Run(
            scenario.Countries, scenario.Observed, scenario.Fitted, scenario.FixedEffects, scenario.CostBaseline, scenario.CostCounterfactual,
            sigma: 7, reference: Array.IndexOf(scenario.Countries, "DEU"), GuideStopping.Guide);

        var full = Published("FULL");
        var cons = Published("FULL_CONS");
        var prod = Published("FULL_PROD");
        Assert.Equal(69, result.Countries.Count);
        foreach (var country in result.Countries)
        {
            var c = country.Country;
            Near(full[c]["change_Xi_CDL"], country.ExportsConditional, c, "conditional exports");
            Near(full[c]["change_Xi_FULL"], country.ExportsFull, c, "full exports");
            Near(full[c]["change_price_FULL"], country.FactoryPrice, c, "factory-gate price");
            Near(full[c]["change_IMR_FULL"], country.InwardResistance, c, "inward resistance");
            Near(full[c]["change_rGDP_FULL"], country.RealGdp, c, "real GDP");
            Near(cons[c]["change_IMR_CDL"], country.InwardResistanceConditional, c, "conditional inward resistance");
            Near(prod[c]["change_OMR_CDL"], country.OutwardResistanceConditional, c, "conditional outward resistance");
            Near(prod[c]["change_OMR_FULL"], country.OutwardResistance, c, "outward resistance");
        }
    }

    [SkippableFact]
    public void Run_to_convergence_the_guide_loop_gives_the_stated_canadian_figures()
    {
        var scenario = Scenario();
        var result = AdvancedGuideProcedure.Run(
            scenario.Countries, scenario.Observed, scenario.Fitted, scenario.FixedEffects, scenario.CostBaseline, scenario.CostCounterfactual,
            sigma: 7, reference: Array.IndexOf(scenario.Countries, "DEU"), GuideStopping.Full);

        // README of gravity/: run to 1e-5, the same loop gives CAN price +32.36 and real GDP +54.28.
        var canada = result.Countries.Single(c => c.Country == "CAN");
        Assert.True(result.Converged);
        Assert.Equal(32.36, canada.FactoryPrice, 0.005);
        Assert.Equal(54.28, canada.RealGdp, 0.005);
    }

    [SkippableFact]
    public void The_exact_fixed_point_clears_every_market()
    {
        // Invariants of the equilibrium (Baier, Yotov and Zylkin 2019, equations in HatAlgebraSolver), with additive
        // imbalances (the case where world expenditure equals world output, so every market can clear): new output
        // Y_i ŵ_i equals the row sum of the new flows, new expenditure Y_j ŵ_j + D_j equals the column sum, and world
        // output is unchanged (the numeraire).
        var scenario = Scenario();
        var n = scenario.Countries.Length;
        var partial = scenario.CostCounterfactual.Zip(scenario.CostBaseline, (c, b) => c - b).ToArray();
        var exact = HatAlgebraSolver.Solve(scenario.Countries, scenario.Fitted, partial, theta: 6, TradeImbalance.Additive);

        Assert.True(exact.Converged);
        var world = 0.0;
        var worldBefore = 0.0;
        for (var i = 0; i < n; i++)
        {
            var y = 0.0;
            var yNew = 0.0;
            var e = 0.0;
            var eNew = 0.0;
            for (var j = 0; j < n; j++)
            {
                y += scenario.Fitted[(i * n) + j];
                yNew += exact.Flows[(i * n) + j];
                e += scenario.Fitted[(j * n) + i];
                eNew += exact.Flows[(j * n) + i];
            }

            Assert.Equal(y * exact.FactoryPrice[i], yNew, y * 1e-9);
            Assert.Equal((y * exact.FactoryPrice[i]) + (e - y), eNew, e * 1e-9);
            world += yNew;
            worldBefore += y;
        }

        Assert.Equal(worldBefore, world, worldBefore * 1e-9);
    }

    internal static GravityTable Data2006()
    {
        var table = AdvancedGuideData.Table();
        var years = table.Column("year").Numbers!;
        var subset = table.Where(i => years[i] == 2006);
        var e = subset.Column("exporter").Text!;
        var m = subset.Column("importer").Text!;
        return subset.WithColumn("intl_brdr", Enumerable.Range(0, subset.RowCount).Select(i => e[i] != m[i] ? 1.0 : 0.0).ToArray());
    }

    internal static (string[] Countries, double[] Observed, double[] Fitted, double[] FixedEffects, double[] CostBaseline, double[] CostCounterfactual) Scenario()
    {
        var table = Data2006();
        var fit = GravityEstimation.Estimate(table, Formula);
        var exporter = table.Column("exporter").Text!;
        var importer = table.Column("importer").Text!;
        var countries = exporter.Distinct().Order(StringComparer.Ordinal).Select(c => c!).ToArray();
        var index = countries.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var n = countries.Length;
        var observed = new double[n * n];
        var fitted = new double[n * n];
        var effects = new double[n * n];
        var baseline = new double[n * n];
        var counterfactual = new double[n * n];
        var trade = table.Column("trade").Numbers!;
        var dist = table.Column("dist").Numbers!;
        var cntg = table.Column("cntg").Numbers!;
        var border = table.Column("intl_brdr").Numbers!;
        var bDist = fit["log(dist)"].Estimate;
        var bCntg = fit["cntg"].Estimate;
        var bBorder = fit["intl_brdr"].Estimate;
        for (var r = 0; r < table.RowCount; r++)
        {
            var k = (index[exporter[r]!] * n) + index[importer[r]!];
            observed[k] = trade[r];
            fitted[k] = fit.Fitted[r];
            baseline[k] = (bDist * Math.Log(dist[r])) + (bCntg * cntg[r]) + (bBorder * border[r]);
            counterfactual[k] = (bDist * Math.Log(dist[r])) + (bCntg * cntg[r]);
            effects[k] = fit.LinearPredictor[r] - baseline[k];
        }

        return (countries, observed, fitted, effects, baseline, counterfactual);
    }

    internal static Dictionary<string, Dictionary<string, double>> Published(string suffix)
    {
        var path = SharedData.Require($"gravity/advanced_guide/stata_Chapter2__Applications__1_TradeWithoutBorder__Results__1_TradeWithoutBorder_{suffix}.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var result = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            result[f[0]] = header.Skip(1).Select((h, i) => (h, v: double.Parse(f[i + 1], CultureInfo.InvariantCulture))).ToDictionary(p => p.h, p => p.v);
        }

        return result;
    }

    private static void Near(double expected, double actual, string country, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 0.01, $"{country} {what}: {actual:F4} vs published {expected:F4}");

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"{actual:R} vs {expected:R}");
}
