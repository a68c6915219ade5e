using Campo.Schedules.Flexibilities;
using Campo.Schedules.Formulas;

namespace Campo.Tests.Schedules;

public class UruguayRoundAndBlendTests
{
    private static readonly double[] Rates = [0.05, 0.10, 0.20, 0.40, 0.80, 1.60];

    [Fact]
    public void The_defensive_allocation_cuts_the_lowest_tariffs_deepest_and_peaks_by_the_minimum()
    {
        // Hand calculation, average 36%, minimum 15%, six lines: every line starts at 15%; the budget is
        // 6 * (0.36 - 0.15) = 1.26. The 5% line rises to 100% (uses 0.85), the 10% line takes the remaining 0.41
        // (56%), the others keep 15%. Average (1 + 0.56 + 4 * 0.15) / 6 = 0.36.
        var cuts = new double[6];
        var average = UruguayRound.Allocate(Rates, 0.36, 0.15, CutAllocation.Defensive, cuts);
        Assert.Equal([1.0, 0.56, 0.15, 0.15, 0.15, 0.15], cuts.Select(c => Math.Round(c, 12)).ToArray());
        Assert.Equal(0.36, average, 12);
    }

    [Fact]
    public void The_neutral_allocation_cuts_every_line_by_the_average()
    {
        var cuts = new double[6];
        UruguayRound.Allocate(Rates, 0.36, 0.15, CutAllocation.Neutral, cuts);
        Assert.All(cuts, c => Assert.Equal(0.36, c, 12));
    }

    [Fact]
    public void Duty_free_lines_are_left_out_of_the_average()
    {
        // Hand calculation: lines 0% and 10%; only the 10% line counts, so it takes the whole 36% average.
        var cuts = new double[2];
        var average = UruguayRound.Allocate([0, 0.10], 0.36, 0.15, CutAllocation.Defensive, cuts);
        Assert.Equal([0, 0.36], cuts.Select(c => Math.Round(c, 12)).ToArray());
        Assert.Equal(0.36, average, 12);
    }

    [Fact]
    public void Harbinson_bands_apply_the_uruguay_round_approach_band_by_band()
    {
        // Hand calculation with the developed bands <= 15 (40/25), 15-90 (50/35), > 90 (60/45), defensive:
        // band 1: 10% and 12%, budget 2 * 0.15 = 0.30 -> 10%: 0.55, 12%: 0.25;
        // band 2: 50% alone -> 0.35 + 0.15 = 0.50; band 3: 100% and 200%, budget 0.30 -> 100%: 0.75, 200%: 0.45.
        var cuts = new double[5];
        Harbinson.Allocate([0.10, 0.12, 0.50, 1.00, 2.00], [0, 0.15, 0.90], [0.40, 0.50, 0.60], [0.25, 0.35, 0.45], CutAllocation.Defensive, cuts);
        Assert.Equal([0.55, 0.25, 0.50, 0.75, 0.45], cuts.Select(c => Math.Round(c, 12)).ToArray());
    }

    [Fact]
    public void The_blended_formula_splits_lines_by_share_and_the_member_shelters_its_peaks()
    {
        // Hand calculation: lines 1%..10%; shares UR 50%, Swiss 30%, duty-free 20%: 5, 3 and 2 lines.
        // Defensive: the 2 lowest (1%, 2%) duty-free; the next 3 (3-5%) Swiss with a = 25; the 5 highest (6-10%) UR
        // (average 36, minimum 15): budget 5 * 0.21 = 1.05 -> 6%: 100%, 7%: 0.15 + 0.20 = 35%, 8-10%: 15%.
        // Swiss cut of the 3% line: 3 / (25 + 3) = 0.107142857...
        var rates = Enumerable.Range(1, 10).Select(i => i / 100.0).ToArray();
        var parts = new BlendPart[10];
        var cuts = new double[10];
        Blended.Apply(rates, 0.50, 0.20, 0.36, 0.15, 0.25, CutAllocation.Defensive, parts, cuts);
        Assert.Equal([BlendPart.DutyFree, BlendPart.DutyFree, BlendPart.Swiss, BlendPart.Swiss, BlendPart.Swiss, BlendPart.UruguayRound, BlendPart.UruguayRound, BlendPart.UruguayRound, BlendPart.UruguayRound, BlendPart.UruguayRound], parts);
        Assert.Equal(1.0, cuts[0], 12);
        Assert.Equal(3.0 / 28.0, cuts[2], 12);
        Assert.Equal([1.0, 0.35, 0.15, 0.15, 0.15], cuts[5..].Select(c => Math.Round(c, 12)).ToArray());
        Assert.Equal((5, 3, 2), Blended.Counts(10, 0.50, 0.20));
    }

    [Fact]
    public void The_neutral_blend_spreads_every_part_over_the_range_of_tariffs()
    {
        var rates = Enumerable.Range(1, 10).Select(i => i / 100.0).ToArray();
        var parts = new BlendPart[10];
        Blended.Apply(rates, 0.50, 0.20, 0.36, 0.15, 0.25, CutAllocation.Neutral, parts, new double[10]);
        Assert.Equal(5, parts.Count(p => p == BlendPart.UruguayRound));
        Assert.Equal(3, parts.Count(p => p == BlendPart.Swiss));
        Assert.Equal(2, parts.Count(p => p == BlendPart.DutyFree));
        Assert.Contains(BlendPart.UruguayRound, parts[..5]);
        Assert.Contains(BlendPart.UruguayRound, parts[5..]);
    }

    [Fact]
    public void Sensitive_lines_allowed_grow_when_many_lines_are_in_the_top_band()
    {
        // Hand calculation: 100 dutiable lines, 4% -> 4 lines; with 35% of lines in the top band (> 30%), +2% -> 6.
        Assert.Equal(4, SensitiveProducts.AllowedLines(100, 0.04, 0.02, 0.25, 0.30));
        Assert.Equal(6, SensitiveProducts.AllowedLines(100, 0.04, 0.02, 0.35, 0.30));
        Assert.Equal(3, SensitiveProducts.AllowedLines(99, 0.04, 0, 0, null));
    }

    [Fact]
    public void A_sensitive_line_takes_a_fraction_of_the_formula_cut_and_expands_its_quota()
    {
        // Hand calculation: one-third of a 70% cut is 23.33%; 4% of 2,000,000 t consumption is 80,000 t.
        Assert.Equal(0.7 / 3, SensitiveProducts.Cut(0.70, 1.0 / 3), 12);
        Assert.Equal(80_000, SensitiveProducts.QuotaExpansion(2_000_000, 0.04), 6);
    }

    [Fact]
    public void Special_products_meet_their_average_with_some_lines_uncut()
    {
        // Hand calculation: 100 dutiable lines, 12 special products, 5% zero-cut (5 lines, within 12 * 0.89 = 10.68),
        // the other 7 cut by 0.11 * 12 / 7 = 0.188571..., so the average over the 12 is 0.11.
        Assert.Equal(12, SpecialProducts.AllowedLines(100, 0.12));
        var zero = SpecialProducts.ZeroCutLines(100, 12, 0.05, 0.11);
        Assert.Equal(5, zero);
        var others = SpecialProducts.CutOfOthers(12, zero, 0.11);
        Assert.Equal(0.11 * 12 / 7, others, 12);
        Assert.Equal(0.11, others * 7 / 12, 12);
    }

    [Fact]
    public void The_cap_cuts_ordinary_lines_and_keeps_sensitive_ones_flagged()
    {
        Assert.Equal((1.0, CapOutcome.CutToCap), TariffCap.Apply(1.2, 1.0, false));
        Assert.Equal((1.2, CapOutcome.KeptAsSensitive), TariffCap.Apply(1.2, 1.0, true));
        Assert.Equal((0.8, CapOutcome.Below), TariffCap.Apply(0.8, 1.0, false));
    }
}
