using System.Globalization;
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
                throw new CampoException(Messages.Fill(Messages.Data_UnknownRegionIn, context, region), Suggestions.DidYouMean(region.Code, regions.Select(r => r.Code), Messages.Fill(Messages.Data_CodeInFile, DatasetFiles.Regions)), t.Where(row, "region"));
            }

            if (!commodities.Contains(commodity))
            {
                throw new CampoException(Messages.Fill(Messages.Data_UnknownCommodityIn, context, commodity), Suggestions.DidYouMean(commodity.Code, commodities.Select(c => c.Code), Messages.Fill(Messages.Data_CodeInFile, DatasetFiles.Commodities)), t.Where(row, "commodity"));
            }

            if (!seen.Add((region, commodity)))
            {
                throw new CampoException(Messages.Fill(Messages.Data_TwiceRegionCommodity, context), Messages.Text(Messages.Data_OneRowPerRegionCommodity), t.Where(row, "commodity"));
            }

            Tonnes Quantity(string column)
            {
                var value = t.OptionalNumber(row, column, context) ?? 0;
                return value >= 0 ? Tonnes.FromThousands(value)
                    : throw new CampoException(Messages.Fill(Messages.Data_NegativeQuantity, context, column, value), Messages.Text(Messages.Data_QuantityFix), t.Where(row, column));
            }

            double? Elasticity(string column, bool supply)
            {
                var value = t.OptionalNumber(row, column, context);
                if (value is { } v && (supply ? v < 0 : v > 0))
                {
                    throw new CampoException(
                        Messages.Fill(supply ? Messages.Data_NegativeSupplyElasticity : Messages.Data_PositiveDemandElasticity, context, column, v),
                        Messages.Text(supply ? Messages.Data_SupplyElasticityFix : Messages.Data_DemandElasticityFix),
                        t.Where(row, column));
                }

                return value;
            }

            Wedge? WedgeOf(string column)
            {
                var value = t.OptionalNumber(row, column, context);
                return value is not { } v ? null
                    : v > -1 ? new Wedge(v)
                    : throw new CampoException(Messages.Fill(Messages.Data_ValueIs, context, column, v), Messages.Text(Messages.Data_WedgeFix), t.Where(row, column));
            }

            var tariff = t.OptionalNumber(row, "tariff_equivalent", context);
            if (tariff is < 0)
            {
                throw new CampoException(Messages.Fill(Messages.Data_NegativeTariff, context, "tariff_equivalent", tariff), Messages.Text(Messages.Data_TariffEquivalentFix), t.Where(row, "tariff_equivalent"));
            }

            var area = t.OptionalNumber(row, "area_kha", context);
            if (area is < 0)
            {
                throw new CampoException(Messages.Fill(Messages.Data_NegativeArea, context, "area_kha", area), Messages.Text(Messages.Data_AreaFix), t.Where(row, "area_kha"));
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
                Messages.Fill(Messages.Data_BalanceOff, context, residual.ToString("0.###", CultureInfo.InvariantCulture)),
                Messages.Fill(Messages.Data_ResidualWithin, tolerance.ToString("0.###", CultureInfo.InvariantCulture)),
                t.Where(row, "total_demand"));
        }

        var uses = r.UseResidual.Thousands;
        if (Math.Abs(uses) > tolerance)
        {
            throw new CampoException(
                Messages.Fill(Messages.Data_UsesOff, context, uses.ToString("0.###", CultureInfo.InvariantCulture)),
                Messages.Fill(Messages.Data_DifferenceWithin, tolerance.ToString("0.###", CultureInfo.InvariantCulture)),
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
                throw new CampoException(Messages.Fill(Messages.Data_UnknownRegionIn, context, region), Messages.Fill(Messages.Data_CodeInFile, DatasetFiles.Regions), t.Where(row, "region"));
            }

            foreach (var (column, code) in new[] { ("commodity", commodity), ("price_of", priceOf) })
            {
                if (!commodities.Contains(code))
                {
                    throw new CampoException(Messages.Fill(Messages.Data_UnknownCommodityIn, context, code), Suggestions.DidYouMean(code.Code, commodities.Select(c => c.Code), Messages.Fill(Messages.Data_CodeInFile, DatasetFiles.Commodities)), t.Where(row, column));
                }
            }

            list.Add(new CrossPriceElasticity(region, commodity, priceOf, t.Number(row, "value", context)));
        }

        return list;
    }
}
