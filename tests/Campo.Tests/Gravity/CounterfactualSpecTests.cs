using Campo.Gravity;
using Campo.Gravity.Equilibrium;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Gravity;

/// <summary>The counterfactual file and its runner, end to end on the example in scenarios/gravity/.</summary>
public class CounterfactualSpecTests
{
    private static string Example => Path.Combine(SharedData.RepositoryRoot, "scenarios", "gravity", "trade-without-borders.toml");

    [SkippableFact]
    public void The_example_spec_run_with_the_guide_solver_reproduces_the_published_canadian_row()
    {
        SharedData.Require("gravity/advanced_guide/agtpa_applications.csv");
        var spec = CounterfactualSpec.Load(Example) with { Solver = CounterfactualSolver.Guide, GuideStoppingRule = true };

        var result = GravityCounterfactual.Run(spec);

        // Published (stata_..._FULL.csv, CAN): conditional exports +80.82, full +137.19, factory-gate price +32.58,
        // inward resistance -14.11, real GDP +54.36; _FULL_PROD.csv: outward resistance -28.04 (full digits below;
        // the test allows 0.01 points).
        var canada = result.Countries.Single(c => c.Country == "CAN");
        Assert.Equal(80.82463241173059, canada.ExportsConditional, 0.01);
        Assert.Equal(137.18757784520034, canada.ExportsFull, 0.01);
        Assert.Equal(32.5844613361862, canada.FactoryPrice, 0.01);
        Assert.Equal(-14.108813541563595, canada.InwardResistance, 0.01);
        Assert.Equal(54.36329011515599, canada.RealGdp, 0.01);
        Assert.Equal(-28.039870968305753, canada.OutwardResistance, 0.01);
    }

    [SkippableFact]
    public void The_exact_solver_on_the_example_converges_and_holds_germany_as_numeraire()
    {
        SharedData.Require("gravity/advanced_guide/agtpa_applications.csv");
        var result = GravityCounterfactual.Run(CounterfactualSpec.Load(Example));

        Assert.True(result.Converged);
        Assert.Equal(69, result.Countries.Count);

        // The reference country's inward resistance is the numeraire: its change is 0 by construction.
        Assert.Equal(0.0, result.Countries.Single(c => c.Country == "DEU").InwardResistance, 10);
    }

    [Fact]
    public void A_spec_without_a_change_is_refused_with_what_to_add()
    {
        var path = Path.Combine(Path.GetTempPath(), "campo-spec-" + Guid.NewGuid().ToString("N") + ".toml");
        File.WriteAllText(path, "data = \"x.csv\"\nformula = \"trade ~ rta | exporter + importer\"\nsigma = 5\n");
        try
        {
            var error = Assert.Throws<GravityException>(() => CounterfactualSpec.Load(path, "spec.toml"));

            Assert.Contains("no [[change]] section", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_sigma_of_one_or_less_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), "campo-spec-" + Guid.NewGuid().ToString("N") + ".toml");
        File.WriteAllText(path, "data = \"x.csv\"\nformula = \"trade ~ rta | exporter + importer\"\nsigma = 1\n[[change]]\nvariable = \"rta\"\nvalue = 1\n");
        try
        {
            var error = Assert.Throws<GravityException>(() => CounterfactualSpec.Load(path, "spec.toml"));

            Assert.Contains("spec.toml:3: sigma:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
