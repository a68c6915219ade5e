using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Serve;

public class ServeCommandTests
{
    [Fact]
    public void An_address_that_is_not_a_url_is_a_usage_error()
    {
        var result = CliHarness.Run("serve", "--urls", "localhost-5000");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--urls: \"localhost-5000\" is not an address; give one such as http://127.0.0.1:5000", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_is_listed_in_the_help()
    {
        var result = CliHarness.Run("--help");
        Assert.Contains("serve", result.Output, StringComparison.Ordinal);
    }
}
