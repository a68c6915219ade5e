using System.Globalization;
using Campo.Gravity;
using Campo.Gravity.Data;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Gravity;

/// <summary>
/// ppmlhdfe's separation benchmark (sergiocorreia/ppmlhdfe, test/separation_datasets, MIT): each file's column
/// <c>separated</c> marks the observations for which the MLE does not exist. A correct estimator flags exactly
/// those, drops them and converges to finite estimates.
/// </summary>
public class SeparationTests
{
    public static TheoryData<string> Files => new(Enumerable.Range(1, 18).Select(i => i.ToString("00", CultureInfo.InvariantCulture) + ".csv"));

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Exactly_the_separated_observations_are_flagged_and_the_estimates_are_finite(string file)
    {
        var path = SharedData.Require("gravity/separation/" + file);
        var table = GravityTableReader.Read(path);
        var regressors = table.ColumnNames.Where(c => c.StartsWith('x')).ToList();
        var effects = table.ColumnNames.Where(c => c.StartsWith("id", StringComparison.Ordinal)).ToList();
        var formula = "y ~ " + (regressors.Count > 0 ? string.Join(" + ", regressors) : "1")
            + (effects.Count > 0 ? " | " + string.Join(" + ", effects) : string.Empty);

        var fit = GravityEstimation.Estimate(table, formula);

        var truth = table.Column("separated").Numbers!;
        var expected = Enumerable.Range(0, table.RowCount).Where(i => truth[i] == 1).Select(table.LineOf).ToHashSet();
        var flagged = FlaggedLines(table, fit);
        Assert.Equal(expected.Order(), flagged.Order());
        Assert.True(fit.Converged, fit.ExitReason);
        Assert.All(fit.Coefficients, c => Assert.True(double.IsFinite(c.Estimate) && Math.Abs(c.Estimate) < 15, $"{c.Name} = {c.Estimate}"));
        Assert.True(double.IsFinite(fit.Deviance));
    }

    [SkippableFact]
    public void Example1_gives_the_published_coefficients_and_robust_errors()
    {
        // ppmlhdfe's separation primer (guides/separation_primer.md), example1: N = 11, one observation separated,
        // x2 omitted; x1 -0.4506523 (0.1397897), x3 -0.4708494 (0.1955146), x4 -0.0377863 (0.0298576),
        // _cons 0.5909476; deviance 15.95579524; log pseudo-likelihood -18.49557408 (README of gravity/).
        var table = GravityTableReader.Read(SharedData.Require("gravity/separation/example1.csv"));
        var fit = GravityEstimation.Estimate(table, "y ~ x1 + x2 + x3 + x4", new GravityOptions { Variance = VarianceType.Hetero });

        Assert.Equal(11, fit.ObservationsUsed);
        Assert.Equal(1, fit.ObservationsDropped);
        Assert.Equal("x2", Assert.Single(fit.Omitted).Name);
        Assert.Equal(-0.4506523, fit["x1"].Estimate, 6);
        Assert.Equal(-0.4708494, fit["x3"].Estimate, 6);
        Assert.Equal(-0.0377863, fit["x4"].Estimate, 6);
        Assert.Equal(0.5909476, fit["_cons"].Estimate, 6);
        Assert.Equal(0.1397897, fit["x1"].StandardError, 6);
        Assert.Equal(0.1955146, fit["x3"].StandardError, 6);
        Assert.Equal(0.0298576, fit["x4"].StandardError, 6);
        Assert.Equal(15.95579524, fit.Deviance, 7);
        Assert.Equal(-18.49557408, fit.LogLikelihood, 7);
    }

    [SkippableFact]
    public void Without_separation_checks_the_same_data_do_not_give_the_published_answer()
    {
        // The contrast that makes the checks matter: with every check off, the separated observation stays and
        // the estimate of x1 drifts far from the published -0.4506523.
        var table = GravityTableReader.Read(SharedData.Require("gravity/separation/example1.csv"));
        var fit = GravityEstimation.Estimate(table, "y ~ x1 + x2 + x3 + x4", new GravityOptions { Separation = SeparationChecks.None, MaxIterations = 50 });

        Assert.Equal(12, fit.ObservationsUsed);
        Assert.True(!fit.Converged || Math.Abs(fit["x1"].Estimate + 0.4506523) > 1);
    }

    [SkippableFact]
    public void Without_the_relu_check_separation_is_caught_during_irls()
    {
        // Same truth as the ReLU test: example1's separated observation is line 6 (y = 0, x1 = 1; README of
        // gravity/ and ppmlhdfe's primer). Only the fixed-effect check and the IRLS backstop run here.
        var table = GravityTableReader.Read(SharedData.Require("gravity/separation/example1.csv"));
        var fit = GravityEstimation.Estimate(table, "y ~ x1 + x2 + x3 + x4", new GravityOptions { Separation = SeparationChecks.FixedEffects });

        Assert.Equal(11, fit.ObservationsUsed);
        Assert.Equal([6], Assert.Single(fit.Dropped).Lines);
        Assert.Equal(-0.4506523, fit["x1"].Estimate, 5);
    }

    private static HashSet<int> FlaggedLines(GravityTable table, GravityEstimate fit)
    {
        // The estimate reports the first lines of each drop; recover all flagged rows from the fitted values.
        var flagged = new HashSet<int>();
        for (var i = 0; i < table.RowCount; i++)
        {
            if (double.IsNaN(fit.Fitted[i]))
            {
                flagged.Add(table.LineOf(i));
            }
        }

        return flagged;
    }
}
