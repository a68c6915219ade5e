using Campo.Gravity;

namespace Campo.Tests.Gravity;

/// <summary>
/// Chapter 1, application 3 of the Advanced Guide ("Estimating the effects of regional trade agreements"):
/// every column, against <c>gravity/advanced_guide/reference_ch1_rta_estimates.csv</c> (reproduced with fixest
/// 0.12.2 and equal to the Guide's Stata logs), coefficients to 1e-6 relative, clustered standard errors
/// (by pair, Stata's G/(G−1) and fixest's default) to 1e-4 relative, and the number of observations.
/// </summary>
public class AdvancedGuideChapter1Tests
{
    private const string Controls = "log(dist) + cntg + lang + clny + rta";
    private const string TimeEffects = "exporter^year + importer^year";

    public static TheoryData<string, string, bool, GravityEstimator> Models => new()
    {
        { "OLS", $"log(trade) ~ {Controls} | {TimeEffects}", true, GravityEstimator.Ols },
        { "PPML", $"trade ~ {Controls} | {TimeEffects}", true, GravityEstimator.Ppml },
        { "INTRA", $"trade ~ {Controls} | {TimeEffects} + intra", false, GravityEstimator.Ppml },
        { "PAIRFE", $"trade ~ rta | {TimeEffects} + pair_id", false, GravityEstimator.Ppml },
        { "LEAD", $"trade ~ rta + rta_lead4 | {TimeEffects} + pair_id", false, GravityEstimator.Ppml },
        { "PHSNG", $"trade ~ rta + rta_lag4 + rta_lag8 + rta_lag12 | {TimeEffects} + pair_id", false, GravityEstimator.Ppml },
        {
            "GLOB",
            $"trade ~ rta + rta_lag4 + rta_lag8 + rta_lag12 + intl_brdr_1986 + intl_brdr_1990 + intl_brdr_1994 + intl_brdr_1998 + intl_brdr_2002 | {TimeEffects} + pair_id",
            false,
            GravityEstimator.Ppml
        },
    };

    [SkippableTheory]
    [MemberData(nameof(Models))]
    public void Each_column_matches_the_published_coefficients_and_clustered_errors(string model, string formula, bool internationalOnly, GravityEstimator estimator)
    {
        var reference = AdvancedGuideData.Chapter1Reference();
        var table = AdvancedGuideData.Chapter1(internationalOnly);
        var stata = GravityEstimation.Estimate(table, formula, new GravityOptions { Estimator = estimator, Cluster = ["pair_id"] });
        var fixest = GravityEstimation.Estimate(table, formula, new GravityOptions { Estimator = estimator, Cluster = ["pair_id"], Convention = SmallSampleConvention.Fixest });

        Assert.True(stata.Converged, stata.ExitReason);
        var rows = reference.Where(r => r.Key.Model == model).ToList();
        Assert.NotEmpty(rows);
        foreach (var ((_, term), expected) in rows)
        {
            var name = term == "log_dist" ? "log(dist)" : term;
            var actual = stata[name];
            Assert.True(Math.Abs(actual.Estimate - expected.Coef) <= 1e-6 * Math.Abs(expected.Coef), $"{model} {term}: {actual.Estimate:R} vs {expected.Coef:R}");
            Assert.True(Math.Abs(actual.StandardError - expected.SeStata) <= 1e-4 * expected.SeStata, $"{model} {term} SE: {actual.StandardError:R} vs {expected.SeStata:R}");
            var se = fixest[name].StandardError;
            Assert.True(Math.Abs(se - expected.SeFixest) <= 1e-4 * expected.SeFixest, $"{model} {term} fixest SE: {se:R} vs {expected.SeFixest:R}");
            Assert.Equal(expected.N, stata.ObservationsUsed);
        }
    }

    [SkippableFact]
    public void The_pair_fixed_effects_model_drops_the_seven_pairs_whose_trade_is_all_zero()
    {
        // README of gravity/: N = 28,482 after 7 all-zero pairs (84 observations: 2 directions x 6 years) are dropped.
        var table = AdvancedGuideData.Chapter1(internationalOnly: false);
        var fit = GravityEstimation.Estimate(table, "trade ~ rta | exporter^year + importer^year + pair_id", new GravityOptions { Cluster = ["pair_id"] });

        Assert.Equal(28_482, fit.ObservationsUsed);
        var zeroPairs = Assert.Single(fit.Dropped);
        Assert.Equal(84, zeroPairs.Count);
        Assert.Contains("pair_id", zeroPairs.Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_robust_error_of_the_pair_fixed_effects_model_matches_the_published_one()
    {
        // README of gravity/: ENDG robust SE 0.055771.
        var table = AdvancedGuideData.Chapter1(internationalOnly: false);
        var fit = GravityEstimation.Estimate(table, "trade ~ rta | exporter^year + importer^year + pair_id", new GravityOptions { Variance = VarianceType.Hetero });

        Assert.Equal(0.055771, fit["rta"].StandardError, 1e-5);
    }
}
