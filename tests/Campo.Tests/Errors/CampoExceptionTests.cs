using Campo.Errors;

namespace Campo.Tests.LocalizedErrors;

public sealed class CampoExceptionTests
{
    [Fact]
    public void The_message_reads_place_field_problem_and_what_is_expected_on_one_line()
    {
        var error = new CampoException("found a string (\"25\")", "expected a number", new SourceLocation("cancun.toml", 14, 9, "market_access.developed.swiss_coefficient"));
        Assert.Equal("cancun.toml:14:9: market_access.developed.swiss_coefficient: found a string (\"25\"); expected a number", error.Message);
    }

    [Fact]
    public void A_problem_quoted_from_the_system_loses_its_full_stop_before_the_fix()
    {
        var error = new CampoException("cannot listen: address already in use.", "choose another port", SourceLocation.OfField("--urls"));
        Assert.Equal("--urls: cannot listen: address already in use; choose another port", error.Message);
        Assert.Equal("the file cannot be read.", new CampoException("the file cannot be read.", null, null).Message);
    }
}
