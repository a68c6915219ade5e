using System.Xml.Linq;
using Campo.Reports;
using Campo.Reports.Charts;
using Campo.Reports.Localization;

namespace Campo.Tests.Reports;

/// <summary>The report's charts as stand-alone SVG documents for slides.</summary>
public sealed class ReportChartsTests : IClassFixture<VerdictReportTests.Cancun>
{
    private readonly VerdictReportTests.Cancun _cancun;

    public ReportChartsTests(VerdictReportTests.Cancun cancun) => _cancun = cancun;

    [Fact]
    public void Every_chart_of_the_report_comes_out_as_a_well_formed_svg_document_with_its_size()
    {
        var html = HtmlReports.RenderDraft(_cancun.Evaluation, ReportLanguage.English, _cancun.Data);
        var charts = ReportCharts.Extract(html);

        // As many charts as the report draws, each once, in the report's order.
        Assert.Equal(html.Split("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"").Length - 1, charts.Count);
        Assert.Contains(charts, c => c.Id.StartsWith("map-", StringComparison.Ordinal));
        Assert.Equal(charts.Count, charts.Select(c => c.Id).Distinct().Count());
        foreach (var chart in charts)
        {
            var svg = XDocument.Parse(chart.Svg).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
            var box = ((string)svg.Attribute("viewBox")!).Split(' ');
            Assert.Equal(box[2], (string)svg.Attribute("width")!);
            Assert.Equal(box[3], (string)svg.Attribute("height")!);
            Assert.False(string.IsNullOrWhiteSpace(chart.Title));
        }
    }

    [Fact]
    public void A_report_without_charts_gives_none() =>
        Assert.Empty(ReportCharts.Extract("<html><body><p>no chart</p></body></html>"));
}
