using System.Text;

namespace Campo.Reports.Charts;

/// <summary>A country's value on the map.</summary>
/// <param name="Value">The value that sets the colour.</param>
/// <param name="Label">The tooltip: the country or region and its formatted value.</param>
public sealed record MapValue(double Value, string Label);

/// <summary>
/// A world map whose countries are coloured by a signed value in 7 diverging classes (BrBG): three of loss, a
/// neutral class around zero, three of gain, with symmetric class limits at one and two "nice" steps of the
/// largest magnitude's third. Countries without a value are grey. Each country carries its value as a tooltip.
/// </summary>
public sealed class ChoroplethMap
{
    /// <summary>The map's title.</summary>
    public required string Title { get; init; }

    /// <summary>What it shows, for screen readers (the numbers are in the tables beside it).</summary>
    public required string Description { get; init; }

    /// <summary>Values by ISO3 country code.</summary>
    public required IReadOnlyDictionary<string, MapValue> Values { get; init; }

    /// <summary>Formats class limits in the legend.</summary>
    public required Func<double, string> FormatValue { get; init; }

    /// <summary>The legend's label for countries without data.</summary>
    public required string NoDataLabel { get; init; }

    /// <summary>The outlines.</summary>
    public WorldMap Map { get; init; } = WorldMap.Default;

    /// <summary>Values whose magnitude is at most this count as no change (neutral class).</summary>
    public double Neutral { get; init; } = 0.05;

    /// <summary>The class limits t and 2t: a nice step of a third of the largest magnitude.</summary>
    public double Step
    {
        get
        {
            var max = Values.Count == 0 ? 0 : Values.Values.Max(v => Math.Abs(v.Value));
            return max <= Neutral ? 1 : LinearScale.NiceStep(max / 3);
        }
    }

    /// <summary>The class (0 to 6) of a value: 3 is neutral, below are losses, above gains.</summary>
    public int ClassOf(double value)
    {
        var step = Step;
        if (Math.Abs(value) <= Neutral)
        {
            return 3;
        }

        var magnitude = Math.Abs(value) < step ? 1 : Math.Abs(value) < 2 * step ? 2 : 3;
        return value > 0 ? 3 + magnitude : 3 - magnitude;
    }

    /// <summary>Writes the map as an SVG element.</summary>
    /// <param name="id">A document-unique id.</param>
    public string ToSvg(string id)
    {
        var legendHeight = 62.0;
        var svg = new StringBuilder();
        Svg.Open(svg, id, WorldMap.Width, WorldMap.Height + legendHeight, Title, Description);
        svg.Append("<g stroke=\"#ffffff\" stroke-width=\"0.4\">");
        foreach (var (code, path) in Map.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var has = Values.TryGetValue(code, out var value);
            var fill = has ? Palette.Diverging[ClassOf(value!.Value)] : Palette.NoData;
            svg.Append("<path d=\"").Append(path).Append("\" fill=\"").Append(fill).Append("\" data-iso3=\"").Append(code).Append("\">");
            if (has)
            {
                svg.Append("<title>").Append(Svg.E(value!.Label)).Append("</title>");
            }

            svg.Append("</path>");
        }

        svg.Append("</g>");
        Legend(svg, WorldMap.Height + 24);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private void Legend(StringBuilder svg, double y)
    {
        var t = Step;
        var labels = new[]
        {
            "≤ " + FormatValue(-2 * t),
            FormatValue(-2 * t) + " … " + FormatValue(-t),
            FormatValue(-t) + " … " + FormatValue(-Neutral),
            "≈ 0",
            FormatValue(Neutral) + " … " + FormatValue(t),
            FormatValue(t) + " … " + FormatValue(2 * t),
            "≥ " + FormatValue(2 * t),
        };
        var x = 20.0;
        for (var i = 0; i < labels.Length; i++)
        {
            (x, y) = Wrap(x, y, labels[i]);
            x = Svg.Swatch(svg, x, y, Palette.Diverging[i], labels[i]) - 6;
        }

        (x, y) = Wrap(x, y, NoDataLabel);
        Svg.Swatch(svg, x, y, Palette.NoData, NoDataLabel);
    }

    private static (double X, double Y) Wrap(double x, double y, string label) =>
        x + 32 + (label.Length * 6.5) > WorldMap.Width - 10 ? (20.0, y + 22) : (x, y);
}
