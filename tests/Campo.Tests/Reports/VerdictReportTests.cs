using System.Text.Json;
using System.Xml.Linq;
using Campo.Composition;
using Campo.Data;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Negotiation;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Scenarios;
using Campo.Tests.TestSupport;
using static Campo.Tests.Reports.ReportTables;

namespace Campo.Tests.Reports;

/// <summary>
/// The negotiation's verdict in the reports: the report of <c>campo negotiate --report</c> and the verdict section of
/// a draft's report show exactly the numbers <c>campo negotiate --json</c> prints (the same outcome serialised with
/// <see cref="CampoJson"/>), cell by cell, in two languages; hand-made outcomes check the words.
/// </summary>
public sealed class VerdictReportTests : IClassFixture<VerdictReportTests.Cancun>
{
    private readonly Cancun _cancun;

    public VerdictReportTests(Cancun cancun) => _cancun = cancun;

    public static TheoryData<string> Languages => new() { "es", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_verdict_in_figures_is_campo_negotiates_json(string language)
    {
        var (json, document, _) = _cancun.Negotiation(language);
        var rows = Rows(document, "verdict-figures").ToDictionary(r => r.Key, r => r.Cells[0]);
        Equal(json.GetProperty("draft").GetProperty("members"), rows["members"]);
        Equal(json.GetProperty("verdict").GetProperty("objecting"), rows["objecting"]);
        Equal(json.GetProperty("verdict").GetProperty("accepting"), rows["accepting"]);
        Assert.Equal(json.GetProperty("verdict").GetProperty("blocking").GetArrayLength(), Value(rows["blocking"]));
        Equal(json.GetProperty("robustness").GetProperty("converged"), rows["converged"]);
        Equal(json.GetProperty("robustness").GetProperty("passShare"), rows["pass-share"]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_member_objecting_for_itself_is_in_one_row_with_its_payoff_and_its_share_of_the_draws(string language)
    {
        var (json, document, format) = _cancun.Negotiation(language);
        var members = json.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("member").GetString()!);
        var rows = Rows(document, "objectors").Concat(Rows(document, "objectors-more")).ToArray();
        Assert.Equal(rows.Length, rows.Select(r => r.Key).Distinct().Count());
        foreach (var (key, cells) in rows)
        {
            var member = members[key];
            Assert.Equal("object", member.GetProperty("position").GetString());
            Equal(member.GetProperty("index"), cells[2]);
            Assert.Equal(format.Number(member.GetProperty("index").GetDouble(), 2), cells[2].Value);
            Equal(member.GetProperty("objectShare"), cells[4]);
        }

        // Invariant: every objector speaking for itself is a row, or shares the market region of a row's member.
        var shown = rows.Select(r => members[r.Key]).Select(m => (Region(m), m.GetProperty("own").GetString())).ToHashSet();
        var objectors = members.Values.Where(m => m.GetProperty("position").GetString() == "object" && m.GetProperty("payoffSource").GetString() != "representedByEu");
        Assert.All(objectors, m => Assert.Contains((Region(m), m.GetProperty("own").GetString()), shown));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_objecting_coalition_says_why_in_the_language_of_the_report(string language)
    {
        var (json, document, _) = _cancun.Negotiation(language);
        var objecting = json.GetProperty("coalitions").EnumerateArray().Where(c => c.GetProperty("position").GetString() == "object").Select(c => c.GetProperty("code").GetString()!).ToArray();
        var replay = json.GetProperty("replay").EnumerateArray().ToArray();
        Assert.Equal(objecting, replay.Select(r => r.GetProperty("coalition").GetString()!));
        var items = document.Descendants().Where(li => li.Name.LocalName == "li" && li.Attribute("data-key") is not null && li.Parent?.Attribute("class")?.Value == "coalition-replay").ToDictionary(li => li.Attribute("data-key")!.Value, li => li.Value);
        Assert.Equal(objecting.Order(), items.Keys.Order());
        foreach (var r in replay)
        {
            var text = items[r.GetProperty("coalition").GetString()!];
            // The members dissatisfied and present, as counted in the JSON; no English sentence of the model.
            Assert.Contains(" " + r.GetProperty("dissatisfied").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) + " ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("falls short", text, StringComparison.Ordinal);
            foreach (var unmet in r.GetProperty("unmet").EnumerateArray())
            {
                var label = Campo.Negotiation.Record.NegotiationRecord.Shipped(_ => true).Issues[unmet.GetString()!].Labels[language];
                Assert.Contains(label, text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_coalitions_positions_are_the_json(string language)
    {
        var (json, document, _) = _cancun.Negotiation(language);
        var coalitions = json.GetProperty("coalitions").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        var rows = Rows(document, "coalitions");
        Assert.Equal(coalitions.Count, rows.Count);
        foreach (var (key, cells) in rows)
        {
            var c = coalitions[key];
            Equal(c.GetProperty("members"), cells[0]);
            Equal(c.GetProperty("voting"), cells[1]);
            Equal(c.GetProperty("objecting"), cells[2]);
            Equal(c.GetProperty("objectShare"), cells[4]);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_Cancun_comparison_is_the_json(string language)
    {
        var (json, document, _) = _cancun.Negotiation(language);
        var h = json.GetProperty("historical");
        var rows = Rows(document, "cancun").ToDictionary(r => r.Key, r => r.Cells);
        foreach (var c in h.GetProperty("byCoalition").EnumerateArray())
        {
            var cells = rows[c.GetProperty("code").GetString()!];
            Equal(c.GetProperty("members"), cells[0]);
            Equal(c.GetProperty("predictedToObject"), cells[2]);
            Equal(c.GetProperty("share"), cells[3]);
            Equal(c.GetProperty("shareAlone"), cells[4]);
        }

        // The reference records these four coalitions as rejecting the Derbez text (HistoricalRecord.CancunRejecters).
        Assert.Equal(["G20", "G33", "G90", "C4", "rejecters", "others"], rows.Keys);
        Equal(h.GetProperty("rejecters"), rows["rejecters"][0]);
        Equal(h.GetProperty("rejectersPredictedToObject"), rows["rejecters"][2]);
        Equal(h.GetProperty("shareRejectersPredicted"), rows["rejecters"][3]);
        Equal(h.GetProperty("others"), rows["others"][0]);
        Equal(h.GetProperty("othersPredictedToAccept"), rows["others"][2]);
        Equal(h.GetProperty("shareOthersPredicted"), rows["others"][3]);
    }

    [Fact]
    public void A_drafts_report_carries_the_verdict_after_the_brief_with_the_same_figures()
    {
        var document = XDocument.Parse(HtmlReports.RenderDraft(_cancun.Evaluation, ReportLanguage.Portuguese, _cancun.Data, _cancun.Focus));
        var sections = Sections(document);
        Assert.Equal("verdict", sections[Array.IndexOf(sections, "brief") + 1]);
        var json = JsonDocument.Parse(CampoJson.Serialize(_cancun.Evaluation)).RootElement.GetProperty("negotiation");
        var rows = Rows(document, "verdict-figures").ToDictionary(r => r.Key, r => r.Cells[0]);
        Equal(json.GetProperty("verdict").GetProperty("objecting"), rows["objecting"]);
        Equal(json.GetProperty("robustness").GetProperty("passShare"), rows["pass-share"]);
        Assert.True(Has(document, "objectors"));
        Assert.True(Has(document, "cancun"));
    }

    [Fact]
    public void A_drafts_report_without_a_negotiation_has_no_verdict_section()
    {
        var document = XDocument.Parse(HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.English));
        Assert.DoesNotContain("verdict", Sections(document));
    }

    [Fact]
    public void A_passing_draft_says_so_and_has_no_objector()
    {
        var outcome = Outcome([Member("MEX", Position.Accept, []), Member("USA", Position.Accept, [])], passes: true);
        var document = XDocument.Parse(HtmlReports.RenderNegotiation(outcome, ReportLanguage.English));
        var text = document.Root!.Value;
        Assert.Contains("The draft would pass: none of the 2 members objects.", text, StringComparison.Ordinal);
        Assert.Contains("No member objects.", text, StringComparison.Ordinal);
        Assert.False(Has(document, "objectors"));
        Assert.Contains("judged at the central elasticities only", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Red_lines_of_one_kind_read_as_one_phrase_naming_each_product()
    {
        Reason[] reasons =
        [
            new(ReasonKind.PriceRedLine, "(English text)", new CommodityId("maiz"), -0.2),
            new(ReasonKind.PriceRedLine, "(English text)", new CommodityId("whea"), -0.3),
            new(ReasonKind.SurgeRedLine, "(English text)", new CommodityId("rice"), 0.5),
            new(ReasonKind.SurgeRedLine, "(English text)", new CommodityId("bean"), null),
        ];
        var outcome = Outcome([Member("MEX", Position.Object, reasons), Member("USA", Position.Accept, [])], passes: false);
        var document = XDocument.Parse(HtmlReports.RenderNegotiation(outcome, ReportLanguage.English));
        var (key, cells) = Assert.Single(Rows(document, "objectors"));
        Assert.Equal("MEX", key);
        // −0.2 is a fall of 20.0%; +0.5 a rise of 50.0%; a surge from no imports has no size.
        Assert.Equal("producer prices fall past its red line: maize −20.0%, wheat −30.0%; imports surge past its red line: rice +50.0%, beans from none", cells[3].Value);
        Assert.Contains("The draft would fail: 1 of 2 members object (1 speaking for themselves).", document.Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_dissatisfied_by_its_farmers_loss_reads_it_relative_to_its_farm_output()
    {
        var reasons = new Reason[] { new(ReasonKind.Payoff, "(English text)", null, -0.02) };
        var member = Member("MEX", Position.Object, reasons) with { Index = 1.25, FarmOutput = 2000, Payoff = new WelfareParts(-40, 30, -2.5, 0, 10) };
        var document = XDocument.Parse(HtmlReports.RenderNegotiation(Outcome([member], passes: false), ReportLanguage.Spanish));
        var (_, cells) = Assert.Single(Rows(document, "objectors"));
        // Farmers −40 and exports +10 over a farm output of 2,000: −2.0% and +0.5%.
        Assert.Equal("el excedente de sus productores cambia en −2,0\u00a0% de su producción agrícola y sus exportaciones en +0,5\u00a0%", cells[3].Value);
        Assert.Equal(1.25, Value(cells[2]));
    }

    private static string Region(JsonElement member) =>
        member.GetProperty("region").ValueKind == JsonValueKind.Null ? member.GetProperty("member").GetString()! : member.GetProperty("region").GetString()!;

    private static MemberVerdict Member(string code, Position position, IReadOnlyList<Reason> reasons) =>
        new(new MemberId(code), code, DevelopmentStatus.Developing, PayoffSource.OwnRegion, new MemberId(code), [], position, position, 0, 0.5, 1000, WelfareParts.Zero, reasons, null, null);

    private static NegotiationOutcome Outcome(IReadOnlyList<MemberVerdict> members, bool passes)
    {
        var objecting = members.Count(m => m.Position == Position.Object);
        return new NegotiationOutcome
        {
            Draft = new NegotiatedDraft("Test draft", "test.toml", null, new DateOnly(2003, 9, 14), members.Count, "the status quo (2005 base)", "embedded default"),
            Model = new DecisionModelSummary([new DecisionCoefficient("intercept", -2, 0.5), new DecisionCoefficient("farmers", 0.5, null)], 0.5, 0.05, "stated", null, [], []),
            Verdict = new Verdict(passes, "(English summary)", objecting, members.Count - objecting, [.. members.Where(m => m.Position == Position.Object).Select(m => m.Member)], [], null),
            Members = members,
            Coalitions = [],
            Assumptions = ["Decision rule: consensus."],
            Flagged = [],
        };
    }

    /// <summary>The Cancún draft negotiated with 20 draws and evaluated without draws, Mexico in focus, on the default data.</summary>
    public sealed class Cancun
    {
        public Cancun()
        {
            var scenario = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml"), "scenarios/cancun-2003.toml");
            var context = EvaluationContext.For(Data);
            Outcome = Negotiator.Negotiate(scenario, context, new NegotiationOptions { Draws = 20 });
            Evaluation = DraftEvaluator.Evaluate(scenario, context, new EvaluationOptions { Focus = Focus }) with { Negotiation = Outcome };
        }

        public Dataset Data { get; } = DatasetLoader.LoadDefault();

        public MemberId Focus { get; } = new("MEX");

        public NegotiationOutcome Outcome { get; }

        public DraftEvaluation Evaluation { get; }

        /// <summary>The outcome as <c>campo negotiate --json</c> prints it, and its report in a language.</summary>
        public (JsonElement Json, XDocument Document, ReportFormat Format) Negotiation(string language)
        {
            var lang = ReportLanguage.Parse(language);
            var json = JsonDocument.Parse(CampoJson.Serialize(Outcome)).RootElement;
            return (json, XDocument.Parse(HtmlReports.RenderNegotiation(Outcome, lang, Data, Focus)), ReportText.For(lang).Format);
        }
    }
}
