using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Domain;
using Campo.Evaluation;

namespace Campo.Cli.Commands.Run;

/// <summary>
/// Number formats of the terminal reports: signs always shown, magnitudes people can read, in the culture of the
/// language the command line speaks (1,234.5 in English; 1.234,5 in Spanish and Portuguese; 1 234,5 in French), by
/// the rules of <see cref="Reports.Localization.ReportFormat"/>. Machine-readable output never goes through here.
/// </summary>
internal static class Format
{
    private static CultureInfo Culture => CliText.Culture;

    /// <summary>The percent sign as the culture writes it after a number: "%" in English and Portuguese, " %" (no-break space) in French and Spanish.</summary>
    public static string PercentSign => Culture.NumberFormat.PercentPositivePattern == 0 ? "\u00A0%" : "%";

    /// <summary>Million USD with a sign: "+1,234", "-12.3", "+0.04".</summary>
    public static string Money(double millions)
    {
        var magnitude = Math.Abs(millions);
        var format = magnitude >= 100 ? "+#,##0;-#,##0;0" : magnitude >= 1 ? "+#,##0.0;-#,##0.0;0.0" : "+0.00;-0.00;0.00";
        return millions.ToString(format, Culture);
    }

    /// <summary>A relative change as a signed percentage: "+2.3%" ("+2,3 %" in French).</summary>
    public static string Change(double fraction) => (fraction * 100).ToString("+0.0;-0.0;0.0", Culture) + PercentSign;

    /// <summary>A rate as a percentage: "8.5%".</summary>
    public static string Rate(double? fraction) => fraction is { } f ? (f * 100).ToString("0.0", Culture) + PercentSign : "-";

    /// <summary>A share as a whole percentage: "72%".</summary>
    public static string Share(double fraction) => (fraction * 100).ToString("0", Culture) + PercentSign;

    /// <summary>A quantity in thousand tonnes: "20,968".</summary>
    public static string Kt(double thousands) => thousands.ToString(Math.Abs(thousands) >= 100 ? "#,##0" : "0.0", Culture);

    /// <summary>A plain number with a sign and no decimals, or "-".</summary>
    public static string Signed(double? value) => value is { } v ? v.ToString("+#,##0;-#,##0;0", Culture) : "-";

    /// <summary>A number in a custom or standard .NET format ("0.00", "N0"), in the culture.</summary>
    public static string Number(double value, string format) => value.ToString(format, Culture);

    /// <summary>A whole count with group separators: "1,234".</summary>
    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>A year or another identifier-like whole number: never grouped (2005, not 2,005).</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date in sentences, in the culture's long form: "14 September 2003", "14 de septiembre de 2003".</summary>
    public static string Date(DateOnly date) => CliText.Report.Format.Date(date);

    /// <summary>A 90% band in million USD: "[-37.6, -35.2]" ("[-37,6; -35,2]" where the comma is the decimal mark), or empty.</summary>
    public static string MoneyBand(Band? band) => band is null ? string.Empty : "[" + Money(band.Low) + Between + Money(band.High) + "]";

    /// <summary>A 90% band of a relative change: "[-1.2%, -0.9%]", or empty.</summary>
    public static string ChangeBand(Band? band) => band is null ? string.Empty : "[" + Change(band.Low) + Between + Change(band.High) + "]";

    /// <summary>A status in words, as the reports write it.</summary>
    public static string Status(DevelopmentStatus? status) => CliText.Report.Status(status);

    /// <summary>The separator between the bounds of a band: a comma, or a semicolon where the comma is the decimal mark.</summary>
    private static string Between => Culture.NumberFormat.NumberDecimalSeparator == "," ? "; " : ", ";
}
