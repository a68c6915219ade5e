using System.Xml.Linq;
using Campo.Data;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Html;
using Campo.Reports.Localization;

namespace Campo.Tests.Reports;

public class HtmlReportTests
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly Dataset Data = DatasetLoader.LoadDefault();

    [Fact]
    public void The_brief_says_what_the_draft_does_to_the_focus_members_farmers_in_plain_words()
    {
        // Fixture: MEX maize farmers −36.6 (the largest farmers' change of MEX); all MEX: farmers −36.6 + 12.0 = −24.6,
        // consumers 48.7 − 5.0 = 43.7, treasury −10.2, total −24.6 + 43.7 − 10.2 = 8.9.
        var html = HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.English, Data, ReportFixtures.Mex);
        var brief = Section(html, "brief");
        Assert.Contains("Under this draft, maize farmers in Mexico lose about 36.6 million dollars a year.", brief, StringComparison.Ordinal);
        Assert.Contains("farmers lose about 24.6 million dollars; consumers gain about 43.7 million dollars; the treasury loses about 10.2 million dollars", brief, StringComparison.Ordinal);
        Assert.Contains("In all, Mexico gains about 8.9 million dollars a year.", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void The_brief_is_written_in_the_readers_language()
    {
        var html = HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.Spanish, Data, ReportFixtures.Mex);
        Assert.Contains("Con este borrador, los productores de maíz en México pierden unos 36,6 millones de dólares al año.", Section(html, "brief"), StringComparison.Ordinal);
        var fr = HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.French, Data, ReportFixtures.Mex);
        Assert.Contains("les producteurs de la filière maïs (Mexique) perdent environ 36,6 millions de dollars par an", Section(fr, "brief"), StringComparison.Ordinal);
        Assert.Equal("fr", (string?)XDocument.Parse(fr).Root!.Attribute("lang"));
    }

    [Fact]
    public void Worldwide_figures_add_the_regions()
    {
        // World farmers: −24.6 + 120 = 95.4; consumers 43.7 − 30 = 13.7; treasuries −10.2 − 4 = −14.2; no quota rents;
        // total 95.4 + 13.7 − 14.2 + 0 = 94.9. The quota rents are named even when nil, so the clauses always make the total.
        var brief = Section(HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.English, Data), "brief");
        Assert.Contains("Worldwide, every year: farmers gain about 95.4 million dollars; consumers gain about 13.7 million dollars; treasuries lose about 14.2 million dollars; quota rents barely change (", brief, StringComparison.Ordinal);
        Assert.Contains("); in all, the world gains about 94.9 million dollars.", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void Billions_are_written_as_billions()
    {
        // Scale 100: MEX maize farmers −3,660 million = 3.7 billion.
        var brief = Section(HtmlReports.RenderDraft(ReportFixtures.Draft(scale: 100), ReportLanguage.English, Data, ReportFixtures.Mex), "brief");
        Assert.Contains("maize farmers in Mexico lose about 3.7 billion dollars a year", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_one_self_contained_document_without_script_or_network()
    {
        var html = HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.Portuguese, Data, ReportFixtures.Mex);
        var document = XDocument.Parse(html);
        Assert.Empty(document.Descendants(X + "script"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Descendants(), e => e.Attribute("src") is not null || e.Attribute("href") is not null);
    }

    [Fact]
    public void Every_chart_has_a_title_a_description_and_a_table_with_its_numbers()
    {
        var document = XDocument.Parse(HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.English, Data, ReportFixtures.Mex));
        XNamespace svg = "http://www.w3.org/2000/svg";
        var charts = document.Descendants(svg + "svg").ToArray();
        Assert.Equal(5, charts.Length); // member, winners and losers, map, farmers and consumers, world prices
        Assert.All(charts, c =>
        {
            Assert.Equal("img", (string?)c.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(c.Element(svg + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(c.Element(svg + "desc")?.Value));
        });
        Assert.All(new[] { "member", "winners-losers", "farmers-consumers", "world-prices" }, id =>
            Assert.NotEmpty(document.Descendants(X + "section").Single(s => (string?)s.Attribute("id") == id).Descendants(X + "table")));
    }

    [Fact]
    public void Table_cells_carry_the_exact_values_they_show()
    {
        var document = XDocument.Parse(HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.French, Data, ReportFixtures.Mex));
        // members.csv: USA name_fr "États-Unis d'Amérique".
        var usa = document.Descendants(X + "table").Single(t => (string?)t.Attribute("class") == "regions")
            .Descendants(X + "tr").Single(r => r.Elements().First().Value == "États-Unis d'Amérique");
        var cells = usa.Elements(X + "td").ToArray();
        Assert.Equal("120", (string?)cells[0].Attribute("data-value"));
        Assert.Equal("+120", cells[0].Value);
        Assert.Equal("\u221230,0", cells[1].Value);
        Assert.Equal("86", (string?)cells[3].Attribute("data-value")); // 120 − 30 − 4
    }

    [Fact]
    public void The_map_colours_the_countries_of_each_region()
    {
        var document = XDocument.Parse(HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.English, Data));
        XNamespace svg = "http://www.w3.org/2000/svg";
        var paths = document.Descendants(svg + "path").ToDictionary(p => (string)p.Attribute("data-iso3")!);
        Assert.Equal("Mexico: +8.9 million USD a year", paths["MEX"].Element(svg + "title")?.Value);
        Assert.Null(paths["BRA"].Element(svg + "title"));
    }

    [Fact]
    public void Without_a_focus_member_there_is_no_member_section_and_without_a_dataset_no_map()
    {
        var html = HtmlReports.RenderDraft(ReportFixtures.Draft(), ReportLanguage.English);
        var ids = XDocument.Parse(html).Descendants(X + "section").Select(s => (string)s.Attribute("id")!).ToArray();
        Assert.Equal(["header", "brief", "winners-losers", "farmers-consumers", "world-prices", "groups", "commitments", "assumptions", "glossary"], ids);
    }

    [Fact]
    public void A_section_can_be_added_after_another()
    {
        var report = HtmlReports.Draft.Insert(new NoteSection(), after: "brief");
        var ids = XDocument.Parse(report.Render(ReportFixtures.Draft(), new ReportContext(ReportText.For(ReportLanguage.English)), "t"))
            .Descendants(X + "section").Select(s => (string?)s.Attribute("id")).ToArray();
        Assert.Equal("note", ids[2]);
        Assert.Throws<ArgumentException>(() => HtmlReports.Draft.Insert(new NoteSection(), after: "no-such-section"));
        Assert.Throws<ArgumentException>(() => report.Insert(new NoteSection(), after: "header"));
    }

    [Fact]
    public void A_comparison_reports_each_figure_under_both_drafts_and_the_difference()
    {
        // B = A × 2: MEX farmers A −24.6, B −49.2, B − A −24.6; the world total A 94.9, B 189.8, B − A 94.9.
        var comparison = new DraftComparison(ReportFixtures.Draft("Draft one"), ReportFixtures.Draft("Draft two", 2));
        var html = HtmlReports.RenderComparison(comparison, ReportLanguage.English, Data, ReportFixtures.Mex);
        var brief = Section(html, "brief");
        Assert.Contains("Farmers in Mexico: \u221224.6 under draft A, \u221249.2 under draft B; B − A = \u221224.6 million US dollars a year.", brief, StringComparison.Ordinal);
        Assert.Contains("The world in all: +94.9 under draft A, +190 under draft B; B − A = +94.9 million US dollars a year.", brief, StringComparison.Ordinal);
        var document = XDocument.Parse(html);
        Assert.Equal("Draft one compared with Draft two", document.Descendants(X + "h1").Single().Value);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(4, document.Descendants(svg + "svg").Count()); // member, regions, map of B − A, world prices
    }

    [Fact]
    public void Writing_a_report_elsewhere_than_an_html_file_is_a_plain_error()
    {
        var error = Assert.Throws<Campo.Errors.CampoException>(() => HtmlReports.Write("<html/>", Path.Combine(Path.GetTempPath(), "r.csv"), "r.csv"));
        Assert.Equal("r.csv: --report: cannot write a report as \".csv\"; name the report file with .html", error.Message);
    }

    private static string Section(string html, string id) =>
        XDocument.Parse(html).Descendants(X + "section").Single(s => (string?)s.Attribute("id") == id).Value;

    private sealed class NoteSection : IReportSection<DraftEvaluation>
    {
        public string Id => "note";

        public bool AppliesTo(DraftEvaluation input, ReportContext context) => true;

        public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context) => html.Element("p", "A note.");
    }
}
