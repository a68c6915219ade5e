using System.Globalization;

namespace Campo.Reports.Localization;

/// <summary>
/// Numbers, money, percentages and dates formatted for a reader's culture: 1,234.5 in English, 1.234,5 in
/// Spanish and Portuguese, 1 234,5 in French. Signs are always shown on changes. This is the one place where
/// Campo formats for a culture on purpose; everything machine-readable stays invariant.
/// </summary>
/// <param name="Culture">The reader's culture.</param>
public sealed record ReportFormat(CultureInfo Culture)
{
    /// <summary>
    /// A change in million US dollars with its sign and a precision people read: no decimals from 100, one from
    /// 1, two below ("+1,234", "-12.3", "+0.04"; "0" for zero).
    /// </summary>
    public string Money(double millions) => Signed(millions, Decimals(millions));

    /// <summary>An amount in million US dollars without sign, at the precision of <see cref="Money"/>.</summary>
    public string Amount(double millions)
    {
        var magnitude = Math.Abs(millions);
        return magnitude.ToString("N" + Decimals(magnitude).ToString(CultureInfo.InvariantCulture), Culture);
    }

    /// <summary>A relative change as a signed percentage with one decimal ("+2.3 %" in French, "+2.3%" in English).</summary>
    public string Change(double fraction) => Signed(fraction * 100, 1) + PercentSign;

    /// <summary>A rate as a percentage with one decimal, or "–" when unknown.</summary>
    public string Rate(double? fraction) => fraction is { } f ? (f * 100).ToString("N1", Culture) + PercentSign : Missing;

    /// <summary>A number with group separators and the given decimals.</summary>
    public string Number(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>A whole count.</summary>
    public string Count(int value) => value.ToString("N0", Culture);

    /// <summary>A date in the culture's long form (14 September 2003; 14 de septiembre de 2003; 14 septembre 2003).</summary>
    public string Date(DateOnly date) => date.ToString(Culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", string.Empty, StringComparison.Ordinal).Replace("dddd ", string.Empty, StringComparison.Ordinal), Culture);

    /// <summary>A 90% band of a money change: "−37.6 to −35.2" with the culture's word for "to".</summary>
    /// <param name="low">5th percentile, million USD.</param>
    /// <param name="high">95th percentile, million USD.</param>
    /// <param name="to">The word between the bounds, from the resources.</param>
    public string MoneyRange(double low, double high, string to) => Money(low) + " " + to + " " + Money(high);

    /// <summary>The mark of a value that is not known.</summary>
    public static string Missing => "–";

    private string PercentSign => Culture.NumberFormat.PercentPositivePattern == 0 ? "\u00A0%" : "%";

    private static int Decimals(double value)
    {
        var magnitude = Math.Abs(value);
        return magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 2;
    }

    private string Signed(double value, int decimals)
    {
        var format = "N" + decimals.ToString(CultureInfo.InvariantCulture);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return 0.0.ToString(format, Culture);
        }

        var text = Math.Abs(value).ToString(format, Culture);
        return (value > 0 ? "+" : "\u2212") + text;
    }
}
