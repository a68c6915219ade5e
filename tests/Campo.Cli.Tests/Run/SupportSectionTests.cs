using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Run;

/// <summary>`campo run FILE --member X` shows the member's support by box, with the AMS rules of docs/models/support.md §2.</summary>
public class SupportSectionTests
{
    [Fact]
    public void The_eu_section_shows_its_current_ams_falling_to_the_new_ceiling_and_its_de_minimis_shrinking_with_the_lower_level()
    {
        // Cited: EU bound 83,664 m USD, current 42,818 m USD for 2005 (HC 246 Table 2 projection; data/sources/domestic_support_notified.csv). Rev.4's top
        // tier (bound above 60 bn) cuts 80%: ceiling 83,664 x 0.2 = 16,733 (rounded); the current AMS with the draft is
        // the ceiling whatever joins it from de minimis, since current' x (1 - (current' - 16,732.8) / current') =
        // 16,732.8. Rev.4 also cuts developed members' de minimis to 2.5%: the EU's support between 2.5% and 5% of the
        // value of production (chickpeas at 2.83%, docs/models/support.md §2) leaves de minimis, so the model's de minimis
        // support with the draft is smaller than before.
        var result = CliHarness.Run("run", "scenarios/rev4-2008.toml", "--member", "EUN", "--draws", "0");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var current = result.Output.Split('\n').Single(l => l.Contains("Current total AMS", StringComparison.Ordinal));
        Assert.Contains("+42,818", current, StringComparison.Ordinal);
        Assert.Contains("+16,733", current, StringComparison.Ordinal);
        var deMinimis = result.Output.Split('\n').First(l => l.Contains("De minimis in the model", StringComparison.Ordinal));
        var cells = deMinimis.Split('│').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
        static double Number(string cell) => double.Parse(cell.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Number(cells[^1]) < Number(cells[^2]), deMinimis);
    }

    [Fact]
    public void Indias_section_names_its_nil_bound_and_keeps_its_support()
    {
        var result = CliHarness.Run("run", "scenarios/rev4-2008.toml", "--member", "IND", "--draws", "0");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var bound = result.Output.Split('\n').First(l => l.Contains("Bound total AMS (the ceiling", StringComparison.Ordinal));
        Assert.Contains("0.00", bound, StringComparison.Ordinal);
        Assert.Contains("citeman", result.Output, StringComparison.Ordinal);
        var amber = result.Output.Split('\n').First(l => l.Contains("Amber box", StringComparison.Ordinal));
        var cells = amber.Split('│').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
        Assert.Equal(cells[^2], cells[^1]);
    }
}
