using Campo.Tests.Shared;

namespace Campo.Tests.TestSupport;

public class SharedDataGateTests
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "campo-no-such-shared-file-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_missing_file_skips_the_test_on_a_users_clone_and_says_which()
    {
        var skip = Assert.Throws<SkipException>(() => SharedDataGate.Require(Missing, "impact/x.csv", inCi: false));
        Assert.Contains("needs ../shared/data/impact/x.csv", skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_fails_the_test_in_CI()
    {
        var error = Assert.Throws<SharedDataMissingException>(() => SharedDataGate.Require(Missing, "impact/x.csv", inCi: true));
        Assert.Contains("needs ../shared/data/impact/x.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("CI=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_present_file_passes_in_CI_and_outside()
    {
        var file = Path.GetTempFileName();
        try
        {
            SharedDataGate.Require(file, "present.csv", inCi: true);
            SharedDataGate.Require(file, "present.csv", inCi: false);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_is_recognised_from_the_variable_as_CI_services_set_it(string? value, bool expected) =>
        Assert.Equal(expected, SharedDataGate.IsCi(value));
}
