using Campo.Schedules.Formulas;

namespace Campo.Tests.Schedules;

public class SwissAndLinearTests
{
    // Reference market-models-and-modalities.md §4.3, table "Values of t1 = a·t0/(a + t0)" [C], in percent, one decimal.
    [Theory]
    [InlineData(10, 5, 3.3)]
    [InlineData(10, 20, 6.7)]
    [InlineData(10, 50, 8.3)]
    [InlineData(10, 100, 9.1)]
    [InlineData(10, 200, 9.5)]
    [InlineData(10, 500, 9.8)]
    [InlineData(16, 5, 3.8)]
    [InlineData(16, 20, 8.9)]
    [InlineData(16, 50, 12.1)]
    [InlineData(16, 100, 13.8)]
    [InlineData(16, 200, 14.8)]
    [InlineData(16, 500, 15.5)]
    [InlineData(25, 5, 4.2)]
    [InlineData(25, 20, 11.1)]
    [InlineData(25, 50, 16.7)]
    [InlineData(25, 100, 20.0)]
    [InlineData(25, 200, 22.2)]
    [InlineData(25, 500, 23.8)]
    [InlineData(50, 5, 4.5)]
    [InlineData(50, 20, 14.3)]
    [InlineData(50, 50, 25.0)]
    [InlineData(50, 100, 33.3)]
    [InlineData(50, 200, 40.0)]
    [InlineData(50, 500, 45.5)]
    public void The_Swiss_formula_reproduces_the_reference_table(double a, double t0, double expected)
    {
        var t1 = Swiss.Apply(t0 / 100, a / 100) * 100;
        Assert.Equal(expected, Math.Round(t1, 1), 10);
    }

    [Fact]
    public void The_Swiss_cut_is_t0_over_a_plus_t0()
    {
        // Hand calculation: a = 25%, t0 = 75% -> cut 75 / (25 + 75) = 0.75, t1 = 75 * 0.25 = 18.75%.
        Assert.Equal(0.75, Swiss.CutOf(0.75, 0.25), 12);
        Assert.Equal(0.1875, Swiss.Apply(0.75, 0.25), 12);
    }

    [Fact]
    public void A_linear_cut_scales_every_rate()
    {
        // Hand calculation: an 80% cut gives r1 = 0.2 r0 (WITS SMART help, reference §3.1): 12% -> 2.4%.
        Assert.Equal(0.024, Linear.Apply(0.12, 0.80), 12);
    }

    [Fact]
    public void A_negative_rate_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Swiss.Apply(-0.1, 0.25));

    [Fact]
    public void A_cut_above_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Linear.Apply(0.1, 1.2));

    [Fact]
    public void Staging_moves_in_equal_annual_instalments()
    {
        // Hand calculation: 40% to 20% in 5 instalments: 40 - 20 * k / 5 = 36, 32, 28, 24, 20.
        var path = Staging.Path(0.40, 0.20, 5);
        Assert.Equal([0.36, 0.32, 0.28, 0.24, 0.20], path.Select(r => Math.Round(r, 12)).ToArray());
    }

    [Fact]
    public void Staging_with_no_instalments_applies_at_once() =>
        Assert.Equal([0.20], Staging.Path(0.40, 0.20, 0));
}
