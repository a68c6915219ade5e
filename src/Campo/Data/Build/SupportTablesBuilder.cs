using Campo.Data.Csv;
using Campo.Domain;

namespace Campo.Data.Build;

/// <summary>
/// Derives the support tables (<see cref="SupportTables"/>) from the project's cited transcriptions in data/sources:
/// notified domestic support (domestic_support_notified.csv), commodity programmes (commodity_programmes.csv) and
/// export subsidy outlays (export_subsidies_notified.csv). Every row is validated as the loader validates it (a source
/// per row, no negative amount, known commodities) and written sorted, so the build is reproducible.
/// </summary>
internal static class SupportTablesBuilder
{
    public static void Write(BuildContext ctx)
    {
        var commodities = CommodityCodes(ctx);
        var notified = SupportReader.Notified(Read(ctx, "domestic_support_notified.csv", SupportReader.NotifiedColumns));
        var programmes = SupportReader.Programmes(Read(ctx, "commodity_programmes.csv", SupportReader.ProgrammeColumns), commodities);
        var exports = SupportReader.ExportSubsidies(Read(ctx, "export_subsidies_notified.csv", SupportReader.ExportColumns), commodities);

        var n = new CsvWriter();
        n.Row(SupportReader.NotifiedColumns);
        foreach (var r in notified.OrderBy(r => r.Member.Code, StringComparer.Ordinal).ThenBy(r => r.Year, StringComparer.Ordinal).ThenBy(r => r.Measure))
        {
            n.Row(r.Member.Code, r.Year, MeasureName(r.Measure), CsvWriter.Fixed(r.MillionUsd, 1), r.Source.Source);
        }

        ctx.Save(SupportTables.NotifiedFile, n);

        var p = new CsvWriter();
        p.Row(SupportReader.ProgrammeColumns);
        foreach (var r in programmes.OrderBy(r => r.Member.Code, StringComparer.Ordinal).ThenBy(r => r.Commodity.Code, StringComparer.Ordinal).ThenBy(r => r.Year))
        {
            p.Row(r.Member.Code, r.Commodity.Code, r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvWriter.Fixed(r.MillionUsd, 1), r.Source.Source);
        }

        ctx.Save(SupportTables.ProgrammesFile, p);

        var e = new CsvWriter();
        e.Row(SupportReader.ExportColumns);
        foreach (var r in exports.OrderBy(r => r.Member.Code, StringComparer.Ordinal).ThenBy(r => r.Commodity?.Code ?? string.Empty, StringComparer.Ordinal).ThenBy(r => r.Year, StringComparer.Ordinal))
        {
            e.Row(r.Member.Code, r.Commodity?.Code ?? string.Empty, r.Year, CsvWriter.Fixed(r.MillionUsd, 1), CsvWriter.Fixed(r.MillionEur, 1), CsvWriter.Fixed(r.Tonnes, 0), r.Source.Source);
        }

        ctx.Save(SupportTables.ExportSubsidiesFile, e);
    }

    /// <summary>The file's name in the CSV as the reader expects it.</summary>
    public static string MeasureName(SupportMeasure measure) => measure switch
    {
        SupportMeasure.BoundTotalAms => "bound_total_ams",
        SupportMeasure.CurrentTotalAms => "current_total_ams",
        SupportMeasure.Blue => "blue",
        SupportMeasure.Green => "green",
        _ => "de_minimis",
    };

    private static CsvTable Read(BuildContext ctx, string file, string[] columns)
    {
        using var reader = new StringReader(ctx.Sources.Text(file));
        return CsvTable.Read(reader, ctx.Sources.Label(file), columns);
    }

    private static HashSet<CommodityId> CommodityCodes(BuildContext ctx)
    {
        using var reader = new StringReader(ctx.Files[DatasetFiles.Commodities]);
        var table = CsvTable.Read(reader, DatasetFiles.Commodities, "code");
        return table.Records.Select(r => table.Commodity(r, "code")).ToHashSet();
    }
}
