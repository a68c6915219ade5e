using Campo.Errors;
using Campo.Regional;
using Campo.Scenarios;

namespace Campo.Tests.Regional;

public class RegionalReaderTests
{
    private const string Agreement = """
        [regional]
        parties = ["MEX", "USA"]
        base_year = 1993
        entry_into_force = 1994
        horizon = 2008
        substitution_elasticity = 2

        """;

    private const string Trq = """
        [regional.commodities.maize.USA_to_MEX]
        quota_kt = 2500
        quota_growth = 3
        [regional.commodities.maize.USA_to_MEX.over_quota]
        1994 = 215
        2008 = 0

        """;

    private static Scenario Read(string body, params string[] overrides) => ScenarioReader.Read(Nafta.Header + body, "t.toml", overrides);

    private static CampoException Refused(string body, params string[] overrides) => Assert.Throws<CampoException>(() => Read(body, overrides));

    [Fact]
    public void The_shipped_nafta_scenario_reads_its_parties_dates_and_schedules()
    {
        var scenario = Nafta.Scenario();
        var agreement = scenario.Regional!;
        Assert.Equal(ScenarioKind.Regional, scenario.Kind);
        Assert.Equal(["MEX", "USA", "CAN"], agreement.Parties.Select(p => p.Code));
        Assert.Equal((1993, 3, 1994, 2008), (agreement.BaseYear, agreement.BaseYearsAveraged, agreement.EntryIntoForce, agreement.Horizon));
        Assert.Equal("1991-93", agreement.BasePeriod);
        Assert.Equal(1993, scenario.Base.Year);
        Assert.Equal(["maize", "beans"], agreement.Focus);
        Assert.Equal(DutyRegime.Legal, agreement.Duties);
    }

    [Fact]
    public void The_duties_switch_can_be_set_from_the_command_line() =>
        Assert.Equal(DutyRegime.Applied, Nafta.Scenario("regional.duties=applied").Regional!.Duties);

    [Fact]
    public void Every_quota_number_keeps_its_source()
    {
        var growth = Nafta.Scenario().Parameters.Single(p => p.Path == "regional.commodities.maize.USA_to_MEX.quota_growth");
        Assert.Equal(3, growth.Value);
        Assert.Contains("Hufbauer", growth.Provenance.Source, StringComparison.Ordinal);
        Assert.Contains(Nafta.Scenario().FlaggedParameters, p => p.Path == "regional.commodities.maize.USA_to_MEX.applied_over_quota.1994");
    }

    [Fact]
    public void A_quota_with_negative_growth_is_refused_at_its_line()
    {
        var error = Refused(Agreement + Trq.Replace("quota_growth = 3", "quota_growth = -3", StringComparison.Ordinal));
        Assert.StartsWith("t.toml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("regional.commodities.maize.USA_to_MEX.quota_growth: a quota that shrinks by 3% a year", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 0% a year", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_growth_set_from_the_command_line_is_refused_too()
    {
        var error = Assert.Throws<CampoException>(() => Nafta.Scenario("regional.commodities.maize.USA_to_MEX.quota_growth=-2"));
        Assert.Contains("a quota that shrinks by 2% a year", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_staging_period_beyond_the_horizon_is_refused()
    {
        var body = Agreement.Replace("horizon = 2008", "horizon = 2005", StringComparison.Ordinal) + """
            [regional.commodities.maize.USA_to_MEX]
            staging = "C+"
            """;
        var error = Refused(body);
        Assert.Contains("staging C+ makes the tariff duty-free only in 2008, after the horizon 2005", error.Message, StringComparison.Ordinal);
        Assert.Contains("regional.commodities.maize.USA_to_MEX.staging", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_quota_path_beyond_the_horizon_is_refused()
    {
        var error = Refused(Agreement.Replace("horizon = 2008", "horizon = 2003", StringComparison.Ordinal) + Trq);
        Assert.Contains("the path runs to 2008, after the horizon 2003", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_quota_path_must_start_at_entry_into_force()
    {
        var error = Refused(Agreement + Trq.Replace("1994 = 215", "1996 = 215", StringComparison.Ordinal));
        Assert.Contains("does not give the duty in the year of entry into force, 1994", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quota_without_an_over_quota_path_is_refused()
    {
        var error = Refused(Agreement + "[regional.commodities.maize.USA_to_MEX]\nquota_kt = 2500\n");
        Assert.Contains("missing the over-quota duty path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_flow_key_is_refused_with_the_form_expected()
    {
        var error = Refused(Agreement + "[regional.commodities.maize.USA_too_MEX]\nstaging = \"A\"\n");
        Assert.Contains("unknown key \"USA_too_MEX\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("a flow such as USA_to_MEX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_from_a_non_party_is_refused()
    {
        var error = Refused(Agreement + "[regional.commodities.maize.CAN_to_MEX]\nstaging = \"A\"\n");
        Assert.Contains("\"CAN\" is not a party of the agreement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_of_imports_above_100_percent_are_refused()
    {
        var body = Agreement.Replace("[\"MEX\", \"USA\"]", "[\"MEX\", \"USA\", \"CAN\"]", StringComparison.Ordinal) + """
            [regional.commodities.maize.USA_to_MEX]
            share_of_imports = 80
            [regional.commodities.maize.CAN_to_MEX]
            share_of_imports = 30
            """;
        Assert.Contains("add up to 110%", Refused(body).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multilateral_pillar_in_a_regional_agreement_is_refused()
    {
        var error = Refused(Agreement + Trq + "[market_access.developed]\nformula = \"none\"\n");
        Assert.Contains("takes its tariffs and dates from [regional], not from [market_access]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_year_that_contradicts_the_agreements_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Nafta.Header.Replace("[base]", "[base]\nyear = 2005", StringComparison.Ordinal) + Agreement + Trq, "t.toml"));
        Assert.Contains("[base] year 2005 differs from the agreement's base_year 1993", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_into_force_must_follow_the_base_year()
    {
        var error = Refused(Agreement.Replace("entry_into_force = 1994", "entry_into_force = 1993", StringComparison.Ordinal) + Trq);
        Assert.Contains("is not after the base year 1993", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_section_in_a_multilateral_draft_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => ScenarioReader.Read(Nafta.Header.Replace("\"regional\"", "\"multilateral\"", StringComparison.Ordinal) + Agreement + Trq, "t.toml"));
        Assert.Contains("a [regional] section in a multilateral draft", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_focus_commodity_must_be_one_of_the_agreement()
    {
        var error = Refused(Agreement.Replace("substitution_elasticity = 2", "substitution_elasticity = 2\nfocus = [\"rice\"]", StringComparison.Ordinal) + Trq);
        Assert.Contains("the focus names \"rice\"", error.Message, StringComparison.Ordinal);
    }
}
