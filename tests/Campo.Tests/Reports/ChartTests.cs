using System.Xml.Linq;
using Campo.Reports.Charts;

namespace Campo.Tests.Reports;

public class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(0.3, 0.5)]
    [InlineData(1.2, 2)]
    [InlineData(2, 2)]
    [InlineData(7, 10)]
    [InlineData(4300, 5000)]
    public void Steps_are_one_two_or_five_times_a_power_of_ten(double rough, double expected) =>
        Assert.Equal(expected, LinearScale.NiceStep(rough), 9);

    [Fact]
    public void A_scale_covers_its_values_and_zero_with_round_ends()
    {
        // Values 3..37 with 5 ticks: rough step 37/5 = 7.4 → 10; domain [0, 40].
        var scale = new LinearScale([3, 12, 37], 100, 500, 5);
        Assert.Equal(0, scale.Min);
        Assert.Equal(40, scale.Max);
        Assert.Equal([0.0, 10, 20, 30, 40], scale.Ticks);
        Assert.Equal(100, scale[0], 9);
        Assert.Equal(500, scale[40], 9);
        Assert.Equal(300, scale[20], 9);
    }

    [Fact]
    public void A_diverging_bar_chart_colours_gains_and_losses_and_draws_whiskers()
    {
        var chart = new BarChart
        {
            Title = "Winners and losers",
            Description = "Two regions.",
            Series = [new BarSeries("total", Palette.Gain)],
            Rows = [new BarRow("A", [new BarValue(5, 4, 6)]), new BarRow("B", [new BarValue(-3)])],
            FormatValue = v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ColourBySign = true,
        };
        var svg = XElement.Parse(chart.ToSvg("c1"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Winners and losers", svg.Element(Svg + "title")?.Value);
        Assert.Equal("Two regions.", svg.Element(Svg + "desc")?.Value);
        var bars = svg.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToArray();
        Assert.Equal(2, bars.Length);
        Assert.Equal(Palette.Gain, (string?)bars[0].Attribute("fill"));
        Assert.Equal(Palette.Loss, (string?)bars[1].Attribute("fill"));
        Assert.Equal("A: 5 [4 … 6]", bars[0].Element(Svg + "title")?.Value);

        // A gain's bar starts at zero and goes right; a loss's ends at zero.
        var zeroOfGain = double.Parse((string)bars[0].Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
        var endOfLoss = double.Parse((string)bars[1].Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture) + double.Parse((string)bars[1].Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(zeroOfGain, endOfLoss, 0);
    }

    [Fact]
    public void A_grouped_bar_chart_has_one_bar_per_series_and_row()
    {
        var chart = new BarChart
        {
            Title = "t",
            Description = "d",
            Series = [new BarSeries("farmers", Palette.SeriesA), new BarSeries("consumers", Palette.SeriesB)],
            Rows = [new BarRow("maize", [new BarValue(-2), new BarValue(3)]), new BarRow("wheat", [new BarValue(1), new BarValue(-1)]), new BarRow("rice", [new BarValue(0), new BarValue(0.5)])],
            FormatValue = v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var bars = XElement.Parse(chart.ToSvg("c2")).Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToArray();
        Assert.Equal(6, bars.Length);
        Assert.Equal(3, bars.Count(b => (string?)b.Attribute("fill") == Palette.SeriesA));
    }

    [Fact]
    public void A_dot_plot_draws_a_dot_per_value_and_a_band_line_when_given()
    {
        var plot = new DotPlot
        {
            Title = "prices",
            Description = "d",
            Series = ["A", "B"],
            Rows = [new DotRow("maize", [new DotValue(0.02, 0.01, 0.03), new DotValue(0.01)]), new DotRow("rice", [new DotValue(-0.01), null])],
            FormatValue = v => v.ToString("P0", System.Globalization.CultureInfo.InvariantCulture),
            BandLegend = "90% band",
        };
        var svg = XElement.Parse(plot.ToSvg("d1"));
        var dots = svg.Descendants(Svg + "circle").Where(c => c.Element(Svg + "title") is not null).ToArray();
        Assert.Equal(3, dots.Length);
        Assert.Contains(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("stroke-width") == "2.5");
    }

    [Fact]
    public void The_map_holds_the_countries_of_natural_earth_keyed_by_iso3()
    {
        // Natural Earth 1:110m admin-0 has 177 shapes; tools/map leaves out Antarctica and the three without an
        // ISO numeric code (Kosovo, Northern Cyprus, Somaliland): 173.
        var map = WorldMap.Default;
        Assert.Equal(173, map.Paths.Count);
        Assert.All(new[] { "MEX", "USA", "BRA", "IND", "CHN", "FRA", "BFA" }, c => Assert.True(map.Paths.ContainsKey(c), c));
        Assert.All(map.Paths.Values, p => Assert.StartsWith("M", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Map_classes_are_symmetric_with_a_neutral_middle()
    {
        // Largest magnitude 90: step = nice(90 / 3) = 50; classes at ±0.05, ±50, ±100.
        var map = new ChoroplethMap
        {
            Title = "t",
            Description = "d",
            Values = new Dictionary<string, MapValue> { ["MEX"] = new(-90, "Mexico"), ["USA"] = new(20, "USA") },
            FormatValue = v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
            NoDataLabel = "no data",
        };
        // One loss and one gain: each is its side's terciles, so each takes its side's darkest shade.
        Assert.Equal((90, 90), map.LossLimits);
        Assert.Equal(3, map.ClassOf(0.01));
        Assert.Equal(6, map.ClassOf(20));
        Assert.Equal(0, map.ClassOf(-90));
        Assert.Equal(4, map.ClassOf(10));
        var paths = XElement.Parse(map.ToSvg("m")).Descendants(Svg + "path").ToArray();
        Assert.Equal(Palette.Diverging[0], (string?)paths.Single(p => (string?)p.Attribute("data-iso3") == "MEX").Attribute("fill"));
        Assert.Equal(Palette.NoData, (string?)paths.Single(p => (string?)p.Attribute("data-iso3") == "BRA").Attribute("fill"));
        Assert.Equal("Mexico", paths.Single(p => (string?)p.Attribute("data-iso3") == "MEX").Element(Svg + "title")?.Value);
    }

    [Fact]
    public void Map_classes_are_terciles_of_the_losses_and_of_the_gains_apart()
    {
        // Losses of 10..60 (six regions): type-7 terciles at h = 5/3 and 10/3, i.e. 20 + 2/3·10 = 26.7 → 27 and
        // 40 + 1/3·10 = 43.3 → 43 (two significant figures): two regions in each shade.
        Assert.Equal((27, 43), ChoroplethMap.Terciles([10, 20, 30, 40, 50, 60]));
        var values = new[] { -10.0, -20, -30, -40, -50, -60, 1, 2, 3000 }.Select((v, i) => (Code: "C" + i, v)).ToDictionary(p => p.Code, p => new MapValue(p.v, p.Code));
        var map = new ChoroplethMap { Title = "t", Description = "d", Values = values, FormatValue = v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), NoDataLabel = "no data" };
        Assert.Equal([2, 2, 1, 1, 0, 0], new[] { -10.0, -20, -30, -40, -50, -60 }.Select(map.ClassOf));

        // A gain that dwarfs the rest does not push the others into the lightest shade: gains 1, 2, 3000 have terciles
        // 1 + 2/3 = 1.7 and 2 + 1/3·2998 = 1001.3 → 1000.
        Assert.Equal((1.7, 1000), map.GainLimits);
        Assert.Equal([4, 5, 6], new[] { 1.0, 2, 3000 }.Select(map.ClassOf));
    }
}
