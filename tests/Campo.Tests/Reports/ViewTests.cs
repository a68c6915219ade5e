using Campo.Reports.Views;

namespace Campo.Tests.Reports;

/// <summary>The rows the terminal and the HTML report share (Campo.Reports.Views).</summary>
public class ViewTests
{
    [Fact]
    public void Gains_then_losses_keeps_the_largest_of_each_side_and_drops_what_is_no_change()
    {
        // Hand case: gains 5, 3, 1; losses -2, -7, -4; 0.004 and -0.004 are within the negligible 0.005 (no change).
        (string, double)[] items = [("a", 1), ("b", -2), ("c", 5), ("d", 0.004), ("e", -7), ("f", 3), ("g", -0.004), ("h", -4)];
        var picked = RunViews.GainsThenLosses(items, 2);
        // The two largest gains, largest first; then the two largest losses, the largest loss last (the bar chart's order).
        Assert.Equal(["c", "f", "h", "e"], picked.Select(x => x.Item1));
    }

    [Fact]
    public void Gains_then_losses_of_nothing_but_no_change_is_empty()
    {
        (string, double)[] items = [("a", 0), ("b", RunViews.Negligible), ("c", -RunViews.Negligible)];
        Assert.Empty(RunViews.GainsThenLosses(items, 10));
    }
}
