using Campo.Evaluation;
using Campo.Regional;

namespace Campo.Tests.Regional;

public class LookBackTests
{
    [Fact]
    public void The_error_measures_are_the_mean_absolute_and_mean_percentage_errors()
    {
        // Observed 100 and 200, modelled 110 and 150: errors +10% and −25%. MAPE = (10 + 25)/2 = 17.5%;
        // MPE = (10 − 25)/2 = −7.5%: the model is below what happened on average.
        var measure = ErrorMeasure.Of(DutyRegime.Legal, [100, 200], [110, 150]);
        Assert.Equal(0.175, measure.MeanAbsolutePercentageError, 12);
        Assert.Equal(-0.075, measure.MeanPercentageError, 12);
        Assert.Equal(ErrorBias.Below, measure.Bias);
        Assert.Equal(2, measure.Years);
    }

    [Fact]
    public void Years_observed_at_zero_are_left_out_of_the_percentages()
    {
        // The year with an observation of 0 has no percentage error; the other: (90 − 100)/100 = −10%.
        var measure = ErrorMeasure.Of(DutyRegime.Applied, [0, 100], [5, 90]);
        Assert.Equal(1, measure.Years);
        Assert.Equal(0.10, measure.MeanAbsolutePercentageError, 12);
    }

    [Fact]
    public void A_model_above_what_happened_has_an_upward_bias() =>
        Assert.Equal(ErrorBias.Above, ErrorMeasure.Of(DutyRegime.Legal, [100], [120]).Bias);

    [Theory]
    [InlineData(LookBackMeasure.Imports, "imports")]
    [InlineData(LookBackMeasure.Production, "production")]
    [InlineData(LookBackMeasure.ExportPrice, "export price")]
    public void A_measure_keeps_the_spelling_the_results_file_has_always_had(LookBackMeasure measure, string spelling)
    {
        // The JSON contract of --json and the API (docs/api/openapi.json): the measure was a string before it was an enum.
        Assert.Equal("\"" + spelling + "\"", Campo.Reports.CampoJson.Serialize(measure).Trim());
        Assert.Equal(spelling, LookBackSeries.MeasureName(measure));
    }

    [Theory]
    [InlineData(DutyRegime.Legal, "legal")]
    [InlineData(DutyRegime.Applied, "applied")]
    public void Duties_keep_their_spelling_in_the_results(DutyRegime duties, string spelling) =>
        Assert.Equal("\"" + spelling + "\"", Campo.Reports.CampoJson.Serialize(duties).Trim());

    [Fact]
    public void The_look_back_says_what_it_cannot_compare()
    {
        var notes = Nafta.Evaluation.LookBack!.Notes;
        Assert.Contains(notes, n => n.Contains("Producer prices are not compared", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("Beans: no price series", StringComparison.Ordinal));
    }

    [Fact]
    public void The_maize_price_is_compared_with_the_world_bank_gulf_price()
    {
        // World Bank Pink Sheet, maize US Gulf: 1996 165.809 USD/t.
        var series = Nafta.Evaluation.LookBack!.Series.Single(s => s.Measure == LookBackMeasure.ExportPrice);
        Assert.Equal("USA", series.Region.Code);
        Assert.Equal(165.809, series.Points.Single(p => p.Year == 1996).Observed, 9);
    }
}
