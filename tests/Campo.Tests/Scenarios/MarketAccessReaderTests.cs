using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios;
using Campo.Schedules.Drafts;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Scenarios;

public class MarketAccessReaderTests
{
    private const string Head = """
        schema = 1
        title = "t"
        kind = "multilateral"

        [base]
        members_at = 2003-09-14

        """;

    private static Scenario Read(string body, params string[] overrides) => ScenarioReader.Read(Head + body, "m.toml", overrides);

    private static CampoException Error(string body, params string[] overrides) => Assert.Throws<CampoException>(() => Read(body, overrides));

    [Fact]
    public void A_tiered_formula_with_developing_cuts_as_a_share_of_developed_is_read()
    {
        var scenario = Read("""
            [market_access.developed]
            formula = "tiered"
            minimum_average_cut = 54
            [[market_access.developed.bands]]
            above = 0
            cut = 50
            [[market_access.developed.bands]]
            above = 20
            cut = { value = 57, source = "Rev.4", status = "to-verify" }

            [market_access.developing]
            formula = "tiered"
            share_of_developed_cuts = 50
            [[market_access.developing.bands]]
            above = 0
            [[market_access.developing.bands]]
            above = 30
            """);
        var developing = (TieredFormula)scenario.MarketAccess!.Groups[DevelopmentStatus.Developing].Formula;
        // Hand calculation: half of 50% and of 57%.
        Assert.Equal(0.25, developing.Bands[0].Cut.Fraction, 12);
        Assert.Equal(0.285, developing.Bands[1].Cut.Fraction, 12);
        Assert.Equal(0.30, developing.Bands[1].Above.Fraction, 12);
        Assert.Contains(scenario.FlaggedParameters, p => p.Path == "market_access.developed.bands.cut" && p.Provenance.Reliability == Reliability.ToVerify);
    }

    [Fact]
    public void A_file_without_the_section_has_no_market_access() =>
        Assert.Null(Read(string.Empty).MarketAccess);

    [Fact]
    public void A_missing_formula_is_reported() =>
        Assert.StartsWith("m.toml:7:1: market_access.developed.formula: missing key \"formula\"", Error("[market_access.developed]\ncut = 36\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_missing_bands_section_is_reported() =>
        Assert.Contains("missing [[market_access.developed.bands]]", Error("[market_access.developed]\nformula = \"tiered\"\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_negative_rate_is_refused() =>
        Assert.Equal("m.toml:9:7: market_access.developed.cut: a negative rate (-36%); expected a percentage of at least 0", Error("[market_access.developed]\nformula = \"linear\"\ncut = -36\n").Message);

    [Fact]
    public void A_value_of_the_wrong_type_is_refused() =>
        Assert.Equal("m.toml:9:21: market_access.developed.swiss_coefficient: found a string (\"25\"); expected a number, or { value = 25, source = \"...\", status = \"verified\" }", Error("[market_access.developed]\nformula = \"swiss\"\nswiss_coefficient = \"25\"\n").Message);

    [Fact]
    public void An_unknown_key_is_refused_with_a_suggestion() =>
        Assert.Contains("unknown key \"swiss_coeficient\" in [market_access.developed]; did you mean \"swiss_coefficient\"?", Error("[market_access.developed]\nformula = \"swiss\"\nswiss_coefficient = 25\nswiss_coeficient = 16\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_key_of_another_formula_is_refused() =>
        Assert.Contains("unknown key \"cut\"", Error("[market_access.developed]\nformula = \"swiss\"\nswiss_coefficient = 25\ncut = 36\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Malformed_toml_is_refused_with_its_line() =>
        Assert.StartsWith("m.toml:7:25: the file is not valid TOML", Error("[market_access.developed\nformula = \"linear\"\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Blended_shares_must_add_up_to_100() =>
        Assert.Contains("add up to 90%", Error("[market_access.developed]\nformula = \"blended\"\nuruguay_round_share = 50\nswiss_share = 30\nduty_free_share = 10\naverage_cut = 36\nminimum_cut = 15\nswiss_coefficient = 25\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Bands_must_increase() =>
        Assert.Contains("is not above the previous band's edge", Error("[market_access.developed]\nformula = \"tiered\"\n[[market_access.developed.bands]]\nabove = 20\ncut = 50\n[[market_access.developed.bands]]\nabove = 10\ncut = 57\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_minimum_cut_above_the_average_is_refused() =>
        Assert.Contains("is above the average cut", Error("[market_access.developed]\nformula = \"uruguay-round\"\naverage_cut = 15\nminimum_cut = 36\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_set_override_replaces_a_value_and_records_its_provenance()
    {
        var scenario = Read("[market_access.developed]\nformula = \"swiss\"\nswiss_coefficient = 25\n", "market_access.developed.swiss_coefficient=16");
        Assert.Equal(0.16, ((SwissFormula)scenario.MarketAccess!.Groups[DevelopmentStatus.Developed].Formula).Coefficient, 12);
        var parameter = Assert.Single(scenario.Parameters, p => p.Path == "market_access.developed.swiss_coefficient");
        Assert.Equal(Reliability.Assumption, parameter.Provenance.Reliability);
        Assert.Contains("set on the command line", parameter.Provenance.Source, StringComparison.Ordinal);
        Assert.Equal("--set", parameter.Location.File);
    }

    [Fact]
    public void A_set_override_can_fill_a_table_the_file_lacks_and_an_element_of_a_list()
    {
        var scenario = Read(
            "[market_access.developed]\nformula = \"tiered\"\n[[market_access.developed.bands]]\nabove = 0\ncut = 50\n",
            "market_access.developed.bands[1].cut=60",
            "market_access.ldc.formula=none");
        var tiered = (TieredFormula)scenario.MarketAccess!.Groups[DevelopmentStatus.Developed].Formula;
        Assert.Equal(0.60, tiered.Bands[0].Cut.Fraction, 12);
        Assert.True(scenario.MarketAccess.Groups.ContainsKey(DevelopmentStatus.LeastDeveloped));
    }

    [Fact]
    public void A_misspelt_set_override_is_refused_like_a_misspelt_key() =>
        Assert.Contains("unknown key \"swiss_coeficient\"", Error("[market_access.developed]\nformula = \"swiss\"\nswiss_coefficient = 25\n", "market_access.developed.swiss_coeficient=16").Message, StringComparison.Ordinal);

    [Fact]
    public void A_set_override_without_a_value_is_refused() =>
        Assert.Equal("--set: \"market_access.developed.cut\" is not of the form path=value; write for example --set market_access.developed.swiss_coefficient=16", Error(string.Empty, "market_access.developed.cut").Message);

    [Fact]
    public void A_set_override_through_a_number_is_refused() =>
        Assert.Contains("not a table", Error("[market_access.developed]\nformula = \"linear\"\ncut = 36\n", "market_access.developed.cut.value=3").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("uruguay-round-1995.toml")]
    [InlineData("harbinson-2003.toml")]
    [InlineData("cancun-2003.toml")]
    [InlineData("framework-2004.toml")]
    [InlineData("rev4-2008.toml")]
    public void Every_shipped_draft_loads_with_its_market_access(string file)
    {
        var scenario = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", file), "scenarios/" + file);
        Assert.NotNull(scenario.MarketAccess);
        Assert.NotEmpty(scenario.MarketAccess!.Groups);
        Assert.All(scenario.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Provenance.Source)));
    }

    [Fact]
    public void The_cancun_draft_fills_its_blanks_with_marked_assumptions()
    {
        var scenario = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        Assert.Equal(new DateOnly(2003, 9, 14), scenario.Base.MembersAt);
        var swiss = Assert.Single(scenario.Parameters, p => p.Path == "market_access.developed.swiss_coefficient");
        Assert.Equal(25, swiss.Value);
        Assert.Equal(Reliability.Assumption, swiss.Provenance.Reliability);
        Assert.Contains("US proposal", swiss.Provenance.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rev4_number_from_the_reference_is_marked_to_verify()
    {
        var scenario = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "rev4-2008.toml"));
        var cuts = scenario.Parameters.Where(p => p.Path == "market_access.developed.bands.cut").ToArray();
        Assert.Equal([50, 57, 64, 70], cuts.Select(c => c.Value).ToArray());
        Assert.All(cuts, c => Assert.Equal(Reliability.ToVerify, c.Provenance.Reliability));
    }
}
