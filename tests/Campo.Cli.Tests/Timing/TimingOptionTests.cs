using System.Text.Json;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Timing;

/// <summary><c>--timing</c> on every command (issue 18): the phases on the error stream, the output untouched.</summary>
public class TimingOptionTests
{
    [Fact]
    public void A_run_with_timing_splits_its_time_into_phases_on_the_error_stream_and_keeps_json_clean()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--json", "--timing");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        Assert.True(json.RootElement.TryGetProperty("world", out _));
        foreach (var phase in new[] { "start-up", "command line", "scenario file", "schedules (the draft applied)", "solve", "results by region, group and market", "output", "total, from the process's start" })
        {
            Assert.Contains(phase, result.Error, StringComparison.Ordinal);
        }

        // Without draws there is no draws phase; the data load and calibration happen once per process, so they appear only in the run that pays them.
        Assert.DoesNotContain("Monte Carlo draws", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timing_is_accepted_by_every_command_and_speaks_the_language()
    {
        var result = CliHarness.Run("data", "members", "--at", "2003-09-14", "--timing", "--lang", "fr");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Où est passé le temps", result.Error, StringComparison.Ordinal);
        Assert.Contains("sortie", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_timing_nothing_is_measured_or_printed()
    {
        var result = CliHarness.Run("data", "members", "--at", "2003-09-14");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Null(Campo.Diagnostics.PhaseTimer.Current);
    }
}
