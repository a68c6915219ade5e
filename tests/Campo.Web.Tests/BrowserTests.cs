using Microsoft.Playwright;

namespace Campo.Web.Tests;

/// <summary>The server and one headless Debian Chromium driven by Playwright, shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium (package chromium); .ci/run installs it. Playwright never downloads a browser here.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public LoopbackServer? Server { get; private set; }

    public IBrowser? Browser { get; private set; }

    /// <summary>Where the tests write their screenshots.</summary>
    public static string Screenshots { get; } = Path.Combine(Api.RepositoryRoot, "tests", "Campo.Web.Tests", "test-output", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        Directory.CreateDirectory(Screenshots);
        Server = await LoopbackServer.StartAsync(o => o.DefaultDraws = 10);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Chromium on a CI machine: no sandbox when run as root, and no background traffic to a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>
/// The browser contexts of one test, from the shared browser: each waits up to two minutes for an action (a loaded CI
/// machine), and all are closed when the test ends, so the browser does not keep every page of every test open.
/// </summary>
internal sealed class BrowserContexts(BrowserFixture fixture) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    public async Task<IBrowserContext> NewAsync(BrowserNewContextOptions options)
    {
        var context = await fixture.Browser!.NewContextAsync(options);
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        _contexts.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}

public sealed class BrowserTests : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const float Minute = 60_000;
    private readonly BrowserFixture _fixture;
    private readonly BrowserContexts _contexts;

    public BrowserTests(BrowserFixture fixture)
    {
        _fixture = fixture;
        _contexts = new BrowserContexts(fixture);
    }

    [SkippableFact]
    public async Task A_person_runs_a_draft_sees_the_charts_and_switches_language()
    {
        var page = await OpenAsync("/?lang=en");
        await page.SelectOptionAsync("#draft", "cancun-2003");
        await page.SelectOptionAsync("#member", "MEX");
        await page.FillAsync("#draws", "10");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("svg.chart", new() { Timeout = 3 * Minute });
        Assert.Equal("In brief", await page.InnerTextAsync("#brief h2"));
        Assert.Contains("farmers", await page.InnerTextAsync("#brief .lead"), StringComparison.Ordinal);
        Assert.True(await page.Locator("svg.chart").CountAsync() >= 4);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "run-en.png"), FullPage = true });

        await page.ClickAsync("nav.languages a[hreflang=es]");
        await page.WaitForSelectorAsync("#brief h2:text('En resumen')");
        Assert.Contains("productores", await page.InnerTextAsync("#brief .lead"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "run-es.png") });

        // The language is remembered: the form now speaks Spanish without ?lang=.
        await page.ClickAsync("text=Calcular otro borrador");
        Assert.Equal("Calcular", await page.InnerTextAsync("#run"));
    }

    [SkippableFact]
    public async Task A_person_downloads_the_workbook_whose_numbers_are_the_results_json()
    {
        var page = await OpenAsync("/?lang=en");
        await page.SelectOptionAsync("#draft", "cancun-2003");
        await page.FillAsync("#draws", "0");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#download-xlsx", new() { Timeout = 3 * Minute });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-xlsx"));
        var file = (await download.PathAsync())!;
        var id = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        using var client = new HttpClient { BaseAddress = _fixture.Server!.Address };
        var result = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/runs/" + id + "/result")).RootElement;

        // The workbook read back: a summary whose world total is the JSON's, sheets for groups, members, markets and units, frozen headers.
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToDictionary(s => s.Name!.Value!);
        Assert.True(new[] { "Summary", "Groups", "Members", "Markets", "Units" }.All(sheets.ContainsKey), string.Join(", ", sheets.Keys));
        var summary = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)document.WorkbookPart.GetPartById(sheets["Summary"].Id!)).Worksheet;
        var row = summary.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Single(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().InnerText == "world.total");
        var shown = double.Parse(row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1).CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(result.GetProperty("world").GetProperty("total").GetDouble(), shown);
        Assert.NotNull(summary.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().SingleOrDefault(p => p.State?.Value == DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen));
    }

    [SkippableFact]
    public async Task A_person_compares_two_drafts()
    {
        var page = await OpenAsync("/?lang=fr");
        await page.SelectOptionAsync("#draft", "harbinson-2003");
        await page.SelectOptionAsync("#compareWith", "cancun-2003");
        await page.FillAsync("#draws", "0");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#regions svg.chart", new() { Timeout = 3 * Minute });
        Assert.StartsWith("Harbinson", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("Où les projets diffèrent", await page.InnerTextAsync("#regions h2"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "compare-fr.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task A_person_runs_the_NAFTA_draft_and_sees_the_look_back_chart()
    {
        var page = await OpenAsync("/?lang=en");
        await page.SelectOptionAsync("#draft", "nafta-1994");
        await page.SelectOptionAsync("#member", "MEX");
        await page.FillAsync("#draws", "0");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#look-back svg.chart", new() { Timeout = 3 * Minute });
        Assert.StartsWith("Looking back", await page.InnerTextAsync("#look-back h2"), StringComparison.Ordinal);
        // The chart draws the observed imports and the model under both duties, and its numbers follow in a table.
        Assert.Equal(3, await page.Locator("#look-back svg.chart").First.Locator("polyline").CountAsync());
        Assert.True(await page.Locator("#look-back table.look-back-maiz tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("#agreement table.agreement-schedule").IsVisibleAsync());
        await page.Locator("#look-back").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "nafta-look-back-en.png") });
    }

    [SkippableFact]
    public async Task A_person_runs_a_draft_and_reads_whether_it_could_pass()
    {
        var page = await OpenAsync("/?lang=pt");
        await page.SelectOptionAsync("#draft", "cancun-2003");
        await page.FillAsync("#draws", "0");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#verdict", new() { Timeout = 3 * Minute });
        Assert.Equal("Poderia ser aprovada?", await page.InnerTextAsync("#verdict h2"));
        Assert.Contains("A minuta", await page.InnerTextAsync("#verdict-sentence"), StringComparison.Ordinal);
        await page.Locator("#verdict").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "verdict-pt.png") });
    }

    [SkippableFact]
    public async Task A_person_uploads_a_bad_file_and_reads_what_is_wrong()
    {
        var page = await OpenAsync("/?lang=es");
        await page.SetInputFilesAsync("#file", new FilePayload
        {
            Name = "malo.toml",
            MimeType = "text/plain",
            Buffer = "schema = 1\ntitle = \"borrador\"\nkind = \"multilateral\"\n[base\n"u8.ToArray(),
        });
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#error");
        var error = await page.InnerTextAsync("#error");
        Assert.Contains("No se pudo calcular", error, StringComparison.Ordinal);
        Assert.Contains("malo.toml:4:", error, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "upload-error-es.png") });
    }

    [SkippableFact]
    public async Task A_report_prints_on_A4_without_anything_wider_than_the_page()
    {
        var page = await OpenAsync("/?lang=pt");
        await page.SelectOptionAsync("#draft", "rev4-2008");
        await page.SelectOptionAsync("#member", "IND");
        await page.FillAsync("#draws", "0");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("svg.chart", new() { Timeout = 3 * Minute });
        var report = await page.GetAttributeAsync("#download-report", "href");

        // A4 is 210 mm wide; less the 2 × 12 mm margins of the report's @page rule, 186 mm = 703 CSS pixels at 96 per inch.
        var print = await (await NewContextAsync(new() { ViewportSize = new() { Width = 703, Height = 1000 } })).NewPageAsync();
        await print.GotoAsync(new Uri(_fixture.Server!.Address, report!.Replace("download=true", "download=false", StringComparison.Ordinal)).ToString());
        await print.EmulateMediaAsync(new() { Media = Media.Print });
        var widest = await print.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var culprits = await print.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 704).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.True(widest <= 703, "the printed report is " + widest + " px wide, more than A4's 703: " + culprits);
        var pdf = await print.PdfAsync(new() { Format = "A4", Path = Path.Combine(BrowserFixture.Screenshots, "report-rev4-IND-pt-A4.pdf") });
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes the test's pages.</summary>
    public Task DisposeAsync() => _contexts.DisposeAsync().AsTask();

    private Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options) => _contexts.NewAsync(options);

    private async Task<IPage> OpenAsync(string path)
    {
        Skip.If(_fixture.Browser is null, "needs Debian's Chromium at " + BrowserFixture.Chromium + " (apt-get install chromium; .ci/run installs it)");
        var context = await NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_fixture.Server!.Address, path).ToString());
        return page;
    }
}
