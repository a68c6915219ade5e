using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Tests.Negotiation;

public class DecisionSettingsTests
{
    private const string Header = """
        schema = 1
        title = "t"
        kind = "multilateral"

        [base]
        members_at = 2003-09-14

        """;

    private static Scenario Read(string decision) => ScenarioReader.Read(Header + decision, "d.toml");

    [Fact]
    public void Without_a_decision_section_the_defaults_apply()
    {
        var settings = Read(string.Empty).Decision;
        Assert.Equal(DecisionRule.Consensus, settings.Rule);
        Assert.Null(settings.Baseline);
        Assert.Null(settings.Coalitions);
        Assert.Null(settings.Staples);
    }

    [Fact]
    public void Every_key_of_the_decision_section_is_read()
    {
        var settings = Read("""
            [decision]
            rule = "consensus"
            coalitions = ["G20", "G33"]
            baseline = "uruguay-round-1995.toml"
            staples = ["rice", "maize"]
            """).Decision;
        Assert.Equal(["G20", "G33"], settings.Coalitions);
        Assert.Equal("uruguay-round-1995.toml", settings.Baseline);
        Assert.Equal(["rice", "maize"], settings.Staples);
    }

    [Fact]
    public void A_baseline_of_status_quo_is_no_baseline()
    {
        Assert.Null(Read("[decision]\nbaseline = \"status-quo\"\n").Decision.Baseline);
    }

    [Theory]
    [InlineData("weights = \"gko\"", "weights", 8)]
    [InlineData("coalition_rule = \"leaders\"", "coalition_rule", 8)]
    [InlineData("threshold = -50", "threshold", 8)]
    [InlineData("red_lines = false", "red_lines", 8)]
    [InlineData("price_fall = 20", "price_fall", 8)]
    [InlineData("[decision.member.JPN]\nproducer = 3", "member", 8)]
    public void A_key_of_the_retired_acceptance_rules_is_refused_where_it_is_written(string line, string key, int lineNumber)
    {
        var error = Assert.Throws<CampoException>(() => Read("[decision]\n" + line + "\n"));
        Assert.StartsWith("d.toml:" + lineNumber, error.Message, StringComparison.Ordinal);
        Assert.Contains("\"" + key + "\" belongs to the stated acceptance rules", error.Message, StringComparison.Ordinal);
        Assert.Contains("--validate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_names_its_line_and_the_closest_allowed_key()
    {
        var error = Assert.Throws<CampoException>(() => Read("[decision]\nstaple = [\"rice\"]\n"));
        Assert.StartsWith("d.toml:8", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean \"staples\"", error.Message, StringComparison.Ordinal);
    }
}
