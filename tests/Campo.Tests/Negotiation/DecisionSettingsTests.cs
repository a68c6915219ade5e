using Campo.Domain;
using Campo.Errors;
using Campo.Negotiation;
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

    private static PreferenceBook Book(Scenario scenario) =>
        PreferenceBook.Build(scenario.Decision, ["G20", "G33"], id => id.Code is "JPN" or "IND" or "BRA" or "USA");

    [Fact]
    public void Without_a_decision_section_the_defaults_apply()
    {
        var settings = Read(string.Empty).Decision;
        Assert.Equal(CoalitionRule.None, settings.CoalitionRule);
        Assert.Equal(WeightPreset.Welfare, settings.Weights);
        Assert.Null(settings.Baseline);
        Assert.Null(settings.Coalitions);
        Assert.True(settings.Defaults.IsEmpty);
    }

    [Fact]
    public void Every_key_of_the_decision_section_is_read()
    {
        var settings = Read("""
            [decision]
            rule = "consensus"
            coalition_rule = "leaders"
            coalitions = ["G20", "G33"]
            weights = "gko"
            baseline = "uruguay-round-1995.toml"
            no_data = "accept"
            staples = ["rice", "maize"]
            threshold = -50
            price_fall = 20
            import_surge = 25
            surge_floor = 5
            red_lines = false

            [decision.leaders]
            G20 = ["BRA", "IND"]

            [decision.member.JPN]
            producer = 3
            """).Decision;
        Assert.Equal(CoalitionRule.Leaders, settings.CoalitionRule);
        Assert.Equal(["G20", "G33"], settings.Coalitions);
        Assert.Equal(WeightPreset.Gko, settings.Weights);
        Assert.Equal("uruguay-round-1995.toml", settings.Baseline);
        Assert.Equal(NoDataRule.Accept, settings.NoData);
        Assert.Equal(["rice", "maize"], settings.Staples);
        Assert.Equal(-50, settings.Defaults.Threshold);
        Assert.Equal(0.20, settings.Defaults.PriceFall!.Value, 12);
        Assert.Equal(0.25, settings.Defaults.ImportSurge!.Value, 12);
        Assert.Equal(0.05, settings.Defaults.SurgeFloor!.Value, 12);
        Assert.False(settings.Defaults.RedLines);
        Assert.Equal([new MemberId("BRA"), new MemberId("IND")], settings.Leaders["G20"]);
        var member = Assert.Single(settings.Overrides);
        Assert.Equal((OverrideScope.Member, "JPN", 3.0), (member.Scope, member.Key, member.Profile.Producer!.Value));
    }

    [Fact]
    public void A_baseline_of_status_quo_is_no_baseline()
    {
        Assert.Null(Read("[decision]\nbaseline = \"status-quo\"\n").Decision.Baseline);
    }

    [Fact]
    public void The_most_specific_setting_wins_member_then_coalition_then_status_then_decision()
    {
        var scenario = Read("""
            [decision]
            producer = 2
            consumer = 3

            [decision.status.developing]
            producer = 4
            government = 5

            [decision.coalition.G20]
            producer = 6

            [decision.member.IND]
            exports = 1
            """);
        var india = Book(scenario).For(new MemberId("IND"), DevelopmentStatus.Developing, ["G20"]);
        Assert.Equal((6.0, 3.0, 5.0, 1.0, 1.0), (india.Weights.Producer, india.Weights.Consumer, india.Weights.Government, india.Weights.QuotaRent, india.Weights.Exports));
        Assert.Contains("coalition.G20.producer", india.Source, StringComparison.Ordinal);
        var usa = Book(scenario).For(new MemberId("USA"), DevelopmentStatus.Developed, []);
        Assert.Equal((2.0, 3.0, 1.0, 0.0), (usa.Weights.Producer, usa.Weights.Consumer, usa.Weights.Government, usa.Weights.Exports));
    }

    [Fact]
    public void The_gko_preset_weighs_producers_in_developed_members_and_revenue_in_developing_ones()
    {
        var book = Book(Read("[decision]\nweights = \"gko\"\n"));
        var developed = book.For(new MemberId("USA"), DevelopmentStatus.Developed, []).Weights;
        var developing = book.For(new MemberId("IND"), DevelopmentStatus.Developing, []).Weights;
        Assert.True(developed.Producer > developed.Consumer && developed.Producer > developed.Government);
        Assert.True(developing.Government > developing.Producer && developing.Government > developing.Consumer);
    }

    [Fact]
    public void Red_line_defaults_come_from_the_rev4_safeguard_triggers()
    {
        // Rev.4 SSM (reference market-models-and-modalities.md §5.6): price trigger at 85% of the reference price,
        // first volume trigger at 110% of base imports; WD No. 14 SSG floor at [10]% of consumption.
        var lines = Book(Read(string.Empty)).For(new MemberId("JPN"), DevelopmentStatus.Developed, []).RedLines;
        Assert.Equal((true, 0.15, 0.10, 0.10), (lines.Enabled, lines.PriceFall, lines.ImportSurge, lines.SurgeFloor), new ToleranceComparer());
    }

    [Fact]
    public void An_unknown_key_names_its_line_and_the_closest_allowed_key()
    {
        var error = Assert.Throws<CampoException>(() => Read("[decision]\nproducr = 2\n"));
        Assert.StartsWith("d.toml:8:", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean \"producer\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_weight_is_out_of_range()
    {
        var error = Assert.Throws<CampoException>(() => Read("[decision.member.JPN]\nproducer = -1\n"));
        Assert.Contains("decision.member.JPN.producer", error.Message, StringComparison.Ordinal);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_group_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => Read("[decision.status.rich]\nproducer = 2\n"));
        Assert.Contains("unknown status group \"rich\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_for_an_unknown_coalition_is_refused_where_it_is_written()
    {
        var scenario = Read("[decision.coalition.G21]\nproducer = 2\n");
        var error = Assert.Throws<CampoException>(() => Book(scenario));
        Assert.StartsWith("d.toml:7:", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean G20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_for_a_member_absent_on_the_date_is_refused()
    {
        var scenario = Read("[decision.member.RUS]\nproducer = 2\n");
        var error = Assert.Throws<CampoException>(() => Book(scenario));
        Assert.Contains("RUS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_numbers_are_flagged_as_assumptions_like_the_draft_s()
    {
        var scenario = Read("[decision]\nthreshold = -10\n");
        Assert.Contains(scenario.FlaggedParameters, p => p.Path == "decision.threshold" && p.Value == -10);
    }

    private sealed class ToleranceComparer : IEqualityComparer<(bool, double, double, double)>
    {
        public bool Equals((bool, double, double, double) x, (bool, double, double, double) y) =>
            x.Item1 == y.Item1 && Math.Abs(x.Item2 - y.Item2) < 1e-12 && Math.Abs(x.Item3 - y.Item3) < 1e-12 && Math.Abs(x.Item4 - y.Item4) < 1e-12;

        public int GetHashCode((bool, double, double, double) obj) => obj.Item1.GetHashCode();
    }
}
