using System.Text;

namespace Campo.Reports.Charts;

/// <summary>A country's value on the map.</summary>
/// <param name="Value">The value that sets the colour.</param>
/// <param name="Label">The tooltip: the country or region and its formatted value.</param>
public sealed record MapValue(double Value, string Label);

/// <summary>
/// A world map whose countries are coloured by a signed value in 7 diverging classes (BrBG): three of loss, a
/// neutral class around zero, three of gain. The classes are quantiles, losses and gains apart: the limits are the
/// terciles of the magnitudes of the losses (and of the gains), rounded to two significant figures, so each shade
/// holds about a third of the regions that lose (or gain) whatever the skew. Equal-width classes left nearly every
/// country in the lightest shade when one member's figure dwarfed the rest (Japan under Cancún). Countries without
/// a value are grey; each country carries its value as a tooltip.
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

    /// <summary>The limits between the loss classes (magnitudes): the lower and upper tercile of the losses.</summary>
    public (double Lower, double Upper) LossLimits => Terciles(Values.Values.Where(v => v.Value < -Neutral).Select(v => -v.Value));

    /// <summary>The limits between the gain classes: the lower and upper tercile of the gains.</summary>
    public (double Lower, double Upper) GainLimits => Terciles(Values.Values.Where(v => v.Value > Neutral).Select(v => v.Value));

    /// <summary>The class (0 to 6) of a value: 3 is neutral, below are losses, above gains.</summary>
    public int ClassOf(double value) => ClassOf(value, LossLimits, GainLimits);

    /// <summary>
    /// The terciles of a set of magnitudes (linear interpolation between order statistics, Hyndman and Fan's type 7,
    /// as R's and NumPy's default), each rounded to two significant figures for the legend. Each distinct region is
    /// counted once, however many countries it colours.
    /// </summary>
    public static (double Lower, double Upper) Terciles(IEnumerable<double> magnitudes)
    {
        ArgumentNullException.ThrowIfNull(magnitudes);
        var sorted = magnitudes.Distinct().Order().ToArray();
        return sorted.Length == 0 ? (0, 0) : (Round2(Quantile(sorted, 1.0 / 3)), Round2(Quantile(sorted, 2.0 / 3)));
    }

    private int ClassOf(double value, (double Lower, double Upper) losses, (double Lower, double Upper) gains)
    {
        if (Math.Abs(value) <= Neutral)
        {
            return 3;
        }

        var (lower, upper) = value > 0 ? gains : losses;
        var magnitude = Math.Abs(value) < lower ? 1 : Math.Abs(value) < upper ? 2 : 3;
        return value > 0 ? 3 + magnitude : 3 - magnitude;
    }

    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }

    private static double Round2(double value)
    {
        if (value <= 0)
        {
            return value;
        }

        // Decimals through Math.Round(value, digits) so that 1.7 is the double nearest 1.7, not 17 × 0.1.
        var digits = 1 - (int)Math.Floor(Math.Log10(value));
        if (digits >= 0)
        {
            return Math.Round(value, Math.Min(digits, 15));
        }

        var scale = Math.Pow(10, -digits);
        return Math.Round(value / scale) * scale;
    }

    /// <summary>Writes the map as an SVG element.</summary>
    /// <param name="id">A document-unique id.</param>
    public string ToSvg(string id)
    {
        var legendHeight = 62.0;
        var svg = new StringBuilder();
        Svg.Open(svg, id, WorldMap.Width, WorldMap.Height + legendHeight, Title, Description);
        var (losses, gains) = (LossLimits, GainLimits);
        svg.Append("<g stroke=\"#ffffff\" stroke-width=\"0.4\">");
        foreach (var (code, path) in Map.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var has = Values.TryGetValue(code, out var value);
            var fill = has ? Palette.Diverging[ClassOf(value!.Value, losses, gains)] : Palette.NoData;
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
        // Only the shades the map uses: a draft where nobody loses shows no loss classes.
        var (l1, l2) = LossLimits;
        var (g1, g2) = GainLimits;
        var classes = new (int Class, string Label, bool Shown)[]
        {
            (0, "≤ " + FormatValue(-l2), l2 > 0),
            (1, FormatValue(-l2) + " … " + FormatValue(-l1), l2 > 0),
            (2, FormatValue(-l1) + " … " + FormatValue(-Neutral), l1 > 0),
            (3, "≈ 0", true),
            (4, FormatValue(Neutral) + " … " + FormatValue(g1), g1 > 0),
            (5, FormatValue(g1) + " … " + FormatValue(g2), g2 > 0),
            (6, "≥ " + FormatValue(g2), g2 > 0),
        };
        var x = 20.0;
        foreach (var (index, label, shown) in classes)
        {
            if (!shown)
            {
                continue;
            }

            (x, y) = Wrap(x, y, label);
            x = Svg.Swatch(svg, x, y, Palette.Diverging[index], label) - 6;
        }

        (x, y) = Wrap(x, y, NoDataLabel);
        Svg.Swatch(svg, x, y, Palette.NoData, NoDataLabel);
    }

    private static (double X, double Y) Wrap(double x, double y, string label) =>
        x + 32 + (label.Length * 6.5) > WorldMap.Width - 10 ? (20.0, y + 22) : (x, y);
}
