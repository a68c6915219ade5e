using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Timing;

/// <summary>Issue 18: which command lines start the data and calibration early, and which JIT profile each keeps.</summary>
public class StartupTests
{
    [Theory]
    [InlineData(true, "run", "scenarios/cancun-2003.toml")]
    [InlineData(true, "negotiate", "cancun-2003", "--draws", "0")]
    [InlineData(true, "compare", "a.toml", "b.toml", "--no-cross-prices")]
    [InlineData(false, "run", "a.toml", "--data", "my-data")]
    [InlineData(false, "run", "a.toml", "--data=my-data")]
    [InlineData(false, "run", "--help")]
    [InlineData(false, "run")]
    [InlineData(false, "data", "members")]
    [InlineData(false, "serve")]
    public void Only_a_command_that_evaluates_drafts_on_the_embedded_data_starts_its_calibration_early(bool wanted, params string[] args) =>
        Assert.Equal(wanted, DataPrefetch.Wanted(args));

    [Fact]
    public void Each_command_keeps_its_own_jit_profile_per_build()
    {
        var run = StartupJitProfile.Name(["run", "scenarios/cancun-2003.toml", "--draws", "0"]);
        var members = StartupJitProfile.Name(["data", "members", "--at", "2003-09-14"]);

        Assert.NotNull(run);
        Assert.StartsWith("jit-run-", run, StringComparison.Ordinal);
        Assert.StartsWith("jit-data-members-", members, StringComparison.Ordinal);
        Assert.EndsWith(".profile", run, StringComparison.Ordinal);
        // The same build: the same key after the command's words.
        Assert.Equal(run["jit-run-".Length..], members!["jit-data-members-".Length..]);
        Assert.Null(StartupJitProfile.Name(["--version"]));
        Assert.Null(StartupJitProfile.Name([]));
    }
}
