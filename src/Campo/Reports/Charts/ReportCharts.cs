using System.Globalization;
using System.Text.RegularExpressions;

namespace Campo.Reports.Charts;

/// <summary>A chart of a report as a stand-alone SVG document.</summary>
/// <param name="Id">The chart's id in the report (<c>winners-chart-1</c>, <c>map-2</c>), used as its file name.</param>
/// <param name="Title">Its accessible title.</param>
/// <param name="Width">Its width in SVG units (CSS pixels).</param>
/// <param name="Height">Its height.</param>
/// <param name="Svg">The SVG document.</param>
public sealed record ReportChart(string Id, string Title, double Width, double Height, string Svg);

/// <summary>
/// The charts of a rendered report, for slides (<c>--charts DIR</c>): each chart is already a self-contained SVG
/// element (colours as attributes, its own title and description), so it is taken out of the report as it is, with an
/// XML declaration and a width and height from its view box. Taking them from the report keeps one place that
/// draws each chart: the files are the report's charts, not a second drawing of them.
/// </summary>
public static partial class ReportCharts
{
    /// <summary>The charts of a report, in the order the report shows them.</summary>
    /// <param name="html">The report as <see cref="HtmlReports"/> renders it.</param>
    public static IReadOnlyList<ReportChart> Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var charts = new List<ReportChart>();
        foreach (Match match in ChartElement().Matches(html))
        {
            var id = match.Groups["id"].Value;
            var box = match.Groups["box"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var title = Title().Match(match.Value) is { Success: true } t ? System.Net.WebUtility.HtmlDecode(t.Groups["title"].Value) : id;
            var sized = match.Value.Replace(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + box[2].ToString(CultureInfo.InvariantCulture) + "\" height=\"" + box[3].ToString(CultureInfo.InvariantCulture) + "\"",
                StringComparison.Ordinal);
            charts.Add(new ReportChart(id, title, box[2], box[3], "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + sized + "\n"));
        }

        return charts;
    }

    [GeneratedRegex("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"(?<id>[A-Za-z0-9_-]+)\" viewBox=\"(?<box>[0-9. ]+)\".*?</svg>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ChartElement();

    [GeneratedRegex("<title id=\"[^\"]*\">(?<title>[^<]*)</title>", RegexOptions.CultureInvariant)]
    private static partial Regex Title();
}
