using System.Globalization;
using System.Xml.Linq;
using Campo.Reports.Charts;

namespace Campo.Tests.Reports;

public class LineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static LineChart Chart(params LineSeries[] series) => new()
    {
        Title = "Imports",
        Description = "Two series over three years.",
        Years = [2001, 2002, 2003],
        Series = series,
        FormatValue = v => v.ToString("0", CultureInfo.InvariantCulture),
    };

    [Fact]
    public void Each_series_is_a_line_with_a_mark_and_a_tooltip_per_value()
    {
        var svg = XElement.Parse(Chart(
            new LineSeries("observed", Palette.Ink, null, LineMarker.Circle, [10, 20, 30]),
            new LineSeries("model", Palette.Gain, "6 4", LineMarker.Square, [12, null, 28])).ToSvg("l1"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Imports", svg.Element(Svg + "title")?.Value);
        Assert.Equal("Two series over three years.", svg.Element(Svg + "desc")?.Value);
        var lines = svg.Elements(Svg + "polyline").ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Null(lines[0].Attribute("stroke-dasharray"));
        Assert.Equal("6 4", (string?)lines[1].Attribute("stroke-dasharray"));
        // A year without a value has no mark: 3 + 2 tooltips.
        var tooltips = svg.Descendants(Svg + "title").Where(t => t.Parent!.Name != Svg + "svg").Select(t => t.Value).ToArray();
        Assert.Equal(["observed, 2001: 10", "observed, 2002: 20", "observed, 2003: 30", "model, 2001: 12", "model, 2003: 28"], tooltips);
        Assert.Equal(3, svg.Elements(Svg + "circle").Count(c => c.Element(Svg + "title") is not null));
        Assert.Equal(2, svg.Elements(Svg + "rect").Count(c => c.Element(Svg + "title") is not null));
    }

    [Fact]
    public void The_value_axis_starts_at_zero_and_every_year_is_labelled()
    {
        var svg = XElement.Parse(Chart(new LineSeries("observed", Palette.Ink, null, LineMarker.Diamond, [40, 50, 60])).ToSvg("l2"));
        var labels = svg.Elements(Svg + "text").Select(t => t.Value).ToArray();
        // Values 40..60 with about 5 ticks: rough step 60/5 = 12 → 20; ticks 0, 20, 40, 60.
        Assert.Contains("0", labels);
        Assert.Contains("60", labels);
        Assert.Contains("2001", labels);
        Assert.Contains("2003", labels);
        var low = svg.Elements(Svg + "polygon").Select(p => double.Parse(((string)p.Attribute("points")!).Split(' ', ',')[1], CultureInfo.InvariantCulture)).ToArray();
        Assert.True(low[0] > low[2], "a larger value is drawn higher (smaller y)");
    }

    [Fact]
    public void A_series_without_one_value_per_year_is_refused()
    {
        var chart = Chart(new LineSeries("short", Palette.Ink, null, LineMarker.Circle, [1, 2]));
        Assert.Throws<ArgumentException>(() => chart.ToSvg("l3"));
    }
}
