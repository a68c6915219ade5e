using System.Globalization;
using System.Text;

namespace Campo.Reports.Charts;

/// <summary>The mark drawn at each point of a line series, so that series read apart without colour.</summary>
public enum LineMarker
{
    /// <summary>A filled circle.</summary>
    Circle,

    /// <summary>A square.</summary>
    Square,

    /// <summary>A diamond.</summary>
    Diamond,
}

/// <summary>A series of a line chart: a name, a colour, a dash pattern, a marker and one value per year (null where it has none).</summary>
/// <param name="Name">The name shown in the legend and tooltips.</param>
/// <param name="Colour">The stroke colour.</param>
/// <param name="Dash">An SVG dash pattern such as "6 4", or null for a solid line.</param>
/// <param name="Marker">The mark at each point.</param>
/// <param name="Values">One value per year of <see cref="LineChart.Years"/>, or null where the series has none.</param>
public sealed record LineSeries(string Name, string Colour, string? Dash, LineMarker Marker, IReadOnlyList<double?> Values);

/// <summary>
/// A line chart over years: one line per series (a modelled path against what was observed), each with its own dash
/// pattern and marker, a tooltip on every point, a value axis that starts at zero, and a legend. The table after it
/// holds the same numbers.
/// </summary>
public sealed class LineChart
{
    private const double Width = 760;
    private const double Left = 70;
    private const double Right = 20;
    private const double Top = 20;
    private const double PlotHeight = 240;

    /// <summary>The chart's title.</summary>
    public required string Title { get; init; }

    /// <summary>What the chart shows, for screen readers.</summary>
    public required string Description { get; init; }

    /// <summary>The years on the horizontal axis, in order.</summary>
    public required IReadOnlyList<int> Years { get; init; }

    /// <summary>The series, each with one value per year.</summary>
    public required IReadOnlyList<LineSeries> Series { get; init; }

    /// <summary>Formats values (axis labels and tooltips).</summary>
    public required Func<double, string> FormatValue { get; init; }

    /// <summary>Writes the chart as an SVG element.</summary>
    /// <param name="id">A document-unique id.</param>
    /// <exception cref="ArgumentException">A series does not have one value per year.</exception>
    public string ToSvg(string id)
    {
        if (Series.FirstOrDefault(s => s.Values.Count != Years.Count) is { } wrong)
        {
            throw new ArgumentException("The series '" + wrong.Name + "' has " + wrong.Values.Count + " values for " + Years.Count + " years.", nameof(Series));
        }

        var bottom = Top + PlotHeight;
        var height = bottom + 62;
        var scale = new LinearScale(Series.SelectMany(s => s.Values).OfType<double>(), 0, PlotHeight, 5);
        double Y(double value) => bottom - scale[value];
        var step = Years.Count > 1 ? (Width - Left - Right - 20) / (Years.Count - 1) : 0;
        double X(int i) => Left + 10 + (i * step);

        var svg = new StringBuilder();
        Svg.Open(svg, id, Width, height, Title, Description);
        foreach (var tick in scale.Ticks)
        {
            var y = Y(tick);
            Svg.Line(svg, Left, y, Width - Right, y, tick == 0 ? Palette.Ink : Palette.Grid, tick == 0 ? 1.2 : 0.8);
            Svg.Text(svg, Left - 6, y + 4, FormatValue(tick), "end", "font-size=\"11\"");
        }

        var every = Years.Count > 16 ? 2 : 1;
        for (var i = 0; i < Years.Count; i += every)
        {
            Svg.Text(svg, X(i), bottom + 16, Years[i].ToString(CultureInfo.InvariantCulture), "middle", "font-size=\"11\"");
        }

        foreach (var series in Series)
        {
            var points = series.Values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => (X: X(p.i), Y: Y(p.v!.Value), Year: Years[p.i], Value: p.v!.Value)).ToArray();
            if (points.Length > 1)
            {
                svg.Append("<polyline fill=\"none\" stroke=\"").Append(series.Colour).Append("\" stroke-width=\"2\" points=\"")
                    .AppendJoin(' ', points.Select(p => Svg.N(p.X) + "," + Svg.N(p.Y))).Append('"');
                if (series.Dash is not null)
                {
                    svg.Append(" stroke-dasharray=\"").Append(series.Dash).Append('"');
                }

                svg.Append(" />");
            }

            foreach (var p in points)
            {
                Marker(svg, series, p.X, p.Y, series.Name + ", " + p.Year.ToString(CultureInfo.InvariantCulture) + ": " + FormatValue(p.Value));
            }
        }

        var x = Left;
        var legendY = bottom + 44;
        foreach (var series in Series)
        {
            Svg.Line(svg, x, legendY - 4, x + 28, legendY - 4, series.Colour, 2, series.Dash);
            Marker(svg, series, x + 14, legendY - 4, null);
            Svg.Text(svg, x + 34, legendY, series.Name);
            x += 34 + (series.Name.Length * 6.5) + 20;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Marker(StringBuilder svg, LineSeries series, double x, double y, string? tooltip)
    {
        var c = series.Colour;
        switch (series.Marker)
        {
            case LineMarker.Square:
                svg.Append("<rect x=\"").Append(Svg.N(x - 4)).Append("\" y=\"").Append(Svg.N(y - 4)).Append("\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"").Append(c).Append("\" stroke-width=\"2\"");
                break;
            case LineMarker.Diamond:
                svg.Append("<polygon points=\"").Append(Svg.N(x)).Append(',').Append(Svg.N(y - 5)).Append(' ').Append(Svg.N(x + 5)).Append(',').Append(Svg.N(y)).Append(' ')
                    .Append(Svg.N(x)).Append(',').Append(Svg.N(y + 5)).Append(' ').Append(Svg.N(x - 5)).Append(',').Append(Svg.N(y)).Append("\" fill=\"").Append(c).Append("\" stroke=\"#ffffff\"");
                break;
            default:
                svg.Append("<circle cx=\"").Append(Svg.N(x)).Append("\" cy=\"").Append(Svg.N(y)).Append("\" r=\"4\" fill=\"").Append(c).Append("\" stroke=\"#ffffff\"");
                break;
        }

        if (tooltip is null)
        {
            svg.Append(" />");
            return;
        }

        var tag = series.Marker switch { LineMarker.Square => "rect", LineMarker.Diamond => "polygon", _ => "circle" };
        svg.Append("><title>").Append(Svg.E(tooltip)).Append("</title></").Append(tag).Append('>');
    }
}
