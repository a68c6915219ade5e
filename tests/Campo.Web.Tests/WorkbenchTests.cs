using System.Net;
using Campo.Composition;
using Campo.Evaluation;
using Campo.Reports.Localization;
using Campo.Scenarios;
using Campo.Web.Runs;

namespace Campo.Web.Tests;

/// <summary>The draft workbench through HTTP: knobs, recomputation, refusal at the control, the link and the file.</summary>
public sealed class WorkbenchTests : IClassFixture<CampoFactory>
{
    private const string Swiss = "market_access.developed.swiss_coefficient";
    private readonly CampoFactory _factory;

    public WorkbenchTests(CampoFactory factory) => _factory = factory;

    [Fact]
    public async Task Every_number_of_the_draft_is_a_labelled_control_with_its_provenance_and_range()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/workbench?draft=cancun-2003&lang=en");

        // scenarios/cancun-2003.toml: swiss_coefficient = { value = 25, ..., status = "assumption" }; the reader accepts 0.001 to 100000.
        Assert.Contains("name=\"k." + Swiss + "\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"k-market_access-developed-swiss_coefficient\">swiss coefficient</label>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"25\"", html, StringComparison.Ordinal);
        Assert.Contains("min=\"0.001\" max=\"100000\"", html, StringComparison.Ordinal);
        Assert.Contains("assumption: blank in Annex A; US proposal, Swiss coefficient 25", html, StringComparison.Ordinal);
        Assert.Contains("No number changed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_knob_gives_the_results_of_the_same_override_in_the_library_beside_the_tabled_draft()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/workbench?draft=cancun-2003&lang=en&k." + Swiss + "=10");

        // The same draft read with the same override and evaluated at the central elasticities, as campo run --set does.
        var text = File.ReadAllText(Path.Combine(Api.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        var context = EvaluationContext.For(RunQueue.Dataset);
        var options = new EvaluationOptions { Draws = 0, MaxDegreeOfParallelism = 1 };
        var edited = DraftEvaluator.Evaluate(ScenarioReader.Read(text, "cancun-2003.toml", [Swiss + "=10"]), context, options, CancellationToken.None);
        var tabled = DraftEvaluator.Evaluate(ScenarioReader.Read(text, "cancun-2003.toml"), context, options, CancellationToken.None);
        var format = ReportText.For(ReportLanguage.English).Format;
        Assert.NotEqual(tabled.World.ProducerSurplus, edited.World.ProducerSurplus);
        Assert.Contains("<td>" + format.Money(tabled.World.ProducerSurplus) + "</td><td>" + format.Money(edited.World.ProducerSurplus) + "</td>", html, StringComparison.Ordinal);
        Assert.Contains("Changed: " + Swiss + " 25 → 10.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/workbench?draft=cancun-2003&amp;k." + Swiss + "=10&amp;lang=en\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-3", "-3 is outside the range the model accepts (from 0.001 to 100000)")]
    [InlineData("many", "\"many\" is not a number")]
    public async Task A_knob_outside_its_range_or_not_a_number_is_refused_at_its_control(string value, string reason)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/workbench?draft=cancun-2003&lang=en&k." + Swiss + "=" + value);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Refused: " + WebUtility.HtmlEncode(reason), html, StringComparison.Ordinal);
        Assert.Contains("the results below are those of the draft as tabled", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edited_draft_downloads_as_a_scenario_file_that_reads_back_with_the_change_marked_as_an_assumption()
    {
        using var client = _factory.CreateClient();

        var toml = await client.GetStringAsync("/workbench/draft.toml?draft=cancun-2003&k." + Swiss + "=16");

        Assert.StartsWith("# Cancún draft ministerial text", toml, StringComparison.Ordinal);
        var read = ScenarioReader.Read(toml, "edited.toml");
        var swiss = read.Parameters.Last(p => p.Path == Swiss);
        Assert.Equal(16, swiss.Value);
        Assert.Equal(Campo.Domain.Reliability.Assumption, swiss.Provenance.Reliability);
        Assert.StartsWith("edited in the Campo workbench (the tabled draft has 25)", swiss.Provenance.Source, StringComparison.Ordinal);
        // Every other number is the tabled one.
        var tabled = ScenarioReader.Read(File.ReadAllText(Path.Combine(Api.RepositoryRoot, "scenarios", "cancun-2003.toml")), "cancun-2003.toml");
        Assert.Equal(tabled.Parameters.Where(p => p.Path != Swiss).Select(p => (p.Path, p.Value)), read.Parameters.Where(p => p.Path != Swiss).Select(p => (p.Path, p.Value)));
    }

    [Fact]
    public async Task A_change_can_ask_for_the_results_part_alone()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/workbench?draft=cancun-2003&lang=fr&member=IND&partial=1&k." + Swiss + "=10");

        Assert.DoesNotContain("<form class=\"workbench\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"comparison\"", html, StringComparison.Ordinal);
        Assert.Contains("Le projet tel que déposé et tel que modifié", html, StringComparison.Ordinal);
        Assert.Contains("id=\"member-farmers\"", html, StringComparison.Ordinal);
    }

    private const string Placement = "market_access.developed.placement";
    private const string Formula = "market_access.developed.formula";

    private static string Cancun => File.ReadAllText(Path.Combine(Api.RepositoryRoot, "scenarios", "cancun-2003.toml"));

    [Fact]
    public async Task Every_choice_of_the_draft_is_a_labelled_list_of_the_names_the_reader_accepts()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/workbench?draft=cancun-2003&lang=en");

        // scenarios/cancun-2003.toml writes placement = "defensive" under [market_access.developed]; the reader accepts neutral and defensive.
        var line = Array.FindIndex(Cancun.Split('\n'), l => l.StartsWith("placement = \"defensive\"", StringComparison.Ordinal)) + 1;
        Assert.Contains("<label for=\"k-market_access-developed-placement\">placement</label><select id=\"k-market_access-developed-placement\" name=\"k." + Placement + "\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"neutral\">neutral</option><option value=\"defensive\" selected=\"selected\">defensive</option>", html, StringComparison.Ordinal);
        Assert.Contains("one of: neutral, defensive · as tabled: defensive (cancun-2003.toml, line " + line + ")", html, StringComparison.Ordinal);
        Assert.Contains("name=\"k.market_access.developing.special.designation\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"k." + Formula + "\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"k.kind\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_choice_gives_the_results_of_the_same_override_in_the_library_and_is_in_the_link()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/workbench?draft=cancun-2003&lang=en&member=IND&k." + Placement + "=neutral");

        var context = EvaluationContext.For(RunQueue.Dataset);
        var options = new EvaluationOptions { Draws = 0, MaxDegreeOfParallelism = 1 };
        var edited = DraftEvaluator.Evaluate(ScenarioReader.Read(Cancun, "cancun-2003.toml", [Placement + "=neutral"]), context, options, CancellationToken.None);
        var tabled = DraftEvaluator.Evaluate(ScenarioReader.Read(Cancun, "cancun-2003.toml"), context, options, CancellationToken.None);
        var format = ReportText.For(ReportLanguage.English).Format;
        Assert.NotEqual(tabled.World.ProducerSurplus, edited.World.ProducerSurplus);
        Assert.Contains("<td>" + format.Money(tabled.World.ProducerSurplus) + "</td><td>" + format.Money(edited.World.ProducerSurplus) + "</td>", html, StringComparison.Ordinal);
        Assert.Contains("Changed: " + Placement + " defensive → neutral.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/workbench?draft=cancun-2003&amp;member=IND&amp;k." + Placement + "=neutral&amp;lang=en\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"neutral\" selected=\"selected\">neutral</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_the_reader_does_not_accept_is_refused_at_its_choice_with_the_names_allowed()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/workbench?draft=cancun-2003&lang=es&k." + Placement + "=offensive");
        var html = await response.Content.ReadAsStringAsync();
        using var file = await client.GetAsync("/workbench/draft.toml?draft=cancun-2003&k." + Placement + "=offensive");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("«offensive» no es uno de los nombres que el modelo acepta (neutral, defensive)", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, file.StatusCode);
    }

    [Fact]
    public async Task The_downloaded_draft_carries_the_changed_choice_and_reads_back_with_every_other_value_as_tabled()
    {
        using var client = _factory.CreateClient();

        var toml = await client.GetStringAsync("/workbench/draft.toml?draft=cancun-2003&k." + Placement + "=neutral&k." + Swiss + "=16");

        var read = ScenarioReader.Read(toml, "edited.toml");
        var tabled = ScenarioReader.Read(Cancun, "cancun-2003.toml");
        Assert.Equal("neutral", read.Choices.Last(c => c.Path == Placement).Value);
        Assert.Contains("placement = \"neutral\" # edited in the Campo workbench (the tabled draft has \"defensive\")", toml, StringComparison.Ordinal);
        Assert.Equal(tabled.Choices.Where(c => c.Path != Placement).Select(c => (c.Path, c.Value)), read.Choices.Where(c => c.Path != Placement).Select(c => (c.Path, c.Value)));
        Assert.Equal(16, read.Parameters.Last(p => p.Path == Swiss).Value);
    }

    [Fact]
    public async Task A_changed_formula_leaves_out_the_keys_it_does_not_read_and_gives_the_numbers_of_the_file_it_offers()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/workbench?draft=cancun-2003&lang=en&k." + Formula + "=swiss");
        var toml = await client.GetStringAsync("/workbench/draft.toml?draft=cancun-2003&k." + Formula + "=swiss");

        // A Swiss formula reads the coefficient and the cap, not a blended formula's shares, cuts and placement.
        Assert.Contains("Left out of the edited draft, because the formula chosen does not read them: market_access.developed.uruguay_round_share,", html, StringComparison.Ordinal);
        Assert.Contains("# uruguay_round_share = { value = 60", toml, StringComparison.Ordinal);
        var read = ScenarioReader.Read(toml, "edited.toml");
        Assert.Equal("swiss", read.Choices.Last(c => c.Path == Formula).Value);
        Assert.Equal(25, read.Parameters.Last(p => p.Path == Swiss).Value);
        Assert.DoesNotContain(read.Parameters, p => p.Path == "market_access.developed.uruguay_round_share");
        var edited = DraftEvaluator.Evaluate(read, EvaluationContext.For(RunQueue.Dataset), new EvaluationOptions { Draws = 0, MaxDegreeOfParallelism = 1 }, CancellationToken.None);
        var format = ReportText.For(ReportLanguage.English).Format;
        Assert.Contains("</td><td>" + format.Money(edited.World.ProducerSurplus) + "</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_formula_that_needs_a_number_the_draft_lacks_is_refused_with_the_readers_reason()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/workbench?draft=cancun-2003&lang=en&k." + Formula + "=linear");
        var html = await response.Content.ReadAsStringAsync();

        // A linear formula needs its cut, which a blended draft does not write.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Refused: missing key " + WebUtility.HtmlEncode("\"cut\"") + " in [market_access.developed]", html, StringComparison.Ordinal);
    }
}
