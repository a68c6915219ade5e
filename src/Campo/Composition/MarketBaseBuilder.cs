using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Markets.World;

namespace Campo.Composition;

/// <summary>
/// Turns the dataset's 2005 base into the world market model's input: one market per region and traded
/// commodity, its demand split by use, its border policy and its elasticities, and the food cross-price
/// elasticities. Where the dataset has no elasticity the builder fills one by a stated rule and says so in
/// <see cref="MarketBase.Notes"/>:
/// <list type="bullet">
/// <item>a processed commodity (oil, meal, sugar) takes the supply elasticity of the raw commodity it is made
/// from in the same region (IMPACT derives their supply from crushing or refining; dataset assumption
/// <c>supply-processed</c>);</item>
/// <item>any other missing own-price elasticity takes the median of the region's available elasticities of the
/// same side (supply or demand), a value derived from the data, not chosen.</item>
/// </list>
/// Demand uses are food, feed and other; seed, waste and processing are spread over them in proportion, as the
/// dataset's total demand elasticity assumes (dataset assumption <c>demand-elasticity</c>). The consumer wedge is
/// minus IMPACT's CSE, except where producers are supported and the CSE has the same sign (see
/// <see cref="ConsumerPaysMarketPrice"/>). Marketing margins are not modelled. The rounding residual of each balance (within the
/// dataset's validated tolerance) is added to the stock change, so the model's base balances exactly.
/// </summary>
public static class MarketBaseBuilder
{
    /// <summary>The raw commodity each processed commodity is made from (IMPACT's crushing and refining links).</summary>
    public static IReadOnlyDictionary<string, string> RawOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sugr"] = "sugc",
        ["sbol"] = "soyb",
        ["sbml"] = "soyb",
        ["rpol"] = "rpsd",
        ["rpml"] = "rpsd",
        ["sfol"] = "snfl",
        ["sfml"] = "snfl",
        ["gdol"] = "grnd",
        ["gdml"] = "grnd",
        ["plol"] = "palm",
        ["pkol"] = "palm",
        ["pkml"] = "palm",
        ["pkrl"] = "palm",
        ["tool"] = "tols",
        ["toml"] = "tols",
    };

    /// <summary>Builds the world market base from a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="includeCrossPrices">False to drop the food cross-price elasticities (each commodity then clears alone).</param>
    public static MarketBase Build(Dataset dataset, bool includeCrossPrices = true)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var traded = dataset.Commodities.Where(c => c.Kind != CommodityKind.NonTraded && c.WorldPrice is not null).ToDictionary(c => c.Id);
        var byCell = dataset.BaseRecords.ToDictionary(r => (r.Region, r.Commodity));
        var supplyMedian = RegionMedians(dataset.BaseRecords, r => r.SupplyElasticity);
        var demandMedian = RegionMedians(dataset.BaseRecords, r => r.DemandElasticity);
        var filledSupply = 0;
        var filledFromRaw = 0;
        var filledDemand = 0;
        var consumersAtMarketPrice = 0;
        var markets = new List<RegionMarketBase>();
        foreach (var record in dataset.BaseRecords)
        {
            if (!traded.ContainsKey(record.Commodity) || (record.Production.Value <= 0 && record.TotalDemand.Value <= 0))
            {
                continue;
            }

            var supplyElasticity = record.SupplyElasticity;
            if (supplyElasticity is null && record.Production.Value > 0)
            {
                if (RawOf.TryGetValue(record.Commodity.Code, out var raw) && byCell.TryGetValue((record.Region, new CommodityId(raw)), out var rawRecord) && rawRecord.SupplyElasticity is { } fromRaw)
                {
                    supplyElasticity = fromRaw;
                    filledFromRaw++;
                }
                else
                {
                    supplyElasticity = supplyMedian.GetValueOrDefault(record.Region, 0);
                    filledSupply++;
                }
            }

            var total = record.DemandElasticity;
            if (total is null && record.TotalDemand.Value > 0)
            {
                total = demandMedian.GetValueOrDefault(record.Region, 0);
                filledDemand++;
            }

            if (ConsumerPaysMarketPrice(record))
            {
                consumersAtMarketPrice++;
            }

            markets.Add(new RegionMarketBase(
                record.Region,
                record.Commodity,
                record.Production,
                DemandComponents(record, total ?? 0),
                record.Imports,
                record.Exports,
                supplyElasticity ?? 0,
                PolicyOf(dataset, record))
            {
                // The dataset balances within its stated tolerance (rounding to 1 t); the residual joins the stock
                // change so that the model starts from an exact balance.
                StockChange = record.StockChange + record.BalanceResidual,
            });
        }

        // Food cross-price elasticities act on food demand: keep those whose market has food demand and whose
        // price-giving commodity has a market in the same region.
        var cells = markets.Select(m => (m.Region, m.Commodity)).ToHashSet();
        var foodCells = markets.Where(m => m.Demand.Any(d => d.Use == DemandUse.Food)).Select(m => (m.Region, m.Commodity)).ToHashSet();
        var crossPrices = includeCrossPrices
            ? dataset.CrossPriceElasticities
                .Where(c => foodCells.Contains((c.Region, c.Commodity)) && cells.Contains((c.Region, c.PriceOf)) && c.Value != 0)
                .Select(c => new Campo.Markets.World.CrossPriceElasticity(c.Region, c.Commodity, c.PriceOf, c.Value))
                .ToArray()
            : [];
        var prices = traded.Values.OrderBy(c => c.Id).Select(c => new CommodityWorldPrice(c.Id, c.WorldPrice!.Value)).ToArray();
        var notes = new List<string>
        {
            Count(filledFromRaw) + " processed-commodity markets take the supply elasticity of their raw commodity in the same region (IMPACT derives their supply from crushing or refining).",
            Count(filledSupply) + " markets with no supply elasticity in the data take the median supply elasticity of their region.",
            Count(filledDemand) + " markets with no demand elasticity in the data (mostly oilseed meals, a feed use) take the median demand elasticity of their region.",
            "Marketing margins are not modelled; the consumer wedge is minus IMPACT's consumer subsidy equivalent.",
            "Producer support: only the budgetary part of IMPACT's PSE (what the border wedge and consumers do not already pay) is a producer wedge and a treasury outlay; market price support is carried by the tariff (docs/models/support.md)." + ProgrammeNote(dataset),
            Count(consumersAtMarketPrice) + " markets where IMPACT gives producers support and consumers a subsidy of the same sign (Japan's rice, Norway's pork, ...: market price support stated as a magnitude) take no consumer wedge: consumers pay the domestic market price, which already carries the tariff.",
        };
        if (!includeCrossPrices)
        {
            notes.Add("Cross-price elasticities are switched off: each commodity's market clears on its own.");
        }

        var data = new WorldMarketBase(prices, markets, crossPrices, "the " + dataset.Origin + " dataset (base " + Dataset.BaseYear.ToString(CultureInfo.InvariantCulture) + ")");
        return new MarketBase(data, notes);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string ProgrammeNote(Dataset dataset) => string.Concat(dataset.Support.Programmes.Select(p =>
        string.Create(CultureInfo.InvariantCulture, $" {p.Member} {p.Commodity} support is the cited programme outlay of {p.MillionUsd:#,0} million USD ({p.Year}; {p.Source.Source}) as a share of the base value of production.")));

    /// <summary>
    /// The base policy of a market. The producer wedge is the budgetary (amber) part of IMPACT's PSE, or a cited
    /// commodity programme's rate; market price support is carried by the tariff and is not a budget outlay
    /// (<see cref="SupportPolicy"/>). The export wedge is IMPACT's TE, or a cited export subsidy outlay for a net exporter.
    /// </summary>
    private static BorderPolicy PolicyOf(Dataset dataset, BaseRecord record) => new(
        record.TariffEquivalent ?? Rate.Zero,
        new Wedge(SupportPolicy.ExportWedge(dataset, record)),
        new Wedge(SupportPolicy.ProducerWedge(dataset, record)),
        record.ConsumerSupport is { } cse && cse < 1 && !ConsumerPaysMarketPrice(record) ? new Wedge(-cse) : Wedge.None);

    /// <summary>
    /// True where IMPACT's CSE cannot be a subsidy to consumers: producers are supported (PSE &gt; 0) and the CSE is
    /// positive too, often at IMPACT's cap of 0.9999 (Japan's rice, Korea's pork, Norway's beef). Under OECD
    /// conventions market price support taxes consumers (negative CSE) as it supports producers, so these values
    /// are the consumers' implicit tax stated as a magnitude; read as a subsidy (pc = pb·(1 − CSE)) they would put
    /// the consumer price near zero and leave consumers no surplus to gain. The model already passes that support
    /// to consumers through the tariff in the domestic price, so consumers pay that price with no further wedge.
    /// </summary>
    private static bool ConsumerPaysMarketPrice(BaseRecord record) =>
        record.ConsumerSupport is > 0 && record.ProducerSupport is { } pse && pse.Fraction > 0;

    private static List<DemandComponent> DemandComponents(BaseRecord record, double totalElasticity)
    {
        var components = new List<DemandComponent>(3);
        var uses = record.Food.Value + record.Feed.Value + record.OtherUses.Value;
        if (record.TotalDemand.Value <= 0)
        {
            return components;
        }

        if (uses <= 0)
        {
            // Only seed, waste or processing: one component at the total elasticity.
            components.Add(new DemandComponent(DemandUse.Other, record.TotalDemand, totalElasticity));
            return components;
        }

        var scale = record.TotalDemand.Value / uses;
        Add(DemandUse.Food, record.Food, record.FoodDemandElasticity);
        Add(DemandUse.Feed, record.Feed, record.FeedDemandElasticity);
        Add(DemandUse.Other, record.OtherUses, record.OtherDemandElasticity);
        return components;

        void Add(DemandUse use, Tonnes quantity, double? elasticity)
        {
            if (quantity.Value > 0)
            {
                components.Add(new DemandComponent(use, quantity * scale, elasticity ?? totalElasticity));
            }
        }
    }

    private static Dictionary<MemberId, double> RegionMedians(IEnumerable<BaseRecord> records, Func<BaseRecord, double?> value) =>
        records.Where(r => value(r) is not null)
            .GroupBy(r => r.Region)
            .ToDictionary(g => g.Key, g => Median(g.Select(r => value(r)!.Value).ToList()));

    private static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[(n / 2) - 1] + values[n / 2]);
    }
}

/// <summary>The world market input built from a dataset, with the rules used to fill gaps.</summary>
/// <param name="Data">The model input.</param>
/// <param name="Notes">Each gap-filling rule and how many markets it touched.</param>
public sealed record MarketBase(WorldMarketBase Data, IReadOnlyList<string> Notes);
