using Campo.Data.Csv;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Data;

/// <summary>
/// Reads and validates base_2005.csv and food_cross_elasticities.csv: known region and commodity, quantities of at
/// least 0 (stock change excepted), balance identities within tolerance, supply elasticities of at least 0 and
/// demand elasticities of at most 0. Every error names file, line, column, region, commodity and field.
/// </summary>
internal static class BaseReader
{
    public static readonly string[] Columns =
    [
        "region", "commodity", "production", "food", "feed", "other_uses", "seed", "waste", "processing", "total_demand", "stock_change",
        "imports", "exports", "area_kha", "tariff_equivalent", "export_wedge", "pse", "cse", "marketing_margin",
        "supply_elasticity", "food_elasticity", "other_elasticity", "feed_elasticity", "demand_elasticity",
    ];

    public static List<BaseRecord> Read(CsvTable t, HashSet<MemberId> regions, HashSet<CommodityId> commodities)
    {
        var records = new List<BaseRecord>();
        var seen = new HashSet<(MemberId, CommodityId)>();
        foreach (var row in t.Records)
        {
            var region = t.Member(row, "region");
            var commodity = t.Commodity(row, "commodity");
            var context = $"region {region}, commodity {commodity}";
            if (!regions.Contains(region))
            {
                throw new CampoException($"{context}: unknown region '{region}'", Suggestions.DidYouMean(region.Code, regions.Select(r => r.Code), "a code listed in regions.csv"), t.Where(row, "region"));
            }

            if (!commodities.Contains(commodity))
            {
                throw new CampoException($"{context}: unknown commodity '{commodity}'", Suggestions.DidYouMean(commodity.Code, commodities.Select(c => c.Code), "a code listed in commodities.csv"), t.Where(row, "commodity"));
            }

            if (!seen.Add((region, commodity)))
            {
                throw new CampoException($"{context}: the region and commodity appear twice", "one row per region and commodity", t.Where(row, "commodity"));
            }

            Tonnes Quantity(string column)
            {
                var value = t.OptionalNumber(row, column, context) ?? 0;
                return value >= 0 ? Tonnes.FromThousands(value)
                    : throw new CampoException($"{context}: {column} is {value} thousand tonnes, a negative quantity", "a quantity of at least 0", t.Where(row, column));
            }

            double? Elasticity(string column, bool supply)
            {
                var value = t.OptionalNumber(row, column, context);
                if (value is { } v && (supply ? v < 0 : v > 0))
                {
                    throw new CampoException(
                        $"{context}: {column} is {v}, a {(supply ? "negative supply" : "positive own-price demand")} elasticity",
                        supply ? "a supply elasticity of at least 0" : "an own-price demand elasticity of at most 0",
                        t.Where(row, column));
                }

                return value;
            }

            Wedge? WedgeOf(string column)
            {
                var value = t.OptionalNumber(row, column, context);
                return value is not { } v ? null
                    : v > -1 ? new Wedge(v)
                    : throw new CampoException($"{context}: {column} is {v}", "a price wedge above -1", t.Where(row, column));
            }

            var tariff = t.OptionalNumber(row, "tariff_equivalent", context);
            if (tariff is < 0)
            {
                throw new CampoException($"{context}: tariff_equivalent is {tariff}, a negative tariff", "a tariff equivalent of at least 0 (a fraction: 0.25 for 25%)", t.Where(row, "tariff_equivalent"));
            }

            var area = t.OptionalNumber(row, "area_kha", context);
            if (area is < 0)
            {
                throw new CampoException($"{context}: area_kha is {area}, a negative area", "an area of at least 0", t.Where(row, "area_kha"));
            }

            var record = new BaseRecord
            {
                Region = region,
                Commodity = commodity,
                Production = Quantity("production"),
                Food = Quantity("food"),
                Feed = Quantity("feed"),
                OtherUses = Quantity("other_uses"),
                Seed = Quantity("seed"),
                Waste = Quantity("waste"),
                Processing = Quantity("processing"),
                TotalDemand = Quantity("total_demand"),
                StockChange = Tonnes.FromThousands(t.OptionalNumber(row, "stock_change", context) ?? 0),
                Imports = Quantity("imports"),
                Exports = Quantity("exports"),
                AreaThousandHectares = area,
                TariffEquivalent = tariff is { } tm ? new Rate(tm) : null,
                ExportWedge = WedgeOf("export_wedge"),
                ProducerSupport = WedgeOf("pse"),
                ConsumerSupport = t.OptionalNumber(row, "cse", context),
                MarketingMargin = t.OptionalNumber(row, "marketing_margin", context),
                SupplyElasticity = Elasticity("supply_elasticity", supply: true),
                FoodDemandElasticity = Elasticity("food_elasticity", supply: false),
                OtherDemandElasticity = Elasticity("other_elasticity", supply: false),
                FeedDemandElasticity = Elasticity("feed_elasticity", supply: false),
                DemandElasticity = Elasticity("demand_elasticity", supply: false),
            };
            CheckBalance(t, row, context, record);
            records.Add(record);
        }

        return records;
    }

    /// <summary>
    /// Checks <c>production + imports - exports = total_demand + stock_change</c> and
    /// <c>total_demand = food + feed + other_uses + seed + waste + processing</c>, each within
    /// 0.01 kt + 1e-6 × the largest flow.
    /// </summary>
    private static void CheckBalance(CsvTable t, CsvRecord row, string context, BaseRecord r)
    {
        var flows = new[] { r.Production, r.Imports, r.Exports, r.TotalDemand, r.StockChange };
        var tolerance = DatasetLoader.BalanceToleranceThousandTonnes + (DatasetLoader.BalanceToleranceRelative * flows.Max(f => Math.Abs(f.Thousands)));
        var residual = r.BalanceResidual.Thousands;
        if (Math.Abs(residual) > tolerance)
        {
            throw new CampoException(
                $"{context}: the balance does not add up: production + imports - exports - total_demand - stock_change = {residual:0.###} thousand tonnes",
                $"a residual within {tolerance:0.###} thousand tonnes",
                t.Where(row, "total_demand"));
        }

        var uses = r.UseResidual.Thousands;
        if (Math.Abs(uses) > tolerance)
        {
            throw new CampoException(
                $"{context}: total_demand differs from the sum of the uses (food, feed, other_uses, seed, waste, processing) by {uses:0.###} thousand tonnes",
                $"a difference within {tolerance:0.###} thousand tonnes",
                t.Where(row, "total_demand"));
        }
    }

    public static List<CrossPriceElasticity> ReadCross(CsvTable t, HashSet<MemberId> regions, HashSet<CommodityId> commodities)
    {
        var list = new List<CrossPriceElasticity>();
        foreach (var row in t.Records)
        {
            var region = t.Member(row, "region");
            var commodity = t.Commodity(row, "commodity");
            var priceOf = t.Commodity(row, "price_of");
            var context = $"region {region}, commodity {commodity}";
            if (!regions.Contains(region))
            {
                throw new CampoException($"{context}: unknown region '{region}'", "a code listed in regions.csv", t.Where(row, "region"));
            }

            foreach (var (column, code) in new[] { ("commodity", commodity), ("price_of", priceOf) })
            {
                if (!commodities.Contains(code))
                {
                    throw new CampoException($"{context}: unknown commodity '{code}'", Suggestions.DidYouMean(code.Code, commodities.Select(c => c.Code), "a code listed in commodities.csv"), t.Where(row, column));
                }
            }

            list.Add(new CrossPriceElasticity(region, commodity, priceOf, t.Number(row, "value", context)));
        }

        return list;
    }
}
