using System.Globalization;
using DuckDB.NET.Data;

namespace Campo.Workspace;

/// <summary>
/// FAOSTAT bulk CSV into <c>faostat</c> (one row per area, item, element, year). Three layouts:
/// <list type="bullet">
/// <item>normalized ("_All_Data_(Normalized).csv"): Area Code, Area, Item Code, Item, Element Code, Element, Year
/// Code, Year, Unit, Value, Flag (FAOSTAT's bulk download; columns as the FAOSTAT data record lists them);</item>
/// <item>wide ("_All_Data.csv"): the same keys and one column per year, Y1961, Y1961F (flag), ...;</item>
/// <item>gcamfaostat extracts: comment lines (#), then area_code, item_code, item, element, unit, area and one column
/// per year named by the year (GCAMFAOSTAT_FBSH_CB, GCAMFAOSTAT_ProdPrice).</item>
/// </list>
/// An empty or NA value is stored as missing; a value that is text refuses the line.
/// </summary>
internal static class FaostatImporter
{
    public static (string Table, string[] Key)[] Read(ImportContext context)
    {
        using var table = TextTable.Open(context.Path, context);
        var area = table.Find("area_code");
        var item = table.Find("item_code");
        var element = table.Find("element");
        if (area < 0 || item < 0 || element < 0)
        {
            throw context.Fail(RejectReason.UnknownLayout, "the header has no area_code, item_code and element columns: not a FAOSTAT bulk file (found " + string.Join(", ", table.Names.Take(8)) + ")", "give a FAOSTAT bulk CSV (normalized or wide) or a gcamfaostat extract", table.HeaderLine);
        }

        var areaName = table.Find("area");
        var itemName = table.Find("item");
        var unit = table.Find("unit");
        var yearColumns = new List<(int Column, int Year, int Flag)>();
        for (var i = 0; i < table.Names.Count; i++)
        {
            var name = table.Names[i];
            var digits = name.StartsWith('y') ? name[1..] : name;
            if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
            {
                yearColumns.Add((i, year, table.Find(name + "f")));
            }
        }

        var yearColumn = table.Find("year");
        var value = table.Find("value");
        if (yearColumns.Count == 0 && (yearColumn < 0 || value < 0))
        {
            throw context.Fail(RejectReason.MissingColumn, "no year and value columns, and no column per year", "give a FAOSTAT bulk CSV: Year and Value (normalized) or Y1961... (wide)", table.HeaderLine);
        }

        var flag = table.Find("flag");
        context.Layout = yearColumns.Count > 0
            ? (table.Names[yearColumns[0].Column].StartsWith('y') ? "FAOSTAT bulk, wide (Y-year columns)" : "gcamfaostat extract, wide (year columns)")
            : "FAOSTAT bulk, normalized";
        using var appender = context.Workspace.Connection.CreateAppender("faostat");
        while (table.Read())
        {
            context.RowsRead++;
            var line = table.Line;
            if (!Code(context, table, area, out var areaCode) || !Code(context, table, item, out var itemCode))
            {
                continue;
            }

            var elementText = table.Text(element);
            if (elementText is null)
            {
                context.Reject(line, RejectReason.MissingValue, "element", "no element");
                continue;
            }

            if (yearColumns.Count == 0)
            {
                var year = Rows.Year(context, line, "year", table.Text(yearColumn));
                if (year is null || !Rows.Number(context, table, value, "value", true, out var v))
                {
                    continue;
                }

                Append(appender, context, line, areaCode, table.Text(areaName), itemCode, table.Text(itemName), elementText, table.Text(unit), year.Value, v, table.Text(flag));
                continue;
            }

            var values = new double?[yearColumns.Count];
            var ok = true;
            for (var y = 0; y < yearColumns.Count && ok; y++)
            {
                ok = Rows.Number(context, table, yearColumns[y].Column, table.Names[yearColumns[y].Column], true, out values[y]);
            }

            if (!ok)
            {
                continue;
            }

            for (var y = 0; y < yearColumns.Count; y++)
            {
                if (values[y] is not null)
                {
                    Append(appender, context, line, areaCode, table.Text(areaName), itemCode, table.Text(itemName), elementText, table.Text(unit), yearColumns[y].Year, values[y], table.Text(yearColumns[y].Flag));
                }
            }
        }

        return [("faostat", ["area_code", "item_code", "element", "unit", "year"])];
    }

    private static bool Code(ImportContext context, TextTable table, int column, out int code)
    {
        var text = table.Text(column);
        if (text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out code))
        {
            return true;
        }

        code = 0;
        context.Reject(table.Line, text is null ? RejectReason.MissingValue : RejectReason.BadCode, table.Names[column], text is null ? "no code" : "\"" + text + "\" is not a FAOSTAT code");
        return false;
    }

    private static void Append(DuckDBAppender appender, ImportContext context, long line, int area, string? areaName, int item, string? itemName, string element, string? unit, int year, double? value, string? flag) =>
        appender.CreateRow()
            .AppendValue((int?)context.ImportId).AppendValue((long?)line).AppendValue((int?)area).AppendValue(areaName).AppendValue((int?)item).AppendValue(itemName)
            .AppendValue(element).AppendValue(unit).AppendValue((int?)year).AppendValue(value).AppendValue(flag)
            .EndRow();
}
