using System.Globalization;
using System.Text;
using Campo.Reports.Html;

namespace Campo.Reports.Charts;

/// <summary>
/// Small helpers shared by the chart writers: invariant coordinates, escaped text, and the accessible frame of
/// every chart (role="img", a title and a description read by screen readers, the same text as tooltips).
/// </summary>
internal static class Svg
{
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string E(string text) => HtmlBuilder.Escape(text);

    /// <summary>Opens an SVG element with its accessible title and description.</summary>
    public static void Open(StringBuilder svg, string id, double width, double height, string title, string description)
    {
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").Append(E(id))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(E(id)).Append("-title ").Append(E(id)).Append("-desc\"")
            .Append(" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        svg.Append("<title id=\"").Append(E(id)).Append("-title\">").Append(E(title)).Append("</title>");
        svg.Append("<desc id=\"").Append(E(id)).Append("-desc\">").Append(E(description)).Append("</desc>");
    }

    public static void Text(StringBuilder svg, double x, double y, string text, string anchor = "start", string? extra = null)
    {
        svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" text-anchor=\"").Append(anchor).Append("\" fill=\"").Append(Palette.Ink).Append('"');
        if (extra is not null)
        {
            svg.Append(' ').Append(extra);
        }

        svg.Append('>').Append(E(text)).Append("</text>");
    }

    public static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null)
    {
        svg.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(N(width)).Append('"');
        if (dash is not null)
        {
            svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        svg.Append(" />");
    }

    /// <summary>A legend swatch with its label; returns the x after it.</summary>
    public static double Swatch(StringBuilder svg, double x, double y, string colour, string label, string shape = "rect")
    {
        if (shape == "circle")
        {
            svg.Append("<circle cx=\"").Append(N(x + 6)).Append("\" cy=\"").Append(N(y - 4)).Append("\" r=\"5\" fill=\"").Append(colour).Append("\" stroke=\"").Append(Palette.Ink).Append("\" />");
        }
        else if (shape == "ring")
        {
            svg.Append("<circle cx=\"").Append(N(x + 6)).Append("\" cy=\"").Append(N(y - 4)).Append("\" r=\"5\" fill=\"#ffffff\" stroke=\"").Append(colour).Append("\" stroke-width=\"2.5\" />");
        }
        else
        {
            svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y - 10)).Append("\" width=\"12\" height=\"12\" fill=\"").Append(colour).Append("\" stroke=\"").Append(Palette.Grid).Append("\" />");
        }

        Text(svg, x + 16, y, label);
        return x + 16 + (label.Length * 6.5) + 16;
    }

    /// <summary>Vertical grid lines and tick labels of a horizontal value axis.</summary>
    public static void Axis(StringBuilder svg, LinearScale scale, double top, double bottom, Func<double, string> label)
    {
        foreach (var tick in scale.Ticks)
        {
            var x = scale[tick];
            Line(svg, x, top, x, bottom, tick == 0 ? Palette.Ink : Palette.Grid, tick == 0 ? 1.2 : 0.8);
            Text(svg, x, top - 6, label(tick), "middle", "font-size=\"11\"");
        }
    }

    /// <summary>Shortens a label to fit a column.</summary>
    public static string Fit(string label, int characters) => label.Length <= characters ? label : label[..(characters - 1)] + "…";
}
