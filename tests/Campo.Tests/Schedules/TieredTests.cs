using Campo.Schedules.Formulas;

namespace Campo.Tests.Schedules;

public class TieredTests
{
    // Rev.4 developed bands and cuts (reference §5.6, [R]); developing bands 30/80/130 with two-thirds of the cuts.
    private static readonly double[] DevelopedEdges = [0, 0.20, 0.50, 0.75];
    private static readonly double[] DevelopedCuts = [0.50, 0.57, 0.64, 0.70];
    private static readonly double[] DevelopingEdges = [0, 0.30, 0.80, 1.30];
    private static readonly double[] DevelopingCuts = DevelopedCuts.Select(c => c * 2 / 3).ToArray();

    // Reference market-models-and-modalities.md §4.3, "Tiered-formula discontinuity" table [C], percent, one decimal.
    [Theory]
    [InlineData(10, 5.0, 6.7)]
    [InlineData(20, 10.0, 13.3)]
    [InlineData(21, 9.0, 14.0)]
    [InlineData(50, 21.5, 31.0)]
    [InlineData(51, 18.4, 31.6)]
    [InlineData(75, 27.0, 46.5)]
    [InlineData(76, 22.8, 47.1)]
    [InlineData(100, 30.0, 57.3)]
    [InlineData(200, 60.0, 106.7)]
    public void The_tiered_formula_reproduces_the_discontinuity_table(double t0, double developed, double developing)
    {
        Assert.Equal(developed, Math.Round(Tiered.Apply(t0 / 100, DevelopedEdges, DevelopedCuts) * 100, 1), 10);
        Assert.Equal(developing, Math.Round(Tiered.Apply(t0 / 100, DevelopingEdges, DevelopingCuts) * 100, 1), 10);
    }

    [Fact]
    public void A_rate_on_a_band_edge_stays_in_the_lower_band()
    {
        // "> 20% and <= 50%": a 20% line takes band 1's 50% cut, a 20.0001% line band 2's 57%.
        Assert.Equal(0.50, Tiered.CutOf(0.20, DevelopedEdges, DevelopedCuts), 12);
        Assert.Equal(0.57, Tiered.CutOf(0.200001, DevelopedEdges, DevelopedCuts), 12);
        Assert.Equal(0, Tiered.CutOf(0, DevelopedEdges, DevelopedCuts), 12);
    }

    [Fact]
    public void The_jump_at_each_edge_is_reported()
    {
        // Hand calculation: at edge e the new rate falls from e(1 - c_lower) to e(1 - c_upper):
        // 20: 10.0 -> 8.6; 50: 21.5 -> 18.0; 75: 27.0 -> 22.5 (percent).
        var jumps = Tiered.Jumps(DevelopedEdges, DevelopedCuts);
        Assert.Equal(3, jumps.Count);
        Assert.Equal([0.20, 0.50, 0.75], jumps.Select(j => j.Edge).ToArray());
        Assert.Equal([0.100, 0.215, 0.270], jumps.Select(j => Math.Round(j.AtEdge, 12)).ToArray());
        Assert.Equal([0.086, 0.180, 0.225], jumps.Select(j => Math.Round(j.JustAbove, 12)).ToArray());
        Assert.Equal(0.014, jumps[0].Drop, 12);
    }

    [Fact]
    public void A_processed_product_in_its_primary_products_band_takes_the_next_cut()
    {
        // Working Document No. 11: the processed product (band 1) with its primary product in band 1 moves to band 2;
        // one already above its primary product's band keeps its band; the top band stays the top band.
        Assert.Equal(2, Tiered.EscalatedBand(1, 1, 4));
        Assert.Equal(2, Tiered.EscalatedBand(1, 3, 4));
        Assert.Equal(2, Tiered.EscalatedBand(2, 1, 4));
        Assert.Equal(3, Tiered.EscalatedBand(3, 3, 4));
    }

    [Fact]
    public void An_average_cut_floor_scales_the_cuts_up()
    {
        // Hand calculation: four cuts of 50% average 50%; a 54% floor gives k = 0.54 / 0.50 = 1.08, every cut 54%.
        var cuts = new[] { 0.5, 0.5, 0.5, 0.5 };
        var outcome = AverageCut.Apply(cuts, [0, 1, 2, 3], 0.54, null);
        Assert.Equal(1.08, outcome.Factor, 12);
        Assert.All(cuts, c => Assert.Equal(0.54, c, 12));
        Assert.True(outcome.Binding);
    }

    [Fact]
    public void An_average_cut_floor_caps_cuts_at_100_percent_and_still_meets_the_average()
    {
        // Hand calculation: cuts 0.9 and 0.1, floor 0.6. k = 1.2 would push 0.9 to 1.08 > 1, so it is capped at 1 and
        // k = (2 * 0.6 - 1) / 0.1 = 2 for the other: cuts 1.0 and 0.2, average 0.6.
        var cuts = new[] { 0.9, 0.1 };
        var outcome = AverageCut.Apply(cuts, [0, 1], 0.6, null);
        Assert.Equal(1.0, cuts[0], 12);
        Assert.Equal(0.2, cuts[1], 12);
        Assert.Equal(0.6, outcome.After, 12);
    }

    [Fact]
    public void An_average_cut_ceiling_scales_the_cuts_down()
    {
        // Hand calculation: cuts 0.40 and 0.50 average 0.45; a 36% ceiling gives k = 0.36 / 0.45 = 0.8: 0.32 and 0.40.
        var cuts = new[] { 0.40, 0.50 };
        var outcome = AverageCut.Apply(cuts, [0, 1], null, 0.36);
        Assert.Equal(0.32, cuts[0], 12);
        Assert.Equal(0.40, cuts[1], 12);
        Assert.Equal(0.36, outcome.After, 12);
    }

    [Fact]
    public void An_average_within_the_limits_is_left_alone()
    {
        var cuts = new[] { 0.5, 0.57, 0.64, 0.70 };
        var outcome = AverageCut.Apply(cuts, [0, 1, 2, 3], 0.54, null);
        Assert.False(outcome.Binding);
        Assert.Equal([0.5, 0.57, 0.64, 0.70], cuts);
    }
}
