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

    [SkippableFact]
    public void Both_solvers_report_the_published_conditional_resistances_of_every_country()
    {
        SharedData.Require("gravity/advanced_guide/agtpa_applications.csv");
        var cons = TradeWithoutBordersTests.Published("FULL_CONS");
        var prod = TradeWithoutBordersTests.Published("FULL_PROD");
        var exact = GravityCounterfactual.Run(CounterfactualSpec.Load(Example));
        var guide = GravityCounterfactual.Run(CounterfactualSpec.Load(Example) with { Solver = CounterfactualSolver.Guide, GuideStoppingRule = true });

        // The Guide's results (stata_..._FULL_CONS.csv change_IMR_CDL, _FULL_PROD.csv change_OMR_CDL): the
        // conditional step is one PPML re-estimation in the Guide and one balancing in the exact solver, and both are
        // the same conditional equilibrium, so both solvers must give the published figures (to 0.01 points).
        Assert.Equal(69, exact.Countries.Count);
        foreach (var result in new[] { exact, guide })
        {
            foreach (var c in result.Countries)
            {
                Assert.True(Math.Abs(cons[c.Country]["change_IMR_CDL"] - c.InwardResistanceConditional!.Value) <= 0.01, $"{result.Solver} {c.Country} conditional inward {c.InwardResistanceConditional:F4} vs {cons[c.Country]["change_IMR_CDL"]:F4}");
                Assert.True(Math.Abs(prod[c.Country]["change_OMR_CDL"] - c.OutwardResistanceConditional!.Value) <= 0.01, $"{result.Solver} {c.Country} conditional outward {c.OutwardResistanceConditional:F4} vs {prod[c.Country]["change_OMR_CDL"]:F4}");
            }
        }
    }

    [Fact]
    public void The_conditional_resistances_explain_the_conditional_flows_and_hold_the_reference_fixed()
    {
        // Three countries, an agreement between A and B removed (B_AB = B_BA = e^-0.5). With Y and E fixed,
        // X^c_ij = X_ij B_ij (Π̂_i P̂_j)^θ (the Guide's ch. 2 structural system), P̂ of the reference = 1.
        string[] countries = ["A", "B", "C"];
        double[] flows = [100, 20, 5, 18, 90, 9, 6, 8, 70];
        double[] partial = [0, -0.5, 0, -0.5, 0, 0, 0, 0, 0];
        const double theta = 4;
        var solution = HatAlgebraSolver.Solve(countries, flows, partial, theta, TradeImbalance.Multiplicative);
        var (inward, outward) = HatAlgebraSolver.ConditionalResistances(solution, reference: 0, theta);

        Assert.Equal(1.0, inward[0], 12);
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var k = (i * 3) + j;
                var expected = flows[k] * Math.Exp(partial[k]) * Math.Pow(outward[i] * inward[j], theta);
                Assert.Equal(expected, solution.ConditionalFlows[k], 9);
            }
        }

        // Removing A-B's preference makes both harder to sell to and buy from the world: their conditional
        // resistances rise relative to C's.
        Assert.True(outward[0] > outward[2] && outward[1] > outward[2]);
        Assert.True(inward[1] > inward[2]);
    }

    [Fact]
    public void Without_a_reference_the_conditional_resistances_are_not_reported()
    {
        var folder = Directory.CreateTempSubdirectory("campo-conditional").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "flows.csv"), "exp,imp,trade,dist,rta\nA,A,100,1,0\nA,B,20,2,1\nA,C,5,3,0\nB,A,18,2,1\nB,B,90,1,0\nB,C,9,2.5,0\nC,A,6,3,0\nC,B,8,2.5,0\nC,C,70,1,0\n");
            var text = "data = \"flows.csv\"\nformula = \"trade ~ log(dist) + rta | exp + imp\"\nsigma = 5\nexporter = \"exp\"\nimporter = \"imp\"\n"
                + "[[change]]\nvariable = \"rta\"\nvalue = 0\npairs = [[\"A\", \"B\"]]\nsymmetric = true\n";
            File.WriteAllText(Path.Combine(folder, "world.toml"), text);
            File.WriteAllText(Path.Combine(folder, "reference.toml"), "reference = \"C\"\n" + text);

            var world = GravityCounterfactual.Run(CounterfactualSpec.Load(Path.Combine(folder, "world.toml")));
            var reference = GravityCounterfactual.Run(CounterfactualSpec.Load(Path.Combine(folder, "reference.toml")));

            Assert.All(world.Countries, c => Assert.Null(c.InwardResistanceConditional));
            Assert.All(world.Countries, c => Assert.Null(c.OutwardResistanceConditional));
            Assert.Equal(0.0, reference.Countries.Single(c => c.Country == "C").InwardResistanceConditional!.Value, 10);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(25.0, -20.0)] // 1.25 from baseline to counterfactual is 1/1.25 = 0.80 back: -20 %
    [InlineData(-20.0, 25.0)]
    [InlineData(0.0, 0.0)]
    public void The_effect_of_what_exists_reads_the_change_backwards(double change, double effect)
    {
        Assert.Equal(effect, GravityCounterfactual.Reverse(change), 12);
    }

    [Fact]
    public void Direction_effect_reports_the_baseline_relative_to_the_counterfactual_for_every_column()
    {
        var folder = Directory.CreateTempSubdirectory("campo-direction").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "flows.csv"), "exp,imp,trade,dist,rta\nA,A,100,1,0\nA,B,20,2,1\nA,C,5,3,0\nB,A,18,2,1\nB,B,90,1,0\nB,C,9,2.5,0\nC,A,6,3,0\nC,B,8,2.5,0\nC,C,70,1,0\n");
            var text = "data = \"flows.csv\"\nformula = \"trade ~ log(dist) + rta | exp + imp\"\nsigma = 5\nexporter = \"exp\"\nimporter = \"imp\"\n"
                + "[[change]]\nvariable = \"rta\"\nvalue = 0\npairs = [[\"A\", \"B\"]]\nsymmetric = true\n";
            File.WriteAllText(Path.Combine(folder, "remove.toml"), text);
            File.WriteAllText(Path.Combine(folder, "effect.toml"), "direction = \"effect\"\n" + text);

            var removed = GravityCounterfactual.Run(CounterfactualSpec.Load(Path.Combine(folder, "remove.toml")));
            var effect = GravityCounterfactual.Run(CounterfactualSpec.Load(Path.Combine(folder, "effect.toml")));

            foreach (var (r, e) in removed.Countries.Zip(effect.Countries))
            {
                // (1 + r)(1 + e) = 1 for every column: the same two equilibria, read the other way.
                Assert.Equal(1.0, (1 + (r.ExportsFull / 100)) * (1 + (e.ExportsFull / 100)), 10);
                Assert.Equal(1.0, (1 + (r.RealGdp / 100)) * (1 + (e.RealGdp / 100)), 10);
                Assert.Equal(1.0, (1 + (r.FactoryPrice / 100)) * (1 + (e.FactoryPrice / 100)), 10);
                Assert.Equal(1.0, (1 + (r.ExportsConditional / 100)) * (1 + (e.ExportsConditional / 100)), 10);
            }

            // Removing an agreement whose estimated effect is positive lowers A's exports to the world with output
            // and expenditure fixed (and the other way round); the agreement that exists does the opposite.
            var sign = Math.Sign(removed.Estimate["rta"].Estimate);
            Assert.Equal(-sign, Math.Sign(removed.Countries[0].ExportsConditional));
            Assert.Equal(sign, Math.Sign(effect.Countries[0].ExportsConditional));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
