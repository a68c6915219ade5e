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
}
