using System.Globalization;
using Campo.Data.Csv;

namespace Campo.Data.Build;

/// <summary>
/// Builds commodities.csv, base_2005.csv and food_cross_elasticities.csv from IMPACT. For a market region made of
/// several IMPACT regions (EUN) quantities are summed and rates are weighted means: TM by imports, TE by exports,
/// PSE and supply elasticities by production, CSE and margins by total demand, food elasticities by food demand,
/// other-use elasticities by other uses; a rate whose weights are all zero is the plain mean.
/// </summary>
internal static class BaseTables
{
    /// <summary>The quantity elements written, in order, with their column names.</summary>
    private static readonly (string Element, string Column)[] Quantities =
    [
        ("QS", "production"), ("QF", "food"), ("QL", "feed"), ("QOth", "other_uses"), ("QSD", "seed"), ("QW", "waste"),
        ("QC", "processing"), ("QD", "total_demand"), ("QST", "stock_change"), ("QM", "imports"), ("QE", "exports"), ("ARA", "area_kha"),
    ];

    /// <summary>FAOSTAT-style commodity names in facts/commodity_tariffs.csv mapped to IMPACT codes, for HS headings.</summary>
    private static readonly Dictionary<string, string> FactCommodities = new(StringComparer.Ordinal)
    {
        ["maize"] = "maiz",
        ["maize (white)"] = "maiz",
        ["wheat"] = "whea",
        ["wheat flour"] = "whea",
        ["rice"] = "rice",
        ["rice (milled)"] = "rice",
        ["rice (husked/brown)"] = "rice",
        ["sugar"] = "sugr",
        ["sugar (raw cane)"] = "sugr",
        ["soybean_oil"] = "sbol",
        ["dry_beans"] = "bean",
        ["barley"] = "barl",
        ["milk_powder"] = "milk",
        ["cotton"] = "cott",
        ["palm oil (crude)"] = "plol",
        ["poultry_meat"] = "poul",
        ["beef"] = "beef",
        ["soybeans"] = "soyb",
    };

    public static string? FactCommodity(string name) => FactCommodities.TryGetValue(name, out var code) ? code : null;

    public static void Write(BuildContext ctx)
    {
        var impact = ctx.Impact;
        var codes = impact.Base.Keys.Select(k => k.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        WriteCommodities(ctx, codes);

        var rows = new CsvWriter();
        rows.Row([
            "region", "commodity", .. Quantities.Select(q => q.Column), "tariff_equivalent", "export_wedge", "pse", "cse", "marketing_margin",
            "supply_elasticity", "food_elasticity", "other_elasticity", "feed_elasticity", "demand_elasticity",
        ]);
        var cross = new CsvWriter();
        cross.Row("region", "commodity", "price_of", "value");
        foreach (var region in ctx.Regions.MarketRegions)
        {
            var ctys = ctx.Regions.ImpactRegionsOf[region];
            foreach (var code in codes)
            {
                var parts = ctys.Where(c => impact.Base.ContainsKey((c, code))).ToList();
                if (parts.Count == 0)
                {
                    continue;
                }

                double Sum(string element) => parts.Sum(c => impact.Base[(c, code)].GetValueOrDefault(element));
                double? Mean(Dictionary<(string, string), double> table, string weight) => Weighted(parts.Select(c =>
                    (table.TryGetValue((c, code), out var v) ? v : (double?)null, impact.Base[(c, code)].GetValueOrDefault(weight))));

                var supply = impact.CropCodes.Contains(code) ? Mean(impact.CropSupply, "QS") : impact.LivestockCodes.Contains(code) ? Mean(impact.LivestockSupply, "QS") : null;
                var food = Mean(impact.FoodOwn, "QF");
                var other = Mean(impact.OtherOwn, "QOth");
                var (qf, ql, qo) = (Sum("QF"), Sum("QL"), Sum("QOth"));
                var feed = ql > 0 ? other : null;
                var demand = DemandElasticity([(qf, food), (ql, feed), (qo, other)]);
                var fields = new List<string> { region, code };
                fields.AddRange(Quantities.Select(q => parts.Any(c => impact.Base[(c, code)].ContainsKey(q.Element)) ? CsvWriter.Fixed(Sum(q.Element), 3) : string.Empty));
                fields.AddRange([
                    CsvWriter.Fixed(Mean(impact.Tm, "QM"), 6),
                    CsvWriter.Fixed(Mean(impact.Te, "QE"), 6),
                    CsvWriter.Fixed(Mean(impact.Pse, "QS"), 6),
                    CsvWriter.Fixed(Mean(impact.Cse, "QD"), 6),
                    CsvWriter.Fixed(Mean(impact.Mm, "QD"), 6),
                    CsvWriter.Fixed(supply, 6),
                    CsvWriter.Fixed(food, 6),
                    CsvWriter.Fixed(other, 6),
                    CsvWriter.Fixed(feed, 6),
                    CsvWriter.Fixed(demand, 6),
                ]);
                rows.Row([.. fields]);

                foreach (var priceOf in codes)
                {
                    var value = Weighted(parts.Select(c => (impact.FoodCross.TryGetValue((c, code, priceOf), out var v) ? v : (double?)null, impact.Base[(c, code)].GetValueOrDefault("QF"))));
                    if (value is { } x && Math.Round(x, 6) != 0)
                    {
                        cross.Row(region, code, priceOf, CsvWriter.Fixed(x, 6));
                    }
                }
            }
        }

        ctx.Save(DatasetFiles.Base, rows);
        ctx.Save(DatasetFiles.CrossElasticities, cross);
    }

    /// <summary>
    /// Own-price elasticity of total demand: ε_D = Σ_u q_u ε_u / Σ_u q_u over the uses u ∈ {food, feed, other}
    /// with q_u &gt; 0 and a known ε_u. Seed, waste and crushing are taken to move in proportion with these uses.
    /// Null when no use has both a quantity and an elasticity.
    /// </summary>
    public static double? DemandElasticity(IEnumerable<(double Quantity, double? Elasticity)> uses)
    {
        double weighted = 0, weight = 0;
        foreach (var (q, e) in uses)
        {
            if (q > 0 && e is { } value)
            {
                weighted += q * value;
                weight += q;
            }
        }

        return weight > 0 ? weighted / weight : null;
    }

    /// <summary>Σ v w / Σ w over the present values; the plain mean when the weights of the present values are all zero; null when none.</summary>
    public static double? Weighted(IEnumerable<(double? Value, double Weight)> values)
    {
        double weighted = 0, weight = 0, sum = 0;
        var n = 0;
        foreach (var (v, w) in values)
        {
            if (v is not { } value)
            {
                continue;
            }

            n++;
            sum += value;
            if (w > 0)
            {
                weighted += value * w;
                weight += w;
            }
        }

        return n == 0 ? null : weight > 0 ? weighted / weight : sum / n;
    }

    private static void WriteCommodities(BuildContext ctx, List<string> codes)
    {
        var impact = ctx.Impact;
        var cells = XlsxSheet.Read(ctx.Data.Path("impact/CorrespondenceFiles/Sets.xlsx"), ctx.Data.Label("impact/CorrespondenceFiles/Sets.xlsx"), "Commodities");
        var faoNames = new Dictionary<int, string>();
        var faoItems = new Dictionary<string, SortedDictionary<int, string>>(StringComparer.Ordinal);
        foreach (var ((row, column), text) in cells)
        {
            if (column == "A" && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fj) && cells.TryGetValue((row, "B"), out var name))
            {
                faoNames[fj] = name.Trim();
            }
        }

        foreach (var ((row, column), text) in cells)
        {
            if (column == "M" && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fj) && cells.TryGetValue((row, "N"), out var j))
            {
                var code = ImpactTables.Strip(j);
                if (!faoItems.TryGetValue(code, out var items))
                {
                    faoItems[code] = items = [];
                }

                items[fj] = faoNames.GetValueOrDefault(fj, string.Empty);
            }
        }

        var hs = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (_, row) in ctx.Data.Rows("facts/commodity_tariffs.csv"))
        {
            var digits = row["hs_code"];
            if (FactCommodity(row["commodity"]) is { } code && digits.Length >= 4 && digits.All(char.IsAsciiDigit))
            {
                if (!hs.TryGetValue(code, out var set))
                {
                    hs[code] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(digits[..4]);
            }
        }

        var table = new CsvWriter();
        table.Row("code", "name", "kind", "fao_items", "hs_headings", "world_price_usd_per_t");
        foreach (var code in codes)
        {
            var kind = !impact.WorldPrices.ContainsKey(code) ? CommodityKind.NonTraded
                : impact.CropCodes.Contains(code) ? CommodityKind.Crop
                : impact.LivestockCodes.Contains(code) ? CommodityKind.Livestock
                : CommodityKind.Processed;
            var items = faoItems.TryGetValue(code, out var f) ? string.Join(';', f.Select(p => p.Key.ToString(CultureInfo.InvariantCulture) + ":" + p.Value)) : string.Empty;
            table.Row(
                code,
                impact.CommodityNames.GetValueOrDefault(code, code),
                kind.ToString(),
                items,
                hs.TryGetValue(code, out var h) ? string.Join(' ', h) : string.Empty,
                impact.WorldPrices.TryGetValue(code, out var pw) ? CsvWriter.Fixed(pw, 4) : string.Empty);
        }

        ctx.Save(DatasetFiles.Commodities, table);
    }
}
