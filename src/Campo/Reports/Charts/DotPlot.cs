using System.Text;

namespace Campo.Reports.Charts;

/// <summary>A point of a dot plot with an optional band.</summary>
/// <param name="Value">The central value.</param>
/// <param name="Low">The band's low end, or null.</param>
/// <param name="High">The band's high end, or null.</param>
public sealed record DotValue(double Value, double? Low = null, double? High = null);

/// <summary>A row of a dot plot: a label and one point per series (null where a series has none).</summary>
/// <param name="Label">The label.</param>
/// <param name="Values">One point per series.</param>
public sealed record DotRow(string Label, IReadOnlyList<DotValue?> Values);

/// <summary>
/// A dot plot with bands: one row per item, a dot for the central value and a line for its 90% band. A second
/// series (another draft) is drawn as rings slightly below, so the two read apart without colour.
/// </summary>
public sealed class DotPlot
{
    private const double Width = 760;
    private const double LabelWidth = 210;
    private const double Top = 34;
    private const double RowHeight = 22;

    /// <summary>The chart's title.</summary>
    public required string Title { get; init; }

    /// <summary>What the chart shows, for screen readers.</summary>
    public required string Description { get; init; }

    /// <summary>The series names (one or two).</summary>
    public required IReadOnlyList<string> Series { get; init; }

    /// <summary>The rows, top to bottom.</summary>
    public required IReadOnlyList<DotRow> Rows { get; init; }

    /// <summary>Formats values.</summary>
    public required Func<double, string> FormatValue { get; init; }

    /// <summary>The legend's note on bands, or null.</summary>
    public string? BandLegend { get; init; }

    /// <summary>Writes the chart as an SVG element.</summary>
    /// <param name="id">A document-unique id.</param>
    public string ToSvg(string id)
    {
        var plotBottom = Top + (Rows.Count * RowHeight);
        var height = plotBottom + 34;
        var values = Rows.SelectMany(r => r.Values).Where(v => v is not null).SelectMany(v => new[] { v!.Value, v.Low ?? v.Value, v.High ?? v.Value });
        var scale = new LinearScale(values, LabelWidth + 20, Width - 60, 6);
        var svg = new StringBuilder();
        Svg.Open(svg, id, Width, height, Title, Description);
        Svg.Axis(svg, scale, Top, plotBottom, FormatValue);
        var colours = new[] { Palette.Gain, Palette.Loss };
        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            var yRow = Top + (r * RowHeight) + (RowHeight / 2);
            Svg.Line(svg, LabelWidth + 20, yRow, Width - 60, yRow, "#f0f0f0", 0.6);
            Svg.Text(svg, LabelWidth + 10, yRow + 4, Svg.Fit(row.Label, 30), "end");
            for (var s = 0; s < Series.Count && s < row.Values.Count; s++)
            {
                if (row.Values[s] is not { } v)
                {
                    continue;
                }

                var y = Series.Count == 1 ? yRow : yRow - 4 + (s * 8);
                if (v.Low is { } low && v.High is { } high)
                {
                    Svg.Line(svg, scale[low], y, scale[high], y, colours[s % 2], 2.5);
                }

                var tooltip = row.Label + (Series.Count > 1 ? " – " + Series[s] : string.Empty) + ": " + FormatValue(v.Value)
                    + (v.Low is { } lo && v.High is { } hi ? " [" + FormatValue(lo) + " … " + FormatValue(hi) + "]" : string.Empty);
                svg.Append("<circle cx=\"").Append(Svg.N(scale[v.Value])).Append("\" cy=\"").Append(Svg.N(y)).Append("\" r=\"4.5\" ")
                    .Append(s == 0 ? "fill=\"" + colours[0] + "\" stroke=\"#ffffff\"" : "fill=\"#ffffff\" stroke=\"" + colours[1] + "\" stroke-width=\"2.5\"")
                    .Append("><title>").Append(Svg.E(tooltip)).Append("</title></circle>");
            }
        }

        var x = LabelWidth + 20;
        var legendY = plotBottom + 24;
        for (var s = 0; s < Series.Count; s++)
        {
            x = Svg.Swatch(svg, x, legendY, colours[s % 2], Series[s], s == 0 ? "circle" : "ring");
        }

        if (BandLegend is { } band && Rows.Any(r => r.Values.Any(v => v?.Low is not null)))
        {
            Svg.Line(svg, x, legendY - 4, x + 20, legendY - 4, colours[0], 2.5);
            Svg.Text(svg, x + 26, legendY, band);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
