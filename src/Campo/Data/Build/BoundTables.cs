using System.Globalization;
using Campo.Data.Csv;

namespace Campo.Data.Build;

/// <summary>
/// Builds bound_averages.csv: each member's cited bound simple average on agricultural products, for the whole of
/// agriculture and for each AoA product group where the source gives one, with the MFN applied average of the same
/// source. Read from facts/tariff_profiles.csv: the World Tariff Profiles rows (indicator bound_simple_avg, product
/// groups "Agricultural products (AoA)" and the ten AoA groups) and the FAO (2003) case-study averages ("Agricultural
/// products (approx., FAO case study)"), which stand for the whole of agriculture where the profiles give nothing.
/// All-product averages (which include industrial goods) and the MTN groups (not the AoA coverage) are not used.
/// The final binding is taken where a row says "final"; otherwise the latest year (Egypt: 28% in 2004, after the
/// 62% of 1995).
/// </summary>
internal static class BoundTables
{
    private const string FaoLabel = "Agricultural products (approx., FAO case study)";

    public static void Write(BuildContext ctx)
    {
        var rows = ctx.Data.Rows("facts/tariff_profiles.csv").Select(r => r.Row).ToList();
        var table = new CsvWriter();
        table.Row(BoundRates.Columns);
        var chosen = new SortedDictionary<(string Member, int Group), string[]>();
        foreach (var byMemberGroup in rows.Where(r => r["indicator"] == "bound_simple_avg").GroupBy(r => (Member: r["member_iso3"], Label: r["product_group"])))
        {
            var (member, label) = byMemberGroup.Key;
            var isFao = label == FaoLabel;
            var group = isFao ? AoaProductGroup.AllAgricultural : AoaProductGroups.FromLabel(label);
            if (group is not { } g)
            {
                continue;
            }

            if (isFao && rows.Any(r => r["member_iso3"] == member && r["indicator"] == "bound_simple_avg" && r["product_group"] == AoaProductGroups.Label(AoaProductGroup.AllAgricultural)))
            {
                continue; // the World Tariff Profiles' figure comes first
            }

            var bound = Latest(byMemberGroup)!;
            var applied = Latest(rows.Where(r => r["member_iso3"] == member && r["product_group"] == label && r["indicator"] is "mfn_applied_simple_avg" or "applied_avg"));
            var source = bound["source"];
            if (applied is not null && applied["source"] != source)
            {
                source += " ; applied average: " + applied["source"];
            }

            chosen[(member, (int)g)] =
            [
                member,
                AoaProductGroups.Label(g),
                Number(bound["value_pct"]),
                applied is null ? string.Empty : Number(applied["value_pct"]),
                applied?["year"] ?? string.Empty,
                source,
            ];
        }

        foreach (var row in chosen.Values)
        {
            table.Row(row);
        }

        ctx.Save(DatasetFiles.BoundAverages, table);
    }

    /// <summary>The final binding if a row says "final", else the row of the latest year; null for no rows.</summary>
    private static IReadOnlyDictionary<string, string>? Latest(IEnumerable<IReadOnlyDictionary<string, string>> rows) =>
        rows.OrderByDescending(r => r["year"] == "final")
            .ThenByDescending(r => int.TryParse(r["year"].AsSpan(0, Math.Min(4, r["year"].Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0)
            .ThenBy(r => r["source"], StringComparer.Ordinal)
            .FirstOrDefault();

    private static string Number(string text) =>
        CsvWriter.Fixed(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), 2);
}
