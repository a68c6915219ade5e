using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Schedules;
using DuckDB.NET.Data;

namespace Campo.Workspace;

/// <summary>Checks shared by the importers: codes, years, rates, members.</summary>
internal static class Rows
{
    private static Dataset? _default;

    /// <summary>An HS code with a known chapter, as digits; or null after recording a bad-code rejection.</summary>
    public static string? Hs(ImportContext context, long line, string field, string? text)
    {
        if (text is null)
        {
            context.Reject(line, RejectReason.MissingValue, field, "no product code");
            return null;
        }

        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length is 5 or 7 or 9 or 11 && digits.All(char.IsAsciiDigit))
        {
            // A code written as a number loses its leading zero (10121 for 010121, as BACI and spreadsheets write it).
            digits = "0" + digits;
        }

        if (!HsCode.TryParse(digits, out var hs) || !ProductGroups.IsKnownChapter(hs))
        {
            context.Reject(line, RejectReason.BadCode, field, "\"" + text + "\" is not an HS code");
            return null;
        }

        return hs.Digits;
    }

    /// <summary>A year from 1900 to 2100, or null after recording a bad-year rejection.</summary>
    public static int? Year(ImportContext context, long line, string field, string? text)
    {
        if (text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            return year;
        }

        context.Reject(line, text is null ? RejectReason.MissingValue : RejectReason.BadYear, field, text is null ? "no year" : "\"" + text + "\" is not a year");
        return null;
    }

    /// <summary>
    /// A rate or value: null when empty; false (row refused) when text or, unless <paramref name="allowNegative"/>, negative.
    /// </summary>
    public static bool Number(ImportContext context, TextTable table, int column, string field, bool allowNegative, out double? value)
    {
        value = table.Number(column, out var bad);
        if (bad is not null)
        {
            context.Reject(table.Line, RejectReason.RateIsText, field, "\"" + bad + "\" is text where a number is expected");
            return false;
        }

        if (value is { } v && (!double.IsFinite(v) || (!allowNegative && v < 0)))
        {
            context.Reject(table.Line, RejectReason.BadNumber, field, "the value " + v.ToString(CultureInfo.InvariantCulture) + " is " + (double.IsFinite(v) ? "negative" : "not finite"));
            return false;
        }

        return true;
    }

    /// <summary>
    /// The member a reporter stands for: an ISO 3166 alpha-3 code as written, else the member named with
    /// <c>--member</c>, else the embedded dataset's member of that name ("Brazil"); null when none fits.
    /// </summary>
    public static MemberId? Member(ImportContext context, string? code, string? name)
    {
        if (code is { Length: 3 } && code.All(char.IsAsciiLetter) && MemberId.TryParse(code.ToUpperInvariant(), out var id))
        {
            return id;
        }

        if (context.Member is { } given)
        {
            return given;
        }

        if (name is null)
        {
            return null;
        }

        try
        {
            _default ??= DatasetLoader.LoadDefault();
            return _default.ResolveMember(name).Id;
        }
        catch (Errors.CampoException)
        {
            return null;
        }
    }

    /// <summary>Appends one row of <c>tariff_lines</c>.</summary>
    public static void TariffLine(DuckDBAppender appender, int importId, long? line, string member, int year, string? nomenclature, string hs, string? description, string rateKind, double? percent, string? dutyText, int? nationalLines, double? min, double? max, double? quota, double? inQuota, bool hs6Average) =>
        appender.CreateRow()
            .AppendValue((int?)importId).AppendValue(line).AppendValue(member).AppendValue((int?)year).AppendValue(nomenclature).AppendValue(hs)
            .AppendValue(description).AppendValue(rateKind).AppendValue(percent).AppendValue(dutyText).AppendValue(nationalLines)
            .AppendValue(min).AppendValue(max).AppendValue(quota).AppendValue(inQuota).AppendValue((bool?)hs6Average)
            .EndRow();
}
