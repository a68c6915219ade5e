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
using static Campo.Tests.Reports.ReportTables;

namespace Campo.Tests.Reports;

/// <summary>
/// A regional agreement's report (NAFTA, <c>scenarios/nafta-1994.toml</c>) shows exactly the numbers of
/// <c>campo run --json</c>, cell by cell, in two languages: the schedule, the quota paths, the year-by-year path
/// with the dumping margins, the look-back and its error measures. The cross-model comparison with Cancún states its
/// caveats and subtracts no money.
/// </summary>
public sealed class RegionalReportTests : IClassFixture<RegionalReportTests.Drafts>
{
    private readonly Drafts _drafts;

    public RegionalReportTests(Drafts drafts) => _drafts = drafts;

    public static TheoryData<string> Languages => new() { "es", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_schedule_is_the_jsons_flow_by_flow(string language)
    {
        var (json, document) = Render(language);
        var schedule = json.GetProperty("agreement").GetProperty("schedule").EnumerateArray()
            .ToDictionary(l => l.GetProperty("commodity").GetString() + "-" + l.GetProperty("exporter").GetString() + "-" + l.GetProperty("importer").GetString());
        var rows = Rows(document, "agreement-schedule");
        Assert.Equal(schedule.Count, rows.Count);
        foreach (var (key, cells) in rows)
        {
            Equal(schedule[key].GetProperty("baseTariff"), cells[2]);
            Equal(schedule[key].GetProperty("legalAtHorizon"), cells[3]);
            Equal(schedule[key].GetProperty("appliedAtHorizon"), cells[4]);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_quota_path_is_the_jsons_year_by_year(string language)
    {
        var (json, document) = Render(language);
        var quotas = Quotas(json, "maiz", "legal");
        var applied = Quotas(json, "maiz", "applied");
        var rows = Rows(document, "trq-maiz-USA-MEX");
        // NAFTA's maize TRQ runs from entry into force (1994) to the horizon (2008): 15 years.
        Assert.Equal(15, rows.Count);
        foreach (var (key, cells) in rows)
        {
            var year = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
            Equal(quotas[year].GetProperty("quotaKt"), cells[0]);
            Equal(quotas[year].GetProperty("inQuota"), cells[1]);
            Equal(quotas[year].GetProperty("overQuota"), cells[2]);
            Equal(applied[year].GetProperty("overQuota"), cells[3]);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_year_by_year_path_is_the_jsons_beside_what_happened_and_the_dumping_margins(string language)
    {
        var (json, document) = Render(language);
        var legal = Years(json, "maiz", "legal");
        var applied = Years(json, "maiz", "applied");
        var observed = json.GetProperty("lookBack").GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("commodity").GetString() == "maiz" && s.GetProperty("region").GetString() == "MEX" && s.GetProperty("measure").GetString() == "imports")
            .GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32());
        var margins = json.GetProperty("dumping")[0].GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());
        var rows = Rows(document, "path-maiz");
        Assert.Equal(15, rows.Count);
        foreach (var (key, cells) in rows)
        {
            var year = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
            var (l, a) = (legal[year], applied[year]);
            var mexLegal = Market(l, "MEX");
            var mexApplied = Market(a, "MEX");
            Equal(Quota(l, "MEX").GetProperty("quotaKt"), cells[0]);
            Equal(Quota(l, "MEX").GetProperty("marginalTariff"), cells[1]);
            Equal(Quota(a, "MEX").GetProperty("marginalTariff"), cells[2]);
            Equal(observed[year].GetProperty("observed"), cells[3]);
            Equal(mexLegal.GetProperty("imports"), cells[4]);
            Equal(mexApplied.GetProperty("imports"), cells[5]);
            Equal(mexLegal.GetProperty("producerPriceChange"), cells[6]);
            Equal(mexApplied.GetProperty("producerPriceChange"), cells[7]);
            // The scenario's duties are the legal ones (scenarios/nafta-1994.toml: duties = "legal").
            Equal(mexLegal.GetProperty("welfare").GetProperty("producerSurplus"), cells[8]);
            if (margins.TryGetValue(year, out var margin))
            {
                Equal(margin.GetProperty("margin"), cells[9]);
            }
            else
            {
                Assert.True(Empty(cells[9]), year + ": the ERS costs start in 1996, so no margin before");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_look_back_table_and_error_measures_are_the_jsons(string language)
    {
        var (json, document) = Render(language);
        var series = json.GetProperty("lookBack").GetProperty("series").EnumerateArray().Where(s => s.GetProperty("commodity").GetString() == "maiz").ToArray();
        var imports = series.Single(s => s.GetProperty("region").GetString() == "MEX" && s.GetProperty("measure").GetString() == "imports");
        var points = imports.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var rows = Rows(document, "look-back-maiz");
        Assert.Equal(points.Count, rows.Count);
        foreach (var (key, cells) in rows)
        {
            Equal(points[key].GetProperty("observed"), cells[0]);
            Equal(points[key].GetProperty("legal"), cells[1]);
            Equal(points[key].GetProperty("applied"), cells[2]);
        }

        var errors = Rows(document, "errors-maiz").ToDictionary(r => r.Key, r => r.Cells);
        Assert.Equal(series.Length, errors.Count);
        foreach (var s in series)
        {
            var cells = errors[s.GetProperty("region").GetString() + "-" + s.GetProperty("measure").GetString()];
            var byDuties = s.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("duties").GetString()!);
            Equal(byDuties["legal"].GetProperty("years"), cells[0]);
            Equal(byDuties["legal"].GetProperty("meanAbsolutePercentageError"), cells[1]);
            Equal(byDuties["legal"].GetProperty("meanPercentageError"), cells[2]);
            Equal(byDuties["applied"].GetProperty("meanAbsolutePercentageError"), cells[3]);
            Equal(byDuties["applied"].GetProperty("meanPercentageError"), cells[4]);
        }
    }

    [Fact]
    public void The_look_back_chart_draws_the_observed_series_and_both_duties_with_a_tooltip_per_year()
    {
        var (json, document) = Render("en");
        XNamespace svg = "http://www.w3.org/2000/svg";
        var chart = document.Descendants(X + "section").Single(s => (string?)s.Attribute("id") == "look-back").Descendants(svg + "svg").First();
        Assert.Equal("img", (string?)chart.Attribute("role"));
        Assert.Equal(3, chart.Descendants(svg + "polyline").Count());
        var years = json.GetProperty("lookBack").GetProperty("series")[0].GetProperty("points").GetArrayLength();
        // Invariant: one tooltip per year and series (observed, legal duties, applied duties).
        Assert.Equal(3 * years, chart.Descendants(svg + "title").Count(t => t.Parent!.Name != svg + "svg"));
        var sentences = document.Descendants(X + "p").Where(p => (string?)p.Attribute("class") == "error-measure").Select(p => p.Value).ToArray();
        Assert.Contains(sentences, s => s.StartsWith("With the legal duties (what the agreement allowed), the model is on average", StringComparison.Ordinal));
    }

    [Fact]
    public void A_regional_report_states_its_own_base_period_and_leaves_out_the_multilateral_commitments()
    {
        var (_, document) = Render("en");
        var text = document.Root!.Value;
        Assert.Contains("Money: million US dollars a year at 1991-93 prices (nominal)", text, StringComparison.Ordinal);
        Assert.Contains("Parties: Mexico, United States of America, Canada.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("commitments", Sections(document));
        Assert.Equal(["agreement", "path", "look-back"], Sections(document).Where(s => s is "agreement" or "path" or "look-back"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt")]
    public void A_cross_model_comparison_states_its_caveats_and_subtracts_no_money(string language)
    {
        var comparison = new DraftComparison(_drafts.Nafta, _drafts.Cancun);
        var document = XDocument.Parse(HtmlReports.RenderComparison(comparison, ReportLanguage.Parse(language), _drafts.Data, _drafts.Focus));
        var sections = Sections(document);
        Assert.Contains("cross-model", sections);
        Assert.DoesNotContain("regions", sections);
        Assert.DoesNotContain("groups", sections);
        Assert.DoesNotContain("brief", sections);
        Assert.Equal(6, document.Descendants(X + "ul").Single(u => (string?)u.Attribute("class") == "caveats").Elements(X + "li").Count());
        var nafta = MexicoMarkets(_drafts.Nafta);
        var cancun = MexicoMarkets(_drafts.Cancun);
        var rows = Rows(document, "cross-model");
        Assert.Equal(["maiz", "bean"], rows.Select(r => r.Key));
        foreach (var (key, cells) in rows)
        {
            var (a, b) = (nafta[key], cancun[key]);
            Equal(a.GetProperty("producerPriceChange"), cells[0]);
            Equal(a.GetProperty("welfare").GetProperty("producerSurplus"), cells[1]);
            Equal(b.GetProperty("producerPriceChange"), cells[4]);
            Equal(b.GetProperty("welfare").GetProperty("producerSurplus"), cells[5]);
            // "Both" composes the two changes: (1 + a)(1 + b) − 1.
            var both = ((1 + a.GetProperty("producerPriceChange").GetDouble()) * (1 + b.GetProperty("producerPriceChange").GetDouble())) - 1;
            Assert.Equal(both, Value(cells[7]), 12);
        }
    }

    private (JsonElement Json, XDocument Document) Render(string language)
    {
        var json = JsonDocument.Parse(CampoJson.Serialize(_drafts.Nafta)).RootElement;
        return (json, XDocument.Parse(HtmlReports.RenderDraft(_drafts.Nafta, ReportLanguage.Parse(language), _drafts.Data, _drafts.Focus)));
    }

    private static Dictionary<string, JsonElement> MexicoMarkets(DraftEvaluation evaluation) =>
        JsonDocument.Parse(CampoJson.Serialize(evaluation)).RootElement.GetProperty("markets").EnumerateArray()
            .Where(m => m.GetProperty("region").GetString() == "MEX").ToDictionary(m => m.GetProperty("commodity").GetString()!);

    private static Dictionary<int, JsonElement> Years(JsonElement json, string commodity, string duties) =>
        json.GetProperty("path").EnumerateArray()
            .Where(p => p.GetProperty("commodity").GetString() == commodity && p.GetProperty("duties").GetString() == duties)
            .ToDictionary(p => p.GetProperty("year").GetInt32());

    private static Dictionary<int, JsonElement> Quotas(JsonElement json, string commodity, string duties) =>
        Years(json, commodity, duties).ToDictionary(p => p.Key, p => p.Value.GetProperty("quotas").EnumerateArray().Single(q => q.GetProperty("exporter").GetString() == "USA" && q.GetProperty("importer").GetString() == "MEX"));

    private static JsonElement Market(JsonElement year, string region) => year.GetProperty("markets").EnumerateArray().Single(m => m.GetProperty("region").GetString() == region);

    private static JsonElement Quota(JsonElement year, string importer) => year.GetProperty("quotas").EnumerateArray().First(q => q.GetProperty("importer").GetString() == importer);

    /// <summary>NAFTA with 20 draws and Cancún without, Mexico in focus, as <c>campo run --member MEX</c> evaluates them.</summary>
    public sealed class Drafts
    {
        public Drafts()
        {
            Nafta = Evaluate("nafta-1994.toml", 20);
            Cancun = Evaluate("cancun-2003.toml", 0);
        }

        public Dataset Data { get; } = DatasetLoader.LoadDefault();

        public MemberId Focus { get; } = new("MEX");

        public DraftEvaluation Nafta { get; }

        public DraftEvaluation Cancun { get; }

        private DraftEvaluation Evaluate(string file, int draws)
        {
            var scenario = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", file), "scenarios/" + file);
            return DraftEvaluator.Evaluate(scenario, EvaluationContext.For(Data), new EvaluationOptions { Draws = draws, Focus = Focus });
        }
    }
}
