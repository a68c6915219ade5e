using System.Globalization;

namespace Campo.Workspace;

/// <summary>
/// CEPII BACI into <c>flows</c> or <c>countries</c>. BACI ships one CSV per year, BACI_HS02_Y2002_V202501.csv,
/// with six variables (CEPII's BACI page): t year, i exporter and j importer (3-digit country codes), k product (HS
/// 6-digit code), v value (thousands of current US dollars), q quantity (metric tons; missing for about 2% of flows);
/// each flow is one exporter, importer, product and year. Its country file (country_code, country_name,
/// country_iso2, country_iso3) goes into <c>countries</c>, so that flows can be joined to ISO codes in SQL.
/// </summary>
internal static class BaciImporter
{
    public static (string Table, string[] Key)[] Read(ImportContext context)
    {
        using var table = TextTable.Open(context.Path, context);
        if (table.Find("country_code") >= 0)
        {
            return Countries(context, table);
        }

        if (table.Find("t") < 0 && table.Find("k") < 0)
        {
            throw context.Fail(RejectReason.UnknownLayout, "the header (" + string.Join(", ", table.Names.Take(8)) + ") is neither BACI flows (t, i, j, k, v, q) nor BACI country codes (country_code, country_iso3)", "give a BACI_HS.._Y...csv file or its country_codes file", table.HeaderLine);
        }

        const string layout = "BACI flows";
        context.Layout = "BACI flows (t, i, j, k, v, q)";
        var t = table.Require(context, layout, "t");
        var i = table.Require(context, layout, "i");
        var j = table.Require(context, layout, "j");
        var k = table.Require(context, layout, "k");
        var v = table.Require(context, layout, "v");
        var q = table.Find("q");
        using var appender = context.Workspace.Connection.CreateAppender("flows");
        var csv = table.Csv;
        while (table.Read())
        {
            context.RowsRead++;
            var line = table.Line;
            if (csv.RowFieldCount < 5)
            {
                context.Reject(line, RejectReason.ShortRow, null, "the row has " + csv.RowFieldCount.ToString(CultureInfo.InvariantCulture) + " fields for 6 columns");
                continue;
            }

            if (!Int(context, table, t, "t", out var year) || !Int(context, table, i, "i", out var exporter) || !Int(context, table, j, "j", out var importer))
            {
                continue;
            }

            if (year is < 1900 or > 2100)
            {
                context.Reject(line, RejectReason.BadYear, "t", year.ToString(CultureInfo.InvariantCulture) + " is not a year");
                continue;
            }

            var hs = Rows.Hs(context, line, "k", table.Text(k));
            if (hs is null || !Rows.Number(context, table, v, "v", false, out var value) || !Rows.Number(context, table, q, "q", false, out var quantity))
            {
                continue;
            }

            if (value is null)
            {
                context.Reject(line, RejectReason.MissingValue, "v", "no trade value");
                continue;
            }

            appender.CreateRow()
                .AppendValue((int?)context.ImportId).AppendValue((long?)line).AppendValue((int?)year).AppendValue((int?)exporter).AppendValue((int?)importer)
                .AppendValue(hs).AppendValue(value).AppendValue(quantity)
                .EndRow();
        }

        return [("flows", ["year", "exporter", "importer", "hs6"])];
    }

    private static (string Table, string[] Key)[] Countries(ImportContext context, TextTable table)
    {
        context.Layout = "BACI country codes";
        var code = table.Require(context, "BACI country codes", "country_code");
        var iso3 = table.Find("country_iso3", "iso_3digit_alpha");
        var name = table.Find("country_name", "country_name_full", "country_name_abbreviation");
        using var appender = context.Workspace.Connection.CreateAppender("countries");
        while (table.Read())
        {
            context.RowsRead++;
            if (!Int(context, table, code, "country_code", out var number))
            {
                continue;
            }

            appender.CreateRow().AppendValue((int?)context.ImportId).AppendValue((long?)table.Line).AppendValue((int?)number).AppendValue(table.Text(iso3)).AppendValue(table.Text(name)).EndRow();
        }

        return [("countries", ["code"])];
    }

    private static bool Int(ImportContext context, TextTable table, int column, string field, out int value)
    {
        var text = table.Text(column);
        if (text is not null && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        value = 0;
        context.Reject(table.Line, text is null ? RejectReason.MissingValue : RejectReason.BadCode, field, text is null ? "no value" : "\"" + text + "\" is not a whole number");
        return false;
    }
}
