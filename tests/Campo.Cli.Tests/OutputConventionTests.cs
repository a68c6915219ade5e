using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests;

/// <summary>
/// Campo's one convention for output files (README, "Output files"): checked before computing, never a partial file,
/// an existing file replaced only with --force; and the one table of exit codes (README, "Exit codes").
/// </summary>
public sealed class OutputConventionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-outputs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_report_in_a_missing_folder_fails_before_anything_is_written()
    {
        var csv = Path.Combine(_folder, "p.csv");
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--report", "/nonexistent/x.html", "--out", csv);
        Assert.Equal(ExitCodes.OutputError, result.ExitCode);
        Assert.Contains("/nonexistent/x.html: --report: the folder \"/nonexistent\" does not exist", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(csv));
        Assert.Empty(Directory.GetFileSystemEntries(_folder));

        // Nothing was computed: no table was printed.
        Assert.DoesNotContain("Who gains", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_kept_without_force_and_replaced_with_it()
    {
        var csv = Path.Combine(_folder, "p.csv");
        File.WriteAllText(csv, "mine");
        var refused = CliHarness.Run("run", "scenarios/uruguay-round-1995.toml", "--draws", "0", "--out", csv);
        Assert.Equal(ExitCodes.OutputError, refused.ExitCode);
        Assert.Contains("--out: the file already exists; add --force to replace it", refused.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(csv));

        var forced = CliHarness.Run("run", "scenarios/uruguay-round-1995.toml", "--draws", "0", "--out", csv, "--force");
        Assert.Equal(ExitCodes.Ok, forced.ExitCode);
        Assert.StartsWith("scenario,region,", File.ReadLines(csv).First(), StringComparison.Ordinal);

        // Written through a temporary file moved into place: none is left beside it.
        Assert.Equal([csv], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Two_outputs_naming_one_file_are_refused()
    {
        var file = Path.Combine(_folder, "same.csv");
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--out", file, "--search-out", file, "--search", "market_access.developed.swiss_coefficient=10:30");
        Assert.Equal(ExitCodes.OutputError, result.ExitCode);
        Assert.Contains("--out and --search-out name the same file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_an_output_is_refused()
    {
        var result = CliHarness.Run("schedule", "MEX", "--draft", "scenarios/cancun-2003.toml", "--lines", _folder + "/");
        Assert.Equal(ExitCodes.OutputError, result.ExitCode);
        Assert.Contains("--lines:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_folder_is_refused_before_computing()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // root writes anywhere; Windows has no mode bits.
        }

        var locked = Directory.CreateDirectory(Path.Combine(_folder, "locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--report", Path.Combine(locked, "r.html"));
            Assert.Equal(ExitCodes.OutputError, result.ExitCode);
            Assert.Contains("--report: cannot write in the folder", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("1994-12-31")]
    [InlineData("2999-01-01")]
    public void A_date_outside_the_WTOs_existence_is_a_usage_error(string date)
    {
        var result = CliHarness.Run("data", "members", "--at", date);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--at: " + date + " is outside the WTO's existence; give a date from 1995-01-01", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_WTOs_first_day_is_accepted()
    {
        var result = CliHarness.Run("data", "members", "--at", "1995-01-01", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
    }

    [Fact]
    public void A_scenario_dated_in_the_future_is_an_input_error_at_its_line()
    {
        var text = File.ReadAllText(Path.Combine(CliHarness.RepositoryRoot, "scenarios", "cancun-2003.toml")).Replace("members_at = 2003-09-14", "members_at = 2999-09-14", StringComparison.Ordinal);
        var file = Path.Combine(_folder, "future.toml");
        File.WriteAllText(file, text);
        var result = CliHarness.Run("run", file, "--draws", "0");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("base.members_at: the date 2999-09-14 is in the future", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "scenarios/cancun-2003.toml", "--draws", "abc")]
    [InlineData("run", "scenarios/cancun-2003.toml", "--draws", "-5")]
    [InlineData("run", "scenarios/cancun-2003.toml", "--draws", "0", "--member", "XYZ")]
    [InlineData("run", "scenarios/cancun-2003.toml", "--lang", "xx")]
    [InlineData("dumping", "--from", "1800")]
    [InlineData("data", "members", "--at", "19000101")]
    public void Every_bad_option_value_is_a_usage_error_naming_the_option(params string[] args)
    {
        var result = CliHarness.Run(args);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var option = args.Last(a => a.StartsWith("--", StringComparison.Ordinal));
        Assert.Contains(option, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_programs_version()
    {
        var result = CliHarness.Run("--version");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"^campo \d+\.\d+", result.RawOut);
    }
}
