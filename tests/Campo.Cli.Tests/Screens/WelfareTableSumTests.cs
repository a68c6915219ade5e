using System.Globalization;

namespace Campo.Cli.Tests.Screens;

/// <summary>
/// A welfare row a reader can check by hand: the total of a member or a group is farmers + consumers + treasury +
/// quota rents (docs/models/welfare.md), so every part of the total is a column of the row and the printed parts add up
/// to the printed total (audit 6, §4.1: the Rev.4 world row printed −5,490 + 10,879 − 6,394 beside a total of +4,730;
/// the 5,734 of quota rents were in the total but not on the screen).
/// </summary>
public sealed class WelfareTableSumTests
{
    [Theory]
    [InlineData("rev4-2008")]
    [InlineData("cancun-2003")]
    public void The_printed_parts_of_a_group_row_add_up_to_its_printed_total(string scenario)
    {
        var result = CliHarness.RunAtWidth(220, "run", scenario, "--draws", "0");
        Assert.Equal(0, result.ExitCode);

        var lines = result.Output.Split('\n');
        var start = Array.FindIndex(lines, l => l.Contains("Who gains and who loses, by group", StringComparison.Ordinal));
        Assert.True(start >= 0, "the group table is on the screen");
        var header = lines.Skip(start).First(l => l.Contains("farmers", StringComparison.Ordinal)).Split('│').Select(c => c.Trim()).ToList();
        Assert.Equal(["farmers", "consumers", "treasury", "quota rents", "total"], header.Skip(2).Take(5));

        var rows = lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith('╰'))
            .Select(l => l.Split('│').Select(c => c.Trim()).ToArray())
            .Where(cells => cells.Length >= 7 && cells[2].Length > 0 && cells[2] != "farmers")
            .ToList();
        Assert.Contains(rows, cells => cells[1].Equals("world", StringComparison.OrdinalIgnoreCase));
        foreach (var cells in rows)
        {
            var parts = cells[2..6].Select(Number).ToArray();
            var total = Number(cells[6]);

            // Each printed figure is rounded to at most half a unit (whole millions above 100): four parts and the
            // total can differ by 5 × 0.5 at most.
            Assert.True(Math.Abs(parts.Sum() - total) <= 2.5, $"{cells[1]}: {string.Join(" + ", cells[2..6])} = {parts.Sum():0.0}, printed total {cells[6]}");
        }
    }

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
