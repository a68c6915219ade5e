using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Tests.Scenarios;

public class ScenarioReaderTests
{
    private const string Minimal = """
        schema = 1
        title = "A test draft"
        kind = "multilateral"

        [base]
        members_at = 2003-09-14
        """;

    [Fact]
    public void A_multilateral_draft_counted_before_the_WTO_existed_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal.Replace("2003-09-14", "1850-01-01", StringComparison.Ordinal), "old.toml"));
        Assert.StartsWith("old.toml:6:14: base.members_at: the date 1850-01-01 is before the WTO came into being on 1995-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_year_the_data_do_not_have_is_refused_rather_than_ignored()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal.Replace("[base]", "[base]\nyear = 2006", StringComparison.Ordinal), "y.toml"));
        Assert.Contains("base.year", error.Message, StringComparison.Ordinal);
        Assert.Contains("2006", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimal_scenario_has_no_commitments()
    {
        var scenario = ScenarioReader.Read(Minimal, "m.toml");
        Assert.Equal("A test draft", scenario.Title);
        Assert.Equal(ScenarioKind.Multilateral, scenario.Kind);
        Assert.Equal("default", scenario.Base.Dataset);
        Assert.Equal(new DateOnly(2003, 9, 14), scenario.Base.MembersAt);
        Assert.Empty(scenario.DomesticSupport.Cuts);
        Assert.Empty(scenario.ExportCompetition.SubsidyCuts);
        Assert.Equal(DecisionRule.Consensus, scenario.Decision.Rule);
    }

    [Fact]
    public void Support_and_export_cuts_are_read_by_status_with_their_provenance()
    {
        var text = Minimal + """


            [domestic_support.developed]
            cut = { value = 70, source = "TN/AG/W/4/Rev.4 para 13", status = "to-verify" }

            [[domestic_support.developed.tiers]]
            above_bn_usd = 60
            cut = 80

            [export_competition.developing]
            subsidy_cut = 100
            end_year = 2016
            """;
        var scenario = ScenarioReader.Read(text, "m.toml");
        Assert.Equal(70, scenario.DomesticSupport.Cuts[DevelopmentStatus.Developed].Percent, 12);
        Assert.Equal(60, Assert.Single(scenario.DomesticSupport.Tiers).AboveBillionUsd);
        Assert.Equal(2016, scenario.ExportCompetition.EndYears[DevelopmentStatus.Developing]);
        var flagged = scenario.FlaggedParameters.Select(p => p.Path).ToArray();
        Assert.Contains("domestic_support.developed.cut", flagged);
        var cut = scenario.Parameters.Single(p => p.Path == "domestic_support.developed.cut");
        Assert.Equal(Reliability.ToVerify, cut.Provenance.Reliability);
        Assert.Equal("TN/AG/W/4/Rev.4 para 13", cut.Provenance.Source);
    }

    [Fact]
    public void A_missing_base_section_is_reported()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read("schema = 1\ntitle = \"x\"\nkind = \"multilateral\"\n", "m.toml"));
        Assert.Equal("m.toml:1:1: base: missing key \"base\" at the top of the file; expected a table [base]", error.Message);
    }

    [Fact]
    public void An_unknown_section_is_refused_with_a_suggestion()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal + "\n[domestic_suport]\n", "m.toml"));
        Assert.Contains("unknown key \"domestic_suport\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean \"domestic_support\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_above_100_percent_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal + "\n[export_competition.developed]\nsubsidy_cut = 120\n", "m.toml"));
        Assert.StartsWith("m.toml:8:15: export_competition.developed.subsidy_cut: the rate 120% is above the maximum; expected at most 100%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal.Replace("members_at = 2003-09-14", "members_at = 2003", StringComparison.Ordinal), "m.toml"));
        Assert.Contains("expected a date such as 2003-09-14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_schema_version_is_refused() =>
        Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal.Replace("schema = 1", "schema = 2", StringComparison.Ordinal), "m.toml"));

    [Fact]
    public void An_evaluation_year_before_the_start_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal + "\n[implementation]\nstart_year = 2006\nevaluate_year = 2005\n", "m.toml"));
        Assert.Contains("evaluate_year", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_number_may_carry_its_source()
    {
        var scenario = ScenarioReader.Read(Minimal + "\n[export_competition.developed]\nend_year = { value = 2013, source = \"Hong Kong declaration para 6\", status = \"to-verify\" }\n", "m.toml");
        Assert.Equal(2013, scenario.ExportCompetition.EndYears[DevelopmentStatus.Developed]);
        Assert.Contains(scenario.FlaggedParameters, p => p.Path == "export_competition.developed.end_year" && p.Value == 2013);
    }

    [Fact]
    public void A_whole_number_can_be_set_from_the_command_line()
    {
        var scenario = ScenarioReader.Read(Minimal + "\n[implementation]\nstart_year = 2006\n", "m.toml", ["implementation.evaluate_year=2008"]);
        Assert.Equal(2008, scenario.Implementation.EvaluateYear);
    }

    [Fact]
    public void A_fractional_year_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Minimal + "\n[implementation]\nstart_year = 2006\n", "m.toml", ["implementation.evaluate_year=2008.5"]));
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }
}
