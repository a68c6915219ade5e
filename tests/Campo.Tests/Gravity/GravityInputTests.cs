using Campo.Gravity;
using Campo.Gravity.Data;

namespace Campo.Tests.Gravity;

/// <summary>What a user can get wrong in the data or formula, and how the estimator reports it.</summary>
public class GravityInputTests
{
    [Fact]
    public void A_missing_column_names_the_columns_there_are()
    {
        var error = Assert.Throws<GravityException>(() => GravityEstimation.Estimate(SmallWorld.Table(), "trade ~ distance | exp + imp"));

        Assert.Contains("no column named 'distance'", error.Message, StringComparison.Ordinal);
        Assert.Contains("exp, imp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_outcome_is_refused()
    {
        var error = Assert.Throws<GravityException>(() => GravityEstimation.Estimate(SmallWorld.Table(), "exp ~ dist | imp"));

        Assert.Contains("holds text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_outcome_is_refused_with_its_row()
    {
        var table = SmallWorld.Table();
        var trade = (double[])table.Column("trade").Numbers!.Clone();
        trade[4] = -1;
        var error = Assert.Throws<GravityException>(() => GravityEstimation.Estimate(table.WithColumn("trade", trade), "trade ~ dist | exp + imp"));

        Assert.Contains("negative outcome -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regressor_absorbed_by_the_fixed_effects_is_reported_and_omitted()
    {
        var table = SmallWorld.Table();
        var exporter = table.Column("exp").Text!;
        var size = exporter.Select(e => e == "A" ? 3.0 : e == "B" ? 5.0 : 7.0).ToArray();

        var fit = GravityEstimation.Estimate(table.WithColumn("size", size), "trade ~ dist + size | exp + imp");

        var omitted = Assert.Single(fit.Omitted);
        Assert.Equal("size", omitted.Name);
        Assert.Equal("absorbed by the fixed effects", omitted.Reason);
        Assert.Equal("dist", Assert.Single(fit.Coefficients).Name);
    }

    [Fact]
    public void Rows_with_missing_values_are_dropped_and_counted()
    {
        var table = SmallWorld.Table();
        var dist = (double[])table.Column("dist").Numbers!.Clone();
        dist[1] = double.NaN;

        var fit = GravityEstimation.Estimate(table.WithColumn("dist", dist), "trade ~ dist | exp + imp");

        Assert.Equal(table.RowCount - 1, fit.ObservationsUsed);
        var dropped = Assert.Single(fit.Dropped);
        Assert.Equal("missing value in dist", dropped.Reason);
        Assert.Equal([2], dropped.Lines);
    }

    [Fact]
    public void The_log_of_zero_drops_the_row_with_its_reason()
    {
        var table = SmallWorld.Table();
        var trade = (double[])table.Column("trade").Numbers!.Clone();
        trade[2] = 0;

        var fit = GravityEstimation.Estimate(table.WithColumn("trade", trade), "log(trade) ~ dist | exp + imp", new GravityOptions { Estimator = GravityEstimator.Ols });

        Assert.Equal(table.RowCount - 1, fit.ObservationsUsed);
        Assert.StartsWith("log(trade) undefined", Assert.Single(fit.Dropped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ols_without_fixed_effects_gives_the_textbook_line()
    {
        // Hand calculation: x = 0,1,2,3; y = 1,2,3,5; x̄ = 1.5, ȳ = 2.75; Sxy = 6.5, Sxx = 5; slope 1.3, intercept 0.8.
        var table = GravityTable.FromColumns("line", new Dictionary<string, double[]> { ["y"] = [1, 2, 3, 5], ["x"] = [0, 1, 2, 3] });

        var fit = GravityEstimation.Estimate(table, "y ~ x", new GravityOptions { Estimator = GravityEstimator.Ols });

        Assert.Equal(1.3, fit["x"].Estimate, 12);
        Assert.Equal(0.8, fit["_cons"].Estimate, 12);
    }

    [Fact]
    public void Absorbed_fixed_effects_give_the_same_estimate_as_explicit_dummies()
    {
        // PPML with absorbed fixed effects equals a Poisson GLM with dummy columns (the FWL property of IRLS).
        var table = SmallWorld.Table();
        var exporter = table.Column("exp").Text!;
        var importer = table.Column("imp").Text!;
        var withDummies = table
            .WithColumn("eB", exporter.Select(e => e == "B" ? 1.0 : 0.0).ToArray())
            .WithColumn("eC", exporter.Select(e => e == "C" ? 1.0 : 0.0).ToArray())
            .WithColumn("iB", importer.Select(e => e == "B" ? 1.0 : 0.0).ToArray())
            .WithColumn("iC", importer.Select(e => e == "C" ? 1.0 : 0.0).ToArray());

        var absorbed = GravityEstimation.Estimate(table, "trade ~ dist | exp + imp");
        var dummies = GravityEstimation.Estimate(withDummies, "trade ~ dist + eB + eC + iB + iC");

        Assert.Equal(dummies["dist"].Estimate, absorbed["dist"].Estimate, 9);
        Assert.Equal(dummies.Deviance, absorbed.Deviance, 8);
        Assert.Equal(dummies["dist"].StandardError, absorbed["dist"].StandardError, 8);
    }

    [Fact]
    public void An_offset_constant_within_exporters_changes_no_coefficient()
    {
        var table = SmallWorld.Table();
        var exporter = table.Column("exp").Text!;
        var offset = exporter.Select(e => e == "A" ? 0.5 : e == "B" ? -1.0 : 2.0).ToArray();

        var plain = GravityEstimation.Estimate(table, "trade ~ dist | exp + imp");
        var shifted = GravityEstimation.Estimate(table.WithColumn("o", offset), "trade ~ dist + offset(o) | exp + imp");

        Assert.Equal(plain["dist"].Estimate, shifted["dist"].Estimate, 9);
    }

    [Fact]
    public void A_weight_of_two_equals_a_duplicated_row()
    {
        var table = SmallWorld.Table();
        var weights = Enumerable.Repeat(1.0, table.RowCount).ToArray();
        weights[3] = 2;
        var duplicated = SmallWorld.Table(duplicateRow: 3);

        var weighted = GravityEstimation.Estimate(table.WithColumn("w", weights), "trade ~ dist | exp + imp", new GravityOptions { Weights = "w" });
        var doubled = GravityEstimation.Estimate(duplicated, "trade ~ dist | exp + imp");

        Assert.Equal(doubled["dist"].Estimate, weighted["dist"].Estimate, 9);
    }

    [Fact]
    public void Two_way_clustering_on_the_same_variable_twice_equals_one_way()
    {
        // V_a + V_a − V_{a∩a} = V_a (Cameron, Gelbach and Miller 2011).
        var table = SmallWorld.Table();
        var one = GravityEstimation.Estimate(table, "trade ~ dist | exp", new GravityOptions { Cluster = ["imp"] });
        var two = GravityEstimation.Estimate(table, "trade ~ dist | exp", new GravityOptions { Cluster = ["imp", "imp"] });

        Assert.Equal(one["dist"].StandardError, two["dist"].StandardError, 12);
    }

    [Fact]
    public void Formulas_are_parsed_with_logs_offsets_and_interactions()
    {
        var formula = GravityFormula.Parse("trade ~ rta + log(dist) + offset(o) | exp^year + imp#year + pair");

        Assert.Equal("trade", formula.Outcome.Column);
        Assert.Equal(["rta", "log(dist)"], formula.Regressors.Select(r => r.Label));
        Assert.Equal("o", formula.Offset!.Column);
        Assert.Equal(["exp^year", "imp^year", "pair"], formula.FixedEffects.Select(GravityFormula.NameOf));
    }

    [Theory]
    [InlineData("trade rta", "no '~'")]
    [InlineData("trade ~ rta + + dist", "empty term")]
    [InlineData("trade ~ rta^2", "is not a column")]
    [InlineData("trade ~ rta | exp +", "empty fixed effect")]
    public void Malformed_formulas_are_explained(string text, string expected)
    {
        var error = Assert.Throws<GravityException>(() => GravityFormula.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("formula", error.Location!.Field);
    }

    [Fact]
    public void An_outcome_that_is_zero_everywhere_is_refused()
    {
        var table = SmallWorld.Table();
        var zero = new double[table.RowCount];

        var error = Assert.Throws<GravityException>(() => GravityEstimation.Estimate(table.WithColumn("trade", zero), "trade ~ dist | exp + imp"));

        Assert.Contains("is zero in all", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_row_is_refused_rather_than_fitted_exactly()
    {
        var table = GravityTable.FromColumns("one", new Dictionary<string, double[]> { ["trade"] = [3], ["rta"] = [1] });

        var error = Assert.Throws<GravityException>(() => GravityEstimation.Estimate(table, "trade ~ rta"));

        Assert.Contains("1 usable observation(s) of 1 for 2 coefficient(s)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_with_nothing_after_the_tilde_is_refused()
    {
        var error = Assert.Throws<GravityException>(() => GravityFormula.Parse("trade ~ "));

        Assert.Contains("nothing after '~'", error.Problem, StringComparison.Ordinal);
    }
}
