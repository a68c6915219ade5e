using System.Text.Json;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Run;

public class RunCommandTests
{
    [Fact]
    public void Run_prints_the_groups_winners_and_the_members_commodities()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--member", "MEX", "--draws", "10");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Cancún", result.Output, StringComparison.Ordinal);
        Assert.Contains("MEX, Mexico", result.Output, StringComparison.Ordinal);
        Assert.Contains("Who gains and who loses, by group", result.Output, StringComparison.Ordinal);
        Assert.Contains("Ten largest losers", result.Output, StringComparison.Ordinal);
        Assert.Contains("Maize", result.Output, StringComparison.Ordinal);
        Assert.Contains("assumption: market_access.developed.swiss_coefficient", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_json_is_one_document_whose_world_is_the_sum_of_its_regions()
    {
        var result = CliHarness.Run("run", "scenarios/rev4-2008.toml", "--draws", "0", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var root = json.RootElement;
        var regionsTotal = root.GetProperty("regions").EnumerateArray().Sum(r => r.GetProperty("welfare").GetProperty("total").GetDouble());
        Assert.Equal(regionsTotal, root.GetProperty("world").GetProperty("total").GetDouble(), 6);
        Assert.True(root.GetProperty("solver").GetProperty("converged").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("uncertainty").ValueKind);
    }

    [Fact]
    public void A_set_override_is_reported_as_an_assumption()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--json", "--set", "market_access.developed.swiss_coefficient=10");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var flagged = json.RootElement.GetProperty("flagged").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "market_access.developed.swiss_coefficient");
        Assert.Equal(10, flagged.GetProperty("value").GetDouble());
        Assert.Contains("command line", flagged.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_writes_the_markets_to_a_csv_file()
    {
        var file = Path.Combine(Path.GetTempPath(), "campo-run-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var result = CliHarness.Run("run", "scenarios/uruguay-round-1995.toml", "--draws", "0", "--out", file);
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.StartsWith("scenario,region,", File.ReadLines(file).First(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_scenario_file_is_one_line()
    {
        var result = CliHarness.Run("run", "scenarios/nope.toml");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("campo: scenarios/nope.toml: no scenario file at this path; give the path of a .toml scenario, such as scenarios/cancun-2003.toml", result.Error.Trim());
    }

    [Fact]
    public void Malformed_toml_names_the_file_line_and_column()
    {
        var file = Path.Combine(Path.GetTempPath(), "campo-bad-" + Guid.NewGuid().ToString("N") + ".toml");
        File.WriteAllText(file, "schema = 1\ntitle = = \"x\"\nkind = \"multilateral\"\n");
        try
        {
            var result = CliHarness.Run("run", file);
            Assert.Equal(ExitCodes.InputError, result.ExitCode);
            Assert.StartsWith("campo: " + file + ":2:", result.Error, StringComparison.Ordinal);
            Assert.Single(result.Error.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_unknown_member_gets_a_suggestion()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--member", "MEZ", "--draws", "0");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("MEZ", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_draws_are_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "-5").ExitCode);

    [Fact]
    public void Compare_shows_both_drafts_and_their_difference()
    {
        var result = CliHarness.Run("compare", "scenarios/harbinson-2003.toml", "scenarios/rev4-2008.toml", "--member", "IND", "--draws", "0");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("A: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("B − A", result.Output, StringComparison.Ordinal);
        Assert.Contains("IND in all", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_help_documents_every_option()
    {
        var result = CliHarness.Run("run", "--help");
        foreach (var option in new[] { "--member", "--draws", "--seed", "--elasticity-cv", "--out", "--set", "--data", "--json", "--no-cross-prices" })
        {
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        }
    }
}
