using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Campo.Composition;
using Campo.Data;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Scenarios;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Reports;

/// <summary>
/// The report of two shipped drafts, in two languages, shows exactly the numbers of the JSON that
/// <c>campo run --json</c> prints (the same evaluation serialised with <see cref="CampoJson"/>): every numeric cell's
/// <c>data-value</c> equals the JSON value, and its text is that value in the reader's format.
/// </summary>
public sealed class ReportMatchesJsonTests : IClassFixture<ReportMatchesJsonTests.Drafts>
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private readonly Drafts _drafts;

    public ReportMatchesJsonTests(Drafts drafts) => _drafts = drafts;

    public static TheoryData<string, string> Cases => new()
    {
        { "cancun-2003.toml", "es" },
        { "cancun-2003.toml", "fr" },
        { "harbinson-2003.toml", "es" },
        { "harbinson-2003.toml", "fr" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Winners_and_losers_match_the_json(string draft, string language)
    {
        var (json, document, format) = Render(draft, language);
        var regions = json.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("region").GetString()!);
        var rows = Rows(document, "regions");
        Assert.NotEmpty(rows);
        foreach (var (key, cells) in rows)
        {
            var welfare = regions[key].GetProperty("welfare");
            AssertMoney(format, welfare.GetProperty("producerSurplus"), cells[0]);
            AssertMoney(format, welfare.GetProperty("consumerSurplus"), cells[1]);
            AssertMoney(format, welfare.GetProperty("government"), cells[2]);
            AssertMoney(format, welfare.GetProperty("total"), cells[3]);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void World_prices_match_the_json(string draft, string language)
    {
        var (json, document, format) = Render(draft, language);
        var prices = json.GetProperty("worldPrices").EnumerateArray().ToDictionary(p => p.GetProperty("commodity").GetString()!);
        var rows = Rows(document, "world-prices");
        Assert.Equal(15, rows.Count);
        foreach (var (key, cells) in rows)
        {
            var price = prices[key];
            Assert.Equal(price.GetProperty("base").GetDouble(), Value(cells[0]));
            Assert.Equal(price.GetProperty("scenario").GetDouble(), Value(cells[1]));
            Assert.Equal(price.GetProperty("change").GetDouble(), Value(cells[2]));
            Assert.Equal(format.Change(price.GetProperty("change").GetDouble()), cells[2].Value);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_focus_members_markets_and_the_groups_match_the_json(string draft, string language)
    {
        var (json, document, format) = Render(draft, language);
        var markets = json.GetProperty("markets").EnumerateArray().Where(m => m.GetProperty("region").GetString() == "MEX").ToDictionary(m => m.GetProperty("commodity").GetString()!);
        var rows = Rows(document, "member-markets");
        Assert.NotEmpty(rows);
        foreach (var (key, cells) in rows)
        {
            var market = markets[key];
            Assert.Equal(market.GetProperty("tariffBefore").GetDouble(), Value(cells[0]));
            Assert.Equal(market.GetProperty("tariffAfter").GetDouble(), Value(cells[1]));
            Assert.Equal(market.GetProperty("producerPriceChange").GetDouble(), Value(cells[2]));
            AssertMoney(format, market.GetProperty("welfare").GetProperty("producerSurplus"), cells[3]);
            AssertMoney(format, market.GetProperty("welfare").GetProperty("consumerSurplus"), cells[5]);
        }

        var groups = json.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
        foreach (var (key, cells) in Rows(document, "groups"))
        {
            var welfare = key == "world" ? json.GetProperty("world") : groups[key].GetProperty("welfare");
            AssertMoney(format, welfare.GetProperty("total"), cells[3]);
        }
    }

    [Theory]
    [InlineData("es")]
    [InlineData("pt")]
    public void The_comparison_of_the_two_drafts_matches_both_jsons(string language)
    {
        var a = _drafts.Evaluation("harbinson-2003.toml");
        var b = _drafts.Evaluation("cancun-2003.toml");
        var html = HtmlReports.RenderComparison(new DraftComparison(a, b), ReportLanguage.Parse(language), _drafts.Data, _drafts.Focus);
        var jsonA = JsonDocument.Parse(CampoJson.Serialize(a)).RootElement.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("region").GetString()!);
        var jsonB = JsonDocument.Parse(CampoJson.Serialize(b)).RootElement.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("region").GetString()!);
        var format = ReportText.For(ReportLanguage.Parse(language)).Format;
        var rows = Rows(XDocument.Parse(html), "compare-regions");
        Assert.NotEmpty(rows);
        foreach (var (key, cells) in rows)
        {
            var totalA = jsonA[key].GetProperty("welfare").GetProperty("total");
            var totalB = jsonB[key].GetProperty("welfare").GetProperty("total");
            AssertMoney(format, totalA, cells[2]);
            AssertMoney(format, totalB, cells[3]);
            Assert.Equal(totalB.GetDouble() - totalA.GetDouble(), Value(cells[4]));
        }
    }

    private (JsonElement Json, XDocument Document, ReportFormat Format) Render(string draft, string language)
    {
        var evaluation = _drafts.Evaluation(draft);
        var lang = ReportLanguage.Parse(language);
        var json = JsonDocument.Parse(CampoJson.Serialize(evaluation)).RootElement;
        var document = XDocument.Parse(HtmlReports.RenderDraft(evaluation, lang, _drafts.Data, _drafts.Focus));
        return (json, document, ReportText.For(lang).Format);
    }

    private static void AssertMoney(ReportFormat format, JsonElement expected, XElement cell)
    {
        Assert.Equal(expected.GetDouble(), Value(cell));
        Assert.Equal(format.Money(expected.GetDouble()), cell.Value);
    }

    private static double Value(XElement cell) => double.Parse((string)cell.Attribute("data-value")!, CultureInfo.InvariantCulture);

    private static List<(string Key, XElement[] Cells)> Rows(XDocument document, string table) =>
        [.. document.Descendants(X + "table").Single(t => (string?)t.Attribute("class") == table)
            .Element(X + "tbody")!.Elements(X + "tr")
            .Select(r => ((string)r.Elements().First().Attribute("data-key")!, r.Elements(X + "td").ToArray()))];

    /// <summary>Two shipped drafts evaluated once with 20 draws and Mexico in focus, as <c>campo run --draws 20 --member MEX</c> does.</summary>
    public sealed class Drafts
    {
        private readonly Dictionary<string, DraftEvaluation> _evaluations = new(StringComparer.Ordinal);

        public Dataset Data { get; } = DatasetLoader.LoadDefault();

        public MemberId Focus { get; } = new("MEX");

        public DraftEvaluation Evaluation(string file)
        {
            lock (_evaluations)
            {
                if (!_evaluations.TryGetValue(file, out var evaluation))
                {
                    var path = Path.Combine(SharedData.RepositoryRoot, "scenarios", file);
                    var scenario = ScenarioReader.ReadFile(path, "scenarios/" + file);
                    evaluation = DraftEvaluator.Evaluate(scenario, EvaluationContext.For(Data), new EvaluationOptions { Draws = 20, Focus = Focus });
                    _evaluations[file] = evaluation;
                }

                return evaluation;
            }
        }
    }
}
