using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Campo.Composition;
using Campo.Negotiation;
using Campo.Scenarios;
using Campo.Web.Drafts;
using Campo.Web.Runs;
using Campo.Web.Workbench;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Campo.Web.Tests;

/// <summary>The nearest passable draft on the workbench through HTTP: started in the background, its progress, its answer.</summary>
public sealed partial class WorkbenchSearchTests : IClassFixture<CampoFactory>
{
    private const string Swiss = "market_access.developed.swiss_coefficient";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private readonly CampoFactory _factory;

    public WorkbenchSearchTests(CampoFactory factory) => _factory = factory;

    [Fact]
    public async Task The_search_of_the_edited_draft_runs_in_the_background_and_shows_the_librarys_answer_for_each_parameter()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string change = "k." + Swiss + "=26.5";

        // Without scripts: the link sends the reader to the search's page, which shows its progress and then its answer.
        using var started = await client.GetAsync("/workbench/search?draft=cancun-2003&lang=en&" + change);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var address = started.Headers.Location!.OriginalString;
        Assert.Matches("^/workbench/search/[0-9a-f]{20}\\?lang=en$", address);
        var first = await client.GetStringAsync(address);
        Assert.Contains("href=\"/workbench?draft=cancun-2003&amp;k." + Swiss + "=26.5&amp;lang=en\"", first, StringComparison.Ordinal);
        Assert.True(first.Contains("id=\"search-progress\"", StringComparison.Ordinal) || first.Contains("id=\"search-answer\"", StringComparison.Ordinal));
        var answer = await WaitAsync(client, address + "&partial=1");

        // The same search in the library: the edited draft read with the same override, the same parameters and sample.
        var text = File.ReadAllText(Path.Combine(Api.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        var scenario = ScenarioReader.Read(text, "scenarios/cancun-2003.toml", [Swiss + "=26.5"]);
        var dimensions = WorkbenchSearches.DimensionsOf(scenario);
        var drafts = _factory.Services.GetRequiredService<ShippedDrafts>();
        var options = new NegotiationOptions { Draws = 0, MaxDegreeOfParallelism = 1, LoadBaseline = drafts.Baseline, Search = new DraftSearchRequest { Dimensions = dimensions, Drafts = WorkbenchSearches.Drafts } };
        var report = Negotiator.Negotiate(scenario, EvaluationContext.For(RunQueue.Dataset), options, CancellationToken.None).Search!;
        var shown = report.Refined ?? report.Nearest ?? report.Closest;

        // Each range is centred on the edited value (26.5 ± 45 for the Swiss coefficient, the default range 10-100 being 90 wide), cut at the values the parameter takes.
        var swiss = dimensions.Single(d => d.Knob == DraftKnob.Swiss);
        Assert.Equal((0.1, 71.5), (swiss.Low, swiss.High));
        Assert.All(dimensions, d => Assert.True(d.Low <= DraftSpace.Tabled(scenario, d.Knob) && DraftSpace.Tabled(scenario, d.Knob) <= d.High));
        for (var d = 0; d < dimensions.Count; d++)
        {
            var row = RowOf().Match(answer[answer.IndexOf("data-knob=\"" + report.Dimensions[d].Name + "\"", StringComparison.Ordinal)..]);
            Assert.True(row.Success, report.Dimensions[d].Name);
            Assert.Equal(Number(report.Dimensions[d].Tabled!.Value), row.Groups["edited"].Value);
            Assert.Equal(Number(shown.Values[d]), row.Groups["shown"].Value);
        }

        Assert.Contains(shown.Passes ? "Verdict there: passes." : "Verdict there: " + shown.Objecting + " members object.", answer, StringComparison.Ordinal);

        // The search judges the edited draft as the workbench's verdict does (the lean path mirrors the full one).
        var page = await client.GetStringAsync("/workbench?draft=cancun-2003&lang=en&" + change);
        Assert.Contains(report.Tabled.Passes ? "<td id=\"verdict-edited\">passes</td>" : "<td id=\"verdict-edited\">fails: " + report.Tabled.Objecting + " of ", page, StringComparison.Ordinal);
        Assert.Contains("id=\"search-answer\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_searchs_progress_part_comes_at_once_in_the_readers_language()
    {
        using var client = _factory.CreateClient();

        var part = await client.GetStringAsync("/workbench/search?draft=cancun-2003&lang=fr&partial=1&k." + Swiss + "=27.5");

        Assert.DoesNotContain("<html", part, StringComparison.Ordinal);
        Assert.True(part.Contains("id=\"search-progress\"", StringComparison.Ordinal) || part.Contains("id=\"search-answer\"", StringComparison.Ordinal), part);
        var answer = await WaitAsync(client, Regex.Match(part, "data-poll=\"(?<a>[^\"]+)\"").Groups["a"].Value.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.Contains("Paramètre", answer, StringComparison.Ordinal);
        Assert.Contains("coefficient suisse des membres développés (points)", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_search_or_a_refused_knob_is_said_so()
    {
        using var client = _factory.CreateClient();

        using var unknown = await client.GetAsync("/workbench/search/0123456789abcdef0123?lang=en");
        using var refused = await client.GetAsync("/workbench/search?draft=cancun-2003&lang=en&k." + Swiss + "=-3");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No search with this address", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("A number was refused: correct it to search for the nearest passable draft.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.GetCultureInfo("en"));

    private static async Task<string> WaitAsync(HttpClient client, string address)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var part = await client.GetStringAsync(address);
            if (part.Contains("id=\"search-answer\"", StringComparison.Ordinal))
            {
                Assert.Contains("data-stage=\"done\"", part, StringComparison.Ordinal);
                return part;
            }

            Assert.True(DateTime.UtcNow < deadline, "the search did not finish within " + Patience);
            await Task.Delay(200);
        }
    }

    [GeneratedRegex("<td>[^<]*</td><td>(?<edited>[^<]*)</td><td>(?<shown>[^<]*)</td>")]
    private static partial Regex RowOf();
}
