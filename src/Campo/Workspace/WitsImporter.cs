using System.Globalization;
using Campo.Domain;
using Campo.Schedules.Import;

namespace Campo.Workspace;

/// <summary>
/// WITS/TRAINS tariffs into <c>tariff_lines</c>. Two layouts:
/// <list type="bullet">
/// <item>SDMX-JSON, the response of the WITS SDMX API (dataflow DF_WITS_Tariff_TRAINS, partner 000, product ALL),
/// read by <see cref="WitsSdmxReader"/>: one MFN applied rate per HS6 subheading, the simple average of the national
/// lines under it;</item>
/// <item>CSV, a WITS tariff download ("Tariff View and Export", WITS online help, Data Retrieval, Advanced Query
/// Tariffs result: Reporter, Product, Tariff Year, Duty Type BND/MFN/PRF/AHS, Simple Average, Minimum Rate, Maximum
/// Rate, Nbr of Total Lines) or the same fields flattened from the API (reporter_iso3, year, product_code,
/// tariff_type, tariff_value, MIN_RATE, MAX_RATE, TOTALNOOFLINES, nomencode). MFN rows are applied rates, BND rows
/// bound rates; preferential rows (PRF, AHS) are left out and counted.</item>
/// </list>
/// </summary>
internal static class WitsImporter
{
    /// <summary>The duplicate keys of the tables it fills.</summary>
    private static readonly (string, string[])[] Keys = [("tariff_lines", ["member", "year", "hs", "rate_kind"])];

    public static (string Table, string[] Key)[] Read(ImportContext context)
    {
        if (context.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            ReadJson(context);
            return Keys;
        }

        ReadCsv(context);
        return Keys;
    }

    private static void ReadJson(ImportContext context)
    {
        context.Layout = "WITS SDMX-JSON (DF_WITS_Tariff_TRAINS)";
        WitsSchedule wits;
        using (var stream = File.OpenRead(context.Path))
        {
            // The member is settled after reading: the file names its reporter by UN M49 number and name.
            wits = WitsSdmxReader.Read(stream, context.DisplayName, new MemberId("WLD"), agriculturalOnly: false);
        }

        var member = Rows.Member(context, null, wits.ReporterName)
            ?? throw context.Fail(RejectReason.MissingValue, "the reporter " + wits.ReporterCode + " " + wits.ReporterName + " is not a member the dataset knows", "name the member with --member ISO3");
        if (!int.TryParse(wits.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw context.Fail(RejectReason.BadYear, "the response's year \"" + wits.Year + "\" is not a year", "give the WITS response as downloaded", field: "TIME_PERIOD");
        }

        using var appender = context.Workspace.Connection.CreateAppender("tariff_lines");
        foreach (var line in wits.Schedule.Lines)
        {
            // JSON has no lines: the series' position in the response stands in for one (rejections, order).
            context.RowsRead++;
            Rows.TariffLine(appender, context.ImportId, context.RowsRead, member.Code, year, null, line.Id, line.Description, "applied", line.Applied?.AdValorem?.Percent, null, null, null, null, null, null, hs6Average: true);
        }

        context.Note("WITS/TRAINS " + wits.ReporterCode + " " + wits.ReporterName + " " + wits.Year + " as " + member.Code + ": MFN applied, each HS6 line the simple average of the national lines under it; no bound rates in the file");
    }

    private static void ReadCsv(ImportContext context)
    {
        using var table = TextTable.Open(context.Path, context);
        const string layout = "WITS tariff CSV";
        context.Layout = layout;
        var product = table.Require(context, layout, "hs6_code", "product_code", "product", "productcode");
        var rate = table.Require(context, layout, "tariff_value", "simple_average", "simpleaverage");
        var yearColumn = table.Require(context, layout, "year", "tariff_year", "tariffyear");
        var reporter = table.Find("reporter_iso3", "reporter", "reporter_code", "reportercode");
        var reporterName = table.Find("reporter_name", "reportername", "reporter_label");
        if (reporter < 0 && reporterName < 0 && context.Member is null)
        {
            throw context.Fail(RejectReason.MissingColumn, "no reporter column (reporter_iso3, reporter or reporter_name)", "give the file as downloaded, or name the member with --member ISO3", table.HeaderLine);
        }

        var dutyType = table.Find("tariff_type", "duty_type", "dutytype");
        var description = table.Find("productcode_label", "product_name", "productname", "product_description");
        var nomenclature = table.Find("nomencode", "native_nomen", "nomen_code", "nomenclature");
        var min = table.Find("min_rate", "minimum_rate", "minrate");
        var max = table.Find("max_rate", "maximum_rate", "maxrate");
        var lines = table.Find("totalnooflines", "nbr_of_total_lines", "total_no_of_lines", "nbr_total_lines");
        using var appender = context.Workspace.Connection.CreateAppender("tariff_lines");
        var preferential = 0;
        while (table.Read())
        {
            context.RowsRead++;
            var line = table.Line;
            var type = table.Text(dutyType)?.ToUpperInvariant() ?? "MFN";
            string kind;
            if (type is "MFN" or "MFN APPLIED")
            {
                kind = "applied";
            }
            else if (type is "BND" or "BOUND")
            {
                kind = "bound";
            }
            else
            {
                preferential++;
                continue;
            }

            var hs = Rows.Hs(context, line, table.Names[product], table.Text(product));
            var year = Rows.Year(context, line, table.Names[yearColumn], table.Text(yearColumn));
            if (hs is null || year is null
                || !Rows.Number(context, table, rate, table.Names[rate], false, out var percent)
                || !Rows.Number(context, table, min, "min_rate", false, out var minRate)
                || !Rows.Number(context, table, max, "max_rate", false, out var maxRate)
                || !Rows.Number(context, table, lines, "lines", false, out var count))
            {
                continue;
            }

            var member = Rows.Member(context, table.Text(reporter), table.Text(reporterName));
            if (member is null)
            {
                context.Reject(line, RejectReason.BadCode, reporter >= 0 ? table.Names[reporter] : "reporter_name", "the reporter \"" + (table.Text(reporter) ?? table.Text(reporterName)) + "\" is not an ISO 3166 alpha-3 code or a member's name; name it with --member ISO3");
                continue;
            }

            Rows.TariffLine(appender, context.ImportId, line, member.Value.Code, year.Value, table.Text(nomenclature), hs, table.Text(description), kind, percent, null, count is { } c ? (int)c : null, minRate, maxRate, null, null, hs6Average: hs.Length == 6);
        }

        if (preferential > 0)
        {
            context.Note(preferential.ToString(CultureInfo.InvariantCulture) + " preferential rows (PRF, AHS) left out: the workspace holds MFN applied and bound rates");
        }
    }
}
