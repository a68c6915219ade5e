using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void Help_names_the_program_and_exits_cleanly()
    {
        var result = CliHarness.Run("--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("campo", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var result = CliHarness.Run("frobnicate");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("frobnicate", result.Output + result.Error, StringComparison.Ordinal);
    }
}
