using System.Globalization;

namespace Campo.Workspace;

/// <summary>
/// A WTO Tariff &amp; Trade Data export (ttd.wto.org; the successor of the Tariff Download Facility, whose user guide
/// describes MFN applied and bound duties at the HS subheading level for every WTO member). Columns, as the export
/// names them: reporter name and code (WTO codes such as C156, U918), year, classification and its version, duty
/// scheme code and name (A0002 "MFN statutory (legal/autonomous) duty"), product code and label, simple average,
/// trade-weighted average, duty-free share. Each row goes by its classification:
/// <list type="bullet">
/// <item>MTN product groups (classification MTN) into <c>tariff_averages</c>;</item>
/// <item>HS codes of six digits or more into <c>tariff_lines</c>: a duty scheme whose code or name says bound
/// (for example "Bound duty") is a bound rate, any other MFN scheme the applied rate. Where the export has them, the
/// non-ad-valorem duty as written (column non_ad_valorem, duty_text or nav_duty) and the tariff quota (quota_tonnes
/// or trq_quantity; in_quota_rate) are kept on the line; a line with only a non-ad-valorem duty has no ad valorem
/// rate and is flagged unknown where a schedule uses it.</item>
/// </list>
/// Preferential schemes are left out and counted.
/// </summary>
internal static class TtdImporter
{
    public static (string Table, string[] Key)[] Read(ImportContext context)
    {
        using var table = TextTable.Open(context.Path, context);
        const string layout = "WTO Tariff & Trade Data export";
        var product = table.Require(context, layout, "product_code", "productcode", "product");
        var yearColumn = table.Require(context, layout, "year");
        var simple = table.Require(context, layout, "simple_average", "simple_average_duty", "value", "duty");
        var classification = table.Find("classification", "nomenclature");
        if (classification < 0)
        {
            throw context.Fail(RejectReason.UnknownLayout, "no classification column: the export's rows cannot be told apart (MTN groups or HS lines)", "give the Tariff & Trade Data export as downloaded", table.HeaderLine);
        }

        var version = table.Find("classification_version", "nomenclature_version");
        var reporterCode = table.Find("reporter_code", "reportercode");
        var reporterName = table.Find("reporter_name", "reportername", "reporter");
        var iso3 = table.Find("reporter_iso3", "iso3");
        var schemeCode = table.Find("duty_scheme_code", "dutyschemecode");
        var schemeName = table.Find("duty_scheme_name", "dutyschemename", "duty_scheme");
        var label = table.Find("mtn_categories", "product_label", "product_description", "description");
        var weighted = table.Find("trade_weighted", "trade_weighted_average");
        var dutyFree = table.Find("duty_free_share", "duty_free");
        var nav = table.Find("non_ad_valorem", "duty_text", "nav_duty");
        var quota = table.Find("quota_tonnes", "trq_quantity", "tariff_quota");
        var inQuota = table.Find("in_quota_rate", "in_quota_percent");
        if (reporterCode < 0 && reporterName < 0 && iso3 < 0 && context.Member is null)
        {
            throw context.Fail(RejectReason.MissingColumn, "no reporter column (reporter_code or reporter_name)", "give the export as downloaded, or name the member with --member ISO3", table.HeaderLine);
        }

        using var averages = context.Workspace.Connection.CreateAppender("tariff_averages");
        using var lines = context.Workspace.Connection.CreateAppender("tariff_lines");
        long groups = 0, hsLines = 0, preferential = 0;
        while (table.Read())
        {
            context.RowsRead++;
            var line = table.Line;
            var kind = table.Text(classification)?.ToUpperInvariant();
            var scheme = (table.Text(schemeCode) ?? string.Empty) + " " + (table.Text(schemeName) ?? string.Empty);
            var bound = scheme.Contains("bound", StringComparison.OrdinalIgnoreCase) || scheme.TrimStart().StartsWith('B');
            if (!bound && !scheme.Contains("MFN", StringComparison.OrdinalIgnoreCase) && !scheme.TrimStart().StartsWith("A0002", StringComparison.Ordinal) && scheme.Trim().Length > 0)
            {
                preferential++;
                continue;
            }

            var year = Rows.Year(context, line, table.Names[yearColumn], table.Text(yearColumn));
            if (year is null || !Rows.Number(context, table, simple, table.Names[simple], false, out var average))
            {
                continue;
            }

            var member = Rows.Member(context, table.Text(iso3), table.Text(reporterName));
            if (kind is "MTN")
            {
                if (!Rows.Number(context, table, weighted, "trade_weighted", false, out var tradeWeighted)
                    || !Rows.Number(context, table, dutyFree, "duty_free_share", false, out var free))
                {
                    continue;
                }

                var code = table.Text(product);
                if (code is null)
                {
                    context.Reject(line, RejectReason.MissingValue, table.Names[product], "no product code");
                    continue;
                }

                groups++;
                averages.CreateRow()
                    .AppendValue((int?)context.ImportId).AppendValue((long?)line).AppendValue(member?.Code).AppendValue(table.Text(reporterCode)).AppendValue(table.Text(reporterName))
                    .AppendValue(year).AppendValue("MTN " + (table.Text(version) ?? string.Empty)).AppendValue(code).AppendValue(table.Text(label))
                    .AppendValue(scheme.Trim()).AppendValue(average).AppendValue(tradeWeighted).AppendValue(free)
                    .EndRow();
                continue;
            }

            if (kind is null || !kind.StartsWith('H'))
            {
                context.Reject(line, RejectReason.UnknownLayout, table.Names[classification], "classification \"" + (table.Text(classification) ?? string.Empty) + "\" is neither MTN nor HS");
                continue;
            }

            var hs = Rows.Hs(context, line, table.Names[product], table.Text(product));
            if (hs is null || !Rows.Number(context, table, quota, "quota_tonnes", false, out var quotaTonnes) || !Rows.Number(context, table, inQuota, "in_quota_rate", false, out var inQuotaRate))
            {
                continue;
            }

            if (hs.Length < 6)
            {
                context.Reject(line, RejectReason.BadCode, table.Names[product], "\"" + hs + "\" is an HS heading, not a line of six digits or more");
                continue;
            }

            if (member is null)
            {
                context.Reject(line, RejectReason.BadCode, "reporter_name", "the reporter \"" + table.Text(reporterName) + "\" is not a member's name; name it with --member ISO3");
                continue;
            }

            hsLines++;
            var nomenclature = (table.Text(classification) ?? string.Empty) + (table.Text(version) is { } v ? " " + v : string.Empty);
            Rows.TariffLine(lines, context.ImportId, line, member.Value.Code, year.Value, nomenclature, hs, table.Text(label), bound ? "bound" : "applied", average, table.Text(nav), null, null, null, quotaTonnes, inQuotaRate, hs6Average: hs.Length == 6);
        }

        context.Layout = layout + (groups > 0 && hsLines > 0 ? ": MTN averages and HS lines" : hsLines > 0 ? ": HS lines" : ": MTN product-group averages");
        if (preferential > 0)
        {
            context.Note(preferential.ToString(CultureInfo.InvariantCulture) + " rows of preferential duty schemes left out");
        }

        return
        [
            ("tariff_averages", ["reporter_code", "reporter_name", "year", "classification", "duty_scheme", "product_code"]),
            ("tariff_lines", ["member", "year", "hs", "rate_kind"]),
        ];
    }
}
