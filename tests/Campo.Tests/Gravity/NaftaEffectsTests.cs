using Campo.Gravity;
using Campo.Gravity.Equilibrium;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Gravity;

/// <summary>
/// The Advanced Guide's chapter 2, application 2 (the effects of NAFTA) written as a spec alone:
/// scenarios/gravity/nafta-effects.toml (panel with pair effects, fill regression, 1994 baseline, σ = 7).
/// </summary>
public class NaftaEffectsTests
{
    private static string Spec => Path.Combine(SharedData.RepositoryRoot, "scenarios", "gravity", "nafta-effects.toml");

    /// <summary>
    /// The published rows: the Solutions Manual for the Guide in R (pachadotdev/tradepolicy,
    /// docs/general-equilibrium-trade-policy-analysis-with-structural-gravity.html, section 3.2.5 "Step IV", commit
    /// 07ae2104), which reproduces "the table from page 116 in Yotov et al. (2016)" and prints its first ten rows
    /// rounded to 2 decimals (CAN to 3 significant digits): exports conditional, exports full, real GDP,
    /// inward resistance, outward resistance, factory-gate price (all % effects of the agreement that exists).
    /// </summary>
    public static TheoryData<string, double, double, double, double, double, double, double> Published => new()
    {
        { "ARG", -0.66, -0.69, -0.01, 0.01, 0, 0, 0.006 },
        { "AUS", -0.49, -0.51, -0.01, 0.02, -0.01, 0.01, 0.006 },
        { "AUT", -0.07, -0.1, -0.01, 0, 0.01, -0.01, 0.006 },
        { "BEL", -0.09, -0.12, 0, 0, 0, 0, 0.006 },
        { "BGR", -0.05, -0.07, 0, 0, 0, 0, 0.006 },
        { "BOL", -0.47, -0.48, -0.02, 0.03, -0.01, 0.01, 0.006 },
        { "BRA", -0.65, -0.69, -0.01, -0.01, 0.02, -0.02, 0.006 },
        { "CAN", 35.0, 37.5, 3.4, -1.48, -2.14, 1.84, 0.051 },
        { "CHE", -0.14, -0.17, -0.01, 0, 0.01, -0.01, 0.006 },
        { "CHL", -0.81, -0.83, -0.03, 0.01, 0.03, -0.03, 0.006 },
    };

    private static readonly Lazy<CounterfactualResult> Result = new(() => GravityCounterfactual.Run(CounterfactualSpec.Load(Spec)));

    [SkippableTheory]
    [MemberData(nameof(Published))]
    public void The_spec_reproduces_the_published_table_to_its_rounding(string country, double exportsConditional, double exportsFull, double realGdp, double inward, double outward, double price, double tolerance)
    {
        SharedData.Require("gravity/advanced_guide/agtpa_applications.csv");
        var row = Result.Value.Countries.Single(c => c.Country == country);

        // Rounded to 2 decimals (±0.005), CAN's first three to 3 significant digits (±0.05), plus 0.001.
        Assert.Equal(exportsConditional, row.ExportsConditional, tolerance);
        Assert.Equal(exportsFull, row.ExportsFull, tolerance);
        Assert.Equal(realGdp, row.RealGdp, tolerance);
        Assert.Equal(inward, row.InwardResistance, 0.006);
        Assert.Equal(outward, row.OutwardResistance, 0.006);
        Assert.Equal(price, row.FactoryPrice, 0.006);
    }

    [SkippableFact]
    public void The_panel_stage_gives_the_guides_rta_estimate_and_the_loop_stops_by_the_guides_rule()
    {
        SharedData.Require("gravity/advanced_guide/agtpa_applications.csv");

        // ../shared/data/gravity/README.md, known answers (chapter 1, application 3, ENDG = this panel):
        // RTA = 0.5571853356, N = 28,482 after 84 observations in 7 all-zero pairs are dropped.
        Assert.Equal(0.5571853356, Result.Value.Estimate["rta"].Estimate, 6);
        Assert.Equal(28_482, Result.Value.Estimate.ObservationsUsed);
        Assert.True(Result.Value.Converged);
        Assert.Equal(69, Result.Value.Countries.Count);

        // The agreement raises its members' exports and real GDP and lowers everyone else's exports.
        foreach (var c in Result.Value.Countries)
        {
            var member = c.Country is "CAN" or "MEX" or "USA";
            Assert.Equal(member ? 1 : -1, Math.Sign(c.ExportsFull));
            if (member)
            {
                Assert.True(c.RealGdp > 0);
            }
        }
    }

    [SkippableFact]
    public void A_coefficient_fixed_at_the_estimate_gives_the_same_effects()
    {
        SharedData.Require("gravity/advanced_guide/agtpa_applications.csv");

        // Invariant: fixing β_rta at the value the panel estimates (README: 0.5571853356) moves it into the offset;
        // the pair effects, trade costs and so every effect are the same (to the 10 digits given).
        var spec = CounterfactualSpec.Load(Spec) with { FixedCoefficients = new Dictionary<string, double> { ["rta"] = 0.5571853356 } };
        var fixedResult = GravityCounterfactual.Run(spec);

        foreach (var (a, b) in Result.Value.Countries.Zip(fixedResult.Countries))
        {
            Assert.Equal(a.ExportsFull, b.ExportsFull, 1e-4);
            Assert.Equal(a.RealGdp, b.RealGdp, 1e-5);
        }

        // A different fixed value changes the effects in its direction: a larger NAFTA coefficient, larger effects.
        var larger = GravityCounterfactual.Run(CounterfactualSpec.Load(Spec) with { FixedCoefficients = new Dictionary<string, double> { ["rta"] = 0.8 } });
        Assert.True(larger.Countries.Single(c => c.Country == "MEX").ExportsConditional > Result.Value.Countries.Single(c => c.Country == "MEX").ExportsConditional);
    }

    [SkippableFact]
    public void Without_the_fill_regression_the_pairs_that_never_trade_are_named()
    {
        SharedData.Require("gravity/advanced_guide/agtpa_applications.csv");
        var spec = CounterfactualSpec.Load(Spec) with { Fill = null };

        var error = Assert.Throws<GravityException>(() => GravityCounterfactual.Run(spec));

        // The Guide's data have 7 pairs without any trade in the panel (README: 84 observations in 7 pairs), so 14
        // exporter-importer rows of 1994 have no pair effect.
        Assert.Contains("14 pairs of the baseline year have no estimated pair effect", error.Message, StringComparison.Ordinal);
        Assert.Contains("fill =", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_ids_that_differ_by_direction_are_refused()
    {
        var folder = Directory.CreateTempSubdirectory("campo-pairs").FullName;
        try
        {
            var rows = new List<string> { "exporter,importer,year,pair,trade,rta" };
            var id = 0;
            foreach (var year in new[] { 1, 2 })
            {
                foreach (var e in new[] { "A", "B", "C" })
                {
                    foreach (var i in new[] { "A", "B", "C" })
                    {
                        rows.Add($"{e},{i},{year},{(e == i ? 100 + id : ((e[0] * 10) + i[0]))},{10 + id++},{(year == 2 && e != i ? 1 : 0)}");
                    }
                }
            }

            File.WriteAllText(Path.Combine(folder, "panel.csv"), string.Join('\n', rows) + "\n");
            File.WriteAllText(Path.Combine(folder, "spec.toml"), "data = \"panel.csv\"\nformula = \"trade ~ rta | exporter^year + importer^year + pair\"\npair_effects = \"pair\"\nbaseline_year = 1\nsigma = 5\n[[change]]\nvariable = \"rta\"\nvalue = 0\n");

            var error = Assert.Throws<GravityException>(() => GravityCounterfactual.Run(CounterfactualSpec.Load(Path.Combine(folder, "spec.toml"))));

            Assert.Contains("has two ids in 'pair'", error.Message, StringComparison.Ordinal);
            Assert.Contains("panel.csv:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Panel_keys_are_checked_when_the_spec_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), "campo-spec-" + Guid.NewGuid().ToString("N") + ".toml");
        File.WriteAllText(path, "data = \"x.csv\"\nformula = \"trade ~ rta | exporter^year + importer^year + pair\"\npair_effects = \"pair\"\nsigma = 7\n[[change]]\nvariable = \"rta\"\nvalue = 0\n");
        try
        {
            var error = Assert.Throws<GravityException>(() => CounterfactualSpec.Load(path, "spec.toml"));

            Assert.Contains("spec.toml:3: pair_effects:", error.Message, StringComparison.Ordinal);
            Assert.Contains("baseline_year", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
