using System.Text.Json;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Negotiate;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_prints_every_event_of_the_record_with_hit_rates_estimates_and_the_Cancun_test()
    {
        var result = CliHarness.Run("negotiate", "--validate");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        foreach (var e in new[] { "uruguay-1994", "harbinson-2003", "cancun-2003", "framework-2004", "hong-kong-2005", "july-2008", "bali-2013", "nairobi-2015" })
        {
            Assert.Contains(e, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("out of sample", result.Output, StringComparison.Ordinal);
        Assert.Contains("Cancún, out of sample", result.Output, StringComparison.Ordinal);
        Assert.Contains("Why the coalitions objected at Cancún", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_in_json_has_the_events_the_hit_rates_and_the_coefficients_with_their_uncertainty()
    {
        using var json = JsonDocument.Parse(CliHarness.Run("negotiate", "--validate", "--json").RawOut);
        var root = json.RootElement;
        Assert.Equal(8, root.GetProperty("events").GetArrayLength());
        Assert.Equal(8, root.GetProperty("outOfSample").GetProperty("verdicts").GetInt32());
        Assert.Equal(5, root.GetProperty("coefficients").GetArrayLength());
        Assert.All(root.GetProperty("coefficients").EnumerateArray(), c => Assert.True(c.TryGetProperty("leaveOneOutLow", out _)));
        Assert.Equal(4, root.GetProperty("cancun").GetProperty("coalitions").EnumerateObject().Count());
    }

    [Fact]
    public void Negotiate_without_a_file_or_validate_says_what_to_give()
    {
        var result = CliHarness.Run("negotiate");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--validate", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_a_file_is_refused()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--validate");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("give no FILE", result.Output + result.Error, StringComparison.Ordinal);
    }
}
