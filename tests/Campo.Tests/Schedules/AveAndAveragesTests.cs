using Campo.Domain;
using Campo.Schedules;
using Campo.Schedules.Engine;
using Campo.Schedules.Results;

namespace Campo.Tests.Schedules;

public class AveAndAveragesTests
{
    [Fact]
    public void A_specific_duty_is_divided_by_the_unit_value()
    {
        // Hand calculation: 30 USD/t over a unit value of 200 USD/t = 15%.
        var ave = AdValoremEquivalent.Of(new Duty(DutyType.Specific, null, new UsdPerTonne(30)), new UsdPerTonne(200));
        Assert.Equal(0.15, ave.Rate!.Value.Fraction, 12);
    }

    [Fact]
    public void A_compound_duty_adds_its_parts_and_a_mixed_duty_takes_the_higher()
    {
        // Hand calculation: 5% + 30/200 = 20%; max(5%, 15%) = 15%; max(25%, 15%) = 25%.
        var compound = AdValoremEquivalent.Of(new Duty(DutyType.Compound, Rate.FromPercent(5), new UsdPerTonne(30)), new UsdPerTonne(200));
        var mixed = AdValoremEquivalent.Of(new Duty(DutyType.Mixed, Rate.FromPercent(5), new UsdPerTonne(30)), new UsdPerTonne(200));
        var mixedHigh = AdValoremEquivalent.Of(new Duty(DutyType.Mixed, Rate.FromPercent(25), new UsdPerTonne(30)), new UsdPerTonne(200));
        Assert.Equal(0.20, compound.Rate!.Value.Fraction, 12);
        Assert.Equal(0.15, mixed.Rate!.Value.Fraction, 12);
        Assert.Equal(0.25, mixedHigh.Rate!.Value.Fraction, 12);
    }

    [Fact]
    public void A_specific_duty_without_a_unit_value_is_unknown_never_zero()
    {
        var ave = AdValoremEquivalent.Of(new Duty(DutyType.Specific, null, new UsdPerTonne(206)), null);
        Assert.False(ave.IsKnown);
        Assert.True(double.IsNaN(ave.FractionOrNaN));
        Assert.Contains("unknown", ave.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Simple_and_trade_weighted_averages_reproduce_the_Bach_and_Martin_example()
    {
        // Reference market-models-and-modalities.md §4.3 [C] (Bach & Martin 2001, pp. 630-632 set-up): three lines at 10%
        // and three at 200%, cut to 10% and 30%, imports 100 each for the 10% lines and 0.5 each for the 200% lines.
        // Simple average 105% -> 20%; trade-weighted 10.95% -> 10.10%.
        var lines = new List<LineResult>();
        for (var i = 0; i < 6; i++)
        {
            var low = i < 3;
            var before = Rate.FromPercent(low ? 10 : 200);
            var after = Rate.FromPercent(low ? 10 : 30);
            var line = new TariffLine
            {
                Id = "0" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Group = "example",
                Bound = Duty.Ad(before),
                BoundProvenance = Provenance.Cited("Bach & Martin set-up"),
                Applied = Duty.Ad(before),
                TradeValue = new Usd(low ? 100 : 0.5),
            };
            lines.Add(new LineResult(line, Ave.Known(before), Ave.Known(before), null, after, after, LineOutcome.Formula, null, null));
        }

        var summary = Averages.Summarise("example", lines);
        Assert.Equal(105, summary.AppliedBefore!.Value.Percent, 9);
        Assert.Equal(20, summary.AppliedAfter!.Value.Percent, 9);
        Assert.Equal(10.95, Math.Round(summary.TradeWeightedAppliedBefore!.Value.Percent, 2), 9);
        Assert.Equal(10.10, Math.Round(summary.TradeWeightedAppliedAfter!.Value.Percent, 2), 9);
        Assert.Equal(3, summary.AppliedFalls);
    }
}
