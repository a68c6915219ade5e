using System.Text;

namespace Campo.Reports.Charts;

/// <summary>A series of a bar chart.</summary>
/// <param name="Name">Its name in the legend.</param>
/// <param name="Colour">Its fill colour (ignored when the chart colours bars by sign).</param>
public sealed record BarSeries(string Name, string Colour);

/// <summary>One bar: a signed value and an optional band drawn as a whisker.</summary>
/// <param name="Value">The value.</param>
/// <param name="Low">The band's low end, or null.</param>
/// <param name="High">The band's high end, or null.</param>
public sealed record BarValue(double Value, double? Low = null, double? High = null);

/// <summary>A row of a bar chart: a label and one value per series.</summary>
/// <param name="Label">The row's label.</param>
/// <param name="Values">One value per series, in the order of the chart's series.</param>
public sealed record BarRow(string Label, IReadOnlyList<BarValue> Values);

/// <summary>
/// Horizontal bars from zero, one row per item and one bar per series, with optional whiskers for 90% bands.
/// With one series and <see cref="ColourBySign"/>, a diverging bar chart: gains to the right in teal, losses to
/// the left in brown. Each bar carries its value as a tooltip and as a label at its end.
/// </summary>
public sealed class BarChart
{
    private const double Width = 760;
    private const double LabelWidth = 210;
    private const double ValueRoom = 70;
    private const double Top = 34;
    private const double BarHeight = 13;
    private const double RowGap = 9;

    /// <summary>The chart's title (also its accessible name).</summary>
    public required string Title { get; init; }

    /// <summary>What the chart shows, in a sentence, for screen readers.</summary>
    public required string Description { get; init; }

    /// <summary>The series; one bar per series in each row.</summary>
    public required IReadOnlyList<BarSeries> Series { get; init; }

    /// <summary>The rows, top to bottom.</summary>
    public required IReadOnlyList<BarRow> Rows { get; init; }

    /// <summary>Formats values for tick labels, bar labels and tooltips.</summary>
    public required Func<double, string> FormatValue { get; init; }

    /// <summary>Colour single-series bars by sign (a diverging bar chart).</summary>
    public bool ColourBySign { get; init; }

    /// <summary>Legend entries of a diverging chart: the words for a gain and a loss.</summary>
    public (string Gain, string Loss)? SignLegend { get; init; }

    /// <summary>The legend's note on whiskers, or null when no bar has a band.</summary>
    public string? WhiskerLegend { get; init; }

    /// <summary>Writes the chart as an SVG element.</summary>
    /// <param name="id">A document-unique id.</param>
    public string ToSvg(string id)
    {
        var perRow = (Series.Count * BarHeight) + RowGap;
        var plotBottom = Top + (Rows.Count * perRow);
        var height = plotBottom + 34;
        var values = Rows.SelectMany(r => r.Values).SelectMany(v => new[] { v.Value, v.Low ?? v.Value, v.High ?? v.Value });
        var scale = new LinearScale(values, LabelWidth + ValueRoom, Width - ValueRoom, 5);
        var svg = new StringBuilder();
        Svg.Open(svg, id, Width, height, Title, Description);
        Svg.Axis(svg, scale, Top, plotBottom, FormatValue);
        var zero = scale[0];
        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            var y0 = Top + (r * perRow) + (RowGap / 2);
            Svg.Text(svg, LabelWidth - 6, y0 + (Series.Count * BarHeight / 2) + 4, Svg.Fit(row.Label, 30), "end");
            for (var s = 0; s < Series.Count && s < row.Values.Count; s++)
            {
                var v = row.Values[s];
                var y = y0 + (s * BarHeight);
                var x = scale[v.Value];
                var colour = ColourBySign ? (v.Value >= 0 ? Palette.Gain : Palette.Loss) : Series[s].Colour;
                var tooltip = row.Label + (Series.Count > 1 ? " – " + Series[s].Name : string.Empty) + ": " + FormatValue(v.Value)
                    + (v.Low is { } lo && v.High is { } hi ? " [" + FormatValue(lo) + " … " + FormatValue(hi) + "]" : string.Empty);
                svg.Append("<rect x=\"").Append(Svg.N(Math.Min(x, zero))).Append("\" y=\"").Append(Svg.N(y + 1)).Append("\" width=\"").Append(Svg.N(Math.Max(Math.Abs(x - zero), 0.5)))
                    .Append("\" height=\"").Append(Svg.N(BarHeight - 2)).Append("\" fill=\"").Append(colour).Append("\"><title>").Append(Svg.E(tooltip)).Append("</title></rect>");
                if (v.Low is { } low && v.High is { } high)
                {
                    var cy = y + (BarHeight / 2);
                    Svg.Line(svg, scale[low], cy, scale[high], cy, Palette.Ink, 1.2);
                    Svg.Line(svg, scale[low], cy - 4, scale[low], cy + 4, Palette.Ink, 1.2);
                    Svg.Line(svg, scale[high], cy - 4, scale[high], cy + 4, Palette.Ink, 1.2);
                }

                var end = v.Value >= 0 ? Math.Max(x, v.High is { } h ? scale[h] : x) + 4 : Math.Min(x, v.Low is { } l ? scale[l] : x) - 4;
                Svg.Text(svg, end, y + BarHeight - 3, FormatValue(v.Value), v.Value >= 0 ? "start" : "end", "font-size=\"10\"");
            }
        }

        Legend(svg, plotBottom + 24);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private void Legend(StringBuilder svg, double y)
    {
        var x = LabelWidth + ValueRoom;
        if (ColourBySign && SignLegend is { } signs)
        {
            x = Svg.Swatch(svg, x, y, Palette.Gain, signs.Gain);
            x = Svg.Swatch(svg, x, y, Palette.Loss, signs.Loss);
        }
        else if (!ColourBySign)
        {
            foreach (var series in Series)
            {
                x = Svg.Swatch(svg, x, y, series.Colour, series.Name);
            }
        }

        if (WhiskerLegend is { } whisker && Rows.Any(r => r.Values.Any(v => v.Low is not null)))
        {
            Svg.Line(svg, x, y - 4, x + 18, y - 4, Palette.Ink, 1.2);
            Svg.Line(svg, x, y - 8, x, y, Palette.Ink, 1.2);
            Svg.Line(svg, x + 18, y - 8, x + 18, y, Palette.Ink, 1.2);
            Svg.Text(svg, x + 24, y, whisker);
        }
    }
}
