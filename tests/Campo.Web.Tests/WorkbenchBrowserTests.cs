using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Campo.Web.Tests;

/// <summary>
/// The workbench as a person uses it, in Debian's Chromium: a knob moved changes the verdict's and the member's figures
/// in place; the link restores the draft as edited; on a phone (390 px) and a desk (1,400 px); in two languages;
/// axe-core finds no accessibility violation. Screenshots go to test-output/screenshots.
/// </summary>
public sealed partial class WorkbenchBrowserTests : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const float Minute = 60_000;
    private const string SwissInput = "#k-market_access-developed-swiss_coefficient";
    private readonly BrowserFixture _fixture;
    private readonly BrowserContexts _contexts;

    public WorkbenchBrowserTests(BrowserFixture fixture)
    {
        _fixture = fixture;
        _contexts = new BrowserContexts(fixture);
    }

    [SkippableTheory]
    [InlineData("en", 1400)]
    [InlineData("es", 390)]
    public async Task A_person_moves_a_knob_sees_the_figures_change_and_shares_the_link(string language, int width)
    {
        var page = await OpenAsync("/workbench?draft=cancun-2003&member=IND&lang=" + language, width);
        var farmersBefore = await page.InnerTextAsync("#member-farmers td:nth-child(3)");
        var worldBefore = await page.InnerTextAsync("#world-farmers td:nth-child(3)");

        // A steeper Swiss cut for developed members: the edited column moves, the tabled one stays.
        await page.FillAsync(SwissInput, "5");
        await page.DispatchEventAsync(SwissInput, "change");
        await page.WaitForFunctionAsync("() => document.getElementById('changes') && document.getElementById('changes').textContent.includes('→ 5')", null, new() { Timeout = 2 * Minute });
        Assert.NotEqual(worldBefore, await page.InnerTextAsync("#world-farmers td:nth-child(3)"));
        Assert.Equal(worldBefore, await page.InnerTextAsync("#world-farmers td:nth-child(2)"));
        Assert.NotEqual(farmersBefore, await page.InnerTextAsync("#member-farmers td:nth-child(3)"));
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#verdict-edited")));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "workbench-" + language + "-" + width + ".png"), FullPage = false });

        // The address now is the link that restores the draft as edited.
        var link = page.Url;
        Assert.Contains("k.market_access.developed.swiss_coefficient=5", link, StringComparison.Ordinal);
        var restored = await OpenAsync(new Uri(link).PathAndQuery, width);
        Assert.Equal("5", await restored.InputValueAsync(SwissInput));
        Assert.Equal(await page.InnerTextAsync("#world-farmers td:nth-child(3)"), await restored.InnerTextAsync("#world-farmers td:nth-child(3)"));

        // No horizontal scroll on a phone.
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('body *')).filter(e => e.scrollWidth > window.innerWidth && getComputedStyle(e).overflowX !== 'auto').slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join('; ')");
        Assert.True(scrollWidth <= width + 1, "page is " + scrollWidth + " px wide on a " + width + " px screen: " + widest);
    }

    [SkippableFact]
    public async Task A_value_outside_its_range_is_refused_at_the_control_with_the_range()
    {
        var page = await OpenAsync("/workbench?draft=cancun-2003&lang=en", 1400);

        await page.FillAsync(SwissInput, "-3");
        var valid = await page.EvalOnSelectorAsync<bool>(SwissInput, "e => e.checkValidity()");
        var range = await page.InnerTextAsync("#k-market_access-developed-swiss_coefficient-help");

        Assert.False(valid);
        Assert.Contains("range: from 0.001 to 100000", range, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("fr")]
    [InlineData("pt")]
    public async Task Axe_core_finds_no_accessibility_violation_on_the_workbench(string language)
    {
        var page = await OpenAsync("/workbench?draft=cancun-2003&member=BRA&lang=" + language, 1400);

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => v.Id + ": " + v.Help + " (" + string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString())) + ")")));
    }

    [SkippableTheory]
    [InlineData("en", 1400)]
    [InlineData("fr", 390)]
    public async Task A_person_changes_a_choice_and_sees_the_figures_change(string language, int width)
    {
        const string placement = "#k-market_access-developed-placement";
        var page = await OpenAsync("/workbench?draft=cancun-2003&member=IND&lang=" + language, width);
        var worldBefore = await page.InnerTextAsync("#world-farmers td:nth-child(3)");

        // The developed members place their cuts neutrally instead of defensively: the edited column moves, the tabled one stays.
        await page.SelectOptionAsync(placement, "neutral");
        await page.WaitForFunctionAsync("() => document.getElementById('changes') && document.getElementById('changes').textContent.includes('defensive → neutral')", null, new() { Timeout = 2 * Minute });
        Assert.NotEqual(worldBefore, await page.InnerTextAsync("#world-farmers td:nth-child(3)"));
        Assert.Equal(worldBefore, await page.InnerTextAsync("#world-farmers td:nth-child(2)"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "workbench-choice-" + language + "-" + width + ".png"), FullPage = false });

        // The link restores the choice, and the downloaded draft carries it.
        Assert.Contains("k.market_access.developed.placement=neutral", page.Url, StringComparison.Ordinal);
        var restored = await OpenAsync(new Uri(page.Url).PathAndQuery, width);
        Assert.Equal("neutral", await restored.InputValueAsync(placement));
        var download = await restored.RunAndWaitForDownloadAsync(() => restored.ClickAsync("#download-toml"));
        var toml = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal("neutral", Campo.Scenarios.ScenarioReader.Read(toml, "edited.toml").Choices.Last(c => c.Path == "market_access.developed.placement").Value);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width + 1, "page is " + scrollWidth + " px wide on a " + width + " px screen");
    }

    [SkippableTheory]
    [InlineData("es", 390, "23.5")]
    [InlineData("en", 1400, "24.5")]
    public async Task A_person_asks_for_the_nearest_passable_draft_and_sees_it_appear_with_its_progress(string language, int width, string swiss)
    {
        var page = await OpenAsync("/workbench?draft=cancun-2003&member=BRA&lang=" + language, width);
        await page.FillAsync(SwissInput, swiss);
        await page.DispatchEventAsync(SwissInput, "change");
        await page.WaitForFunctionAsync("() => document.getElementById('changes') && document.getElementById('changes').textContent.includes('→ " + swiss.Replace(".", language == "es" ? "," : ".", StringComparison.Ordinal) + "')", null, new() { Timeout = 2 * Minute });

        // The search of a draft nobody asked for before: its progress shows at once, in place, and the page stays usable.
        await page.ClickAsync("#search-start");
        await page.WaitForSelectorAsync("#search-progress progress", new() { Timeout = Minute });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "workbench-search-progress-" + language + "-" + width + ".png"), FullPage = false });
        Assert.True(await page.IsEnabledAsync(SwissInput));
        await page.WaitForSelectorAsync("#search-answer", new() { Timeout = 4 * Minute });

        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#search-summary")));
        Assert.True(await page.Locator("#search-table tbody tr").CountAsync() >= 4, "a row per searched parameter");
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#search-verdict")));
        await page.Locator("#search-answer").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "workbench-search-" + language + "-" + width + ".png"), FullPage = false });
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width + 1, "page is " + scrollWidth + " px wide on a " + width + " px screen");

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => v.Id + ": " + v.Help + " (" + string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString())) + ")")));
    }

    [SkippableFact]
    public async Task A_search_asked_for_while_the_figures_of_a_change_are_on_their_way_is_of_the_value_typed_and_stays_in_place()
    {
        // The order that lost the search: the figures of a change are computed by the server before the search exists
        // (so their part has no search in it), and arrive after the search's progress is shown, replacing it. Held here
        // in that order: the search's request waits until the figures are computed, the figures until the progress shows.
        var page = await OpenAsync("/workbench?draft=cancun-2003&member=BRA&lang=en", 1400);
        var figuresComputed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var searchShown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(FiguresOfAChange(), async route =>
        {
            var response = await route.FetchAsync();
            figuresComputed.TrySetResult();
            await searchShown.Task;
            await route.FulfillAsync(new() { Response = response });
        });
        await page.RouteAsync(SearchStart(), async route =>
        {
            await figuresComputed.Task;
            await route.ContinueAsync();
        });

        // A person types a value and asks for the search at once (before the figures of the change came back).
        await page.FillAsync(SwissInput, "25.5");
        await page.ClickAsync("#search-start");
        await page.DispatchEventAsync(SwissInput, "change");
        await page.WaitForSelectorAsync("#search-result [data-poll], #search-answer");
        searchShown.TrySetResult();
        await page.WaitForFunctionAsync("() => document.getElementById('changes') && document.getElementById('changes').textContent.includes('→ 25.5')", null, new() { Timeout = 2 * Minute });

        // The search stays on the page until its answer, and it is the search of the value typed.
        await page.WaitForSelectorAsync("#search-answer", new() { Timeout = 4 * Minute });
        Assert.Equal("25.5", await page.InnerTextAsync("#search-table tbody tr:first-child td:nth-child(3)"));
        Assert.Equal("25.5", await page.InputValueAsync(SwissInput));
    }

    [SkippableFact]
    public async Task The_search_page_works_without_scripts_and_axe_core_finds_no_violation_on_it()
    {
        Skip.If(_fixture.Browser is null, "needs Debian's Chromium at " + BrowserFixture.Chromium + " (apt-get install chromium; .ci/run installs it)");
        var context = await NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 900 }, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_fixture.Server!.Address, "/workbench?draft=cancun-2003&lang=pt&k.market_access.developing.special.designation=flagged").ToString(), new() { Timeout = 2 * Minute });

        // Without scripts the link opens the search's page: while the search runs, the page shows its progress with a link
        // to itself and refreshes itself (every 3 s) until the answer comes. The answer is waited for across those
        // refreshes: clicking the refresh link in a loop raced with them (the page could turn into the answer, which has
        // no refresh link, between a look and the click).
        var opened = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#search-start"), r => r.Url.Contains("/workbench/search/", StringComparison.Ordinal) && r.Status == 200, new() { Timeout = 2 * Minute });
        var own = new Uri(opened.Url).PathAndQuery;
        using var client = new HttpClient { BaseAddress = _fixture.Server!.Address };
        var first = await client.GetStringAsync(own);
        Assert.True(first.Contains("id=\"search-answer\"", StringComparison.Ordinal) || first.Contains("<a href=\"" + own.Replace("&", "&amp;", StringComparison.Ordinal) + "\" id=\"search-refresh\">", StringComparison.Ordinal), first);
        await page.WaitForSelectorAsync("#search-answer", new() { Timeout = 4 * Minute });

        Assert.Contains("Projeto aprovável mais próximo", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "workbench-search-page-pt-390.png"), FullPage = true });
        var searchPage = new Uri(page.Url).PathAndQuery;
        Assert.StartsWith("/workbench/search/", searchPage, StringComparison.Ordinal);
        await page.ClickAsync("#search-back");
        await page.WaitForURLAsync("**/workbench?**", new() { Timeout = 2 * Minute });
        Assert.Contains("k.market_access.developing.special.designation=flagged", page.Url, StringComparison.Ordinal);

        // axe-core runs as a script: the same search page in a page that runs scripts.
        var answered = await OpenAsync(searchPage, 390);
        var result = await answered.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => v.Id + ": " + v.Help + " (" + string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString())) + ")")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes the test's pages.</summary>
    public Task DisposeAsync() => _contexts.DisposeAsync().AsTask();

    private Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options) => _contexts.NewAsync(options);

    private async Task<IPage> OpenAsync(string path, int width)
    {
        Skip.If(_fixture.Browser is null, "needs Debian's Chromium at " + BrowserFixture.Chromium + " (apt-get install chromium; .ci/run installs it)");
        var context = await NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_fixture.Server!.Address, path).ToString(), new() { Timeout = 2 * Minute });
        return page;
    }

    [GeneratedRegex("/workbench\\?.*partial=1")]
    private static partial Regex FiguresOfAChange();

    [GeneratedRegex("/workbench/search\\?")]
    private static partial Regex SearchStart();
}
