using System.Globalization;
using Campo.Domain;
using Campo.Evaluation;

namespace Campo.Cli.Commands.Run;

/// <summary>Number formats of the terminal reports: signs always shown, magnitudes people can read.</summary>
internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Million USD with a sign: "+1,234", "-12.3", "+0.04".</summary>
    public static string Money(double millions)
    {
        var magnitude = Math.Abs(millions);
        var format = magnitude >= 100 ? "+#,##0;-#,##0;0" : magnitude >= 1 ? "+#,##0.0;-#,##0.0;0.0" : "+0.00;-0.00;0.00";
        return millions.ToString(format, Invariant);
    }

    /// <summary>A relative change as a signed percentage: "+2.3%".</summary>
    public static string Change(double fraction) => (fraction * 100).ToString("+0.0;-0.0;0.0", Invariant) + "%";

    /// <summary>A rate as a percentage: "8.5%".</summary>
    public static string Rate(double? fraction) => fraction is { } f ? (f * 100).ToString("0.0", Invariant) + "%" : "-";

    /// <summary>A quantity in thousand tonnes: "20,968".</summary>
    public static string Kt(double thousands) => thousands.ToString(Math.Abs(thousands) >= 100 ? "#,##0" : "0.0", Invariant);

    /// <summary>A plain number with a sign and no decimals, or "-".</summary>
    public static string Signed(double? value) => value is { } v ? v.ToString("+#,##0;-#,##0;0", Invariant) : "-";

    /// <summary>A 90% band in million USD: "[-37.6, -35.2]", or empty.</summary>
    public static string MoneyBand(Band? band) => band is null ? string.Empty : "[" + Money(band.Low) + ", " + Money(band.High) + "]";

    /// <summary>A 90% band of a relative change: "[-1.2%, -0.9%]", or empty.</summary>
    public static string ChangeBand(Band? band) => band is null ? string.Empty : "[" + Change(band.Low) + ", " + Change(band.High) + "]";

    /// <summary>A status in words.</summary>
    public static string Status(DevelopmentStatus? status) => status switch
    {
        DevelopmentStatus.Developed => "developed",
        DevelopmentStatus.Developing => "developing",
        DevelopmentStatus.LeastDeveloped => "least developed",
        _ => "not a WTO member",
    };
}
