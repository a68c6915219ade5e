using System.Text.Json;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Schedule;

public sealed class ScheduleCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-schedule-").FullName;

    public ScheduleCommandTests()
    {
        File.WriteAllText(Path.Combine(_folder, "s.csv"), "hs,bound,applied,trade_value\n100590,40,10,100\n100630,10,8,50\n020110,90,60,\n");
        File.Copy(Path.Combine(CliHarness.RepositoryRoot, "scenarios", "rev4-2008.toml"), Path.Combine(_folder, "rev4.toml"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CliResult Run(params string[] args) => CliHarness.RunIn(_folder, args);

    [Fact]
    public void Without_a_schedule_the_member_is_taken_from_the_dataset_at_the_commodity_level()
    {
        var result = Run("schedule", "BRA", "--draft", "rev4.toml", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("\"level\": \"commodity\"", result.RawOut, StringComparison.Ordinal);
        Assert.Contains("developing", result.RawOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_the_dataset_has_no_market_for_is_one_line()
    {
        // Saint Vincent and the Grenadines is left out of IMPACT's Caribbean region (data/default/members.csv: NoData).
        var result = Run("schedule", "VCT", "--draft", "rev4.toml");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("campo: member: the dataset has no market data for VCT; give the member's schedule with --schedule FILE\n", result.Error);
    }

    [Fact]
    public void Without_a_status_the_command_says_it_is_needed()
    {
        var result = Run("schedule", "BRA", "--draft", "rev4.toml", "--schedule", "s.csv");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--status", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_is_a_usage_error()
    {
        var result = Run("schedule", "BRA", "--draft", "rev4.toml", "--schedule", "s.csv", "--status", "rich");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("developed, developing or ldc", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_shows_groups_flagged_numbers_and_notes()
    {
        var result = Run("schedule", "USA", "--draft", "rev4.toml", "--schedule", "s.csv", "--status", "developed");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("10 Cereals", result.Output, StringComparison.Ordinal);
        Assert.Contains("All agricultural lines", result.Output, StringComparison.Ordinal);
        Assert.Contains("To verify: market_access.developed.bands.cut = 57", result.Output, StringComparison.Ordinal);
        Assert.Contains("trade-weighted averages understate protection", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_parses_and_a_set_override_is_listed_as_an_assumption()
    {
        var result = Run("schedule", "USA", "--draft", "rev4.toml", "--schedule", "s.csv", "--status", "developed", "--json", "--set", "market_access.developed.minimum_average_cut=60");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        Assert.Equal("USA", json.RootElement.GetProperty("member").GetString());
        Assert.Equal("tiered", json.RootElement.GetProperty("formula").GetString());
        var flagged = json.RootElement.GetProperty("flaggedParameters").EnumerateArray().Single(p => p.GetProperty("path").GetString() == "market_access.developed.minimum_average_cut");
        Assert.Equal("assumption", flagged.GetProperty("status").GetString());
        Assert.Equal(60, flagged.GetProperty("value").GetDouble());
    }

    [Fact]
    public void The_lines_file_has_one_row_per_line()
    {
        var result = Run("schedule", "USA", "--draft", "rev4.toml", "--schedule", "s.csv", "--status", "developed", "--lines", "out.csv");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var rows = File.ReadAllLines(Path.Combine(_folder, "out.csv"));
        Assert.Equal(4, rows.Length);
        Assert.StartsWith("line,description,group", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("100590,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_schedule_row_is_reported_on_one_line()
    {
        File.WriteAllText(Path.Combine(_folder, "bad.csv"), "hs,applied\n100590,-5\n");
        var result = Run("schedule", "USA", "--draft", "rev4.toml", "--schedule", "bad.csv", "--status", "developed");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("campo: bad.csv:2:2: applied: a negative value (-5%); expected a value of at least 0\n", result.Error);
    }

    [Fact]
    public void The_help_lists_the_schedule_command()
    {
        var result = CliHarness.Run("--help");
        Assert.Contains("schedule", result.Output, StringComparison.Ordinal);
    }
}
