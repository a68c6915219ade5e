using Campo.Domain;
using Campo.Markets.World;

namespace Campo.Tests.Markets;

/// <summary>Small synthetic markets for the world market tests. Every figure is made up for the test.</summary>
internal static class MarketFixtures
{
    public static readonly CommodityId Maize = new("maiz");
    public static readonly CommodityId Wheat = new("whea");
    public static readonly MemberId Big = new("BIG");
    public static readonly MemberId Small = new("SML");
    public static readonly MemberId Other = new("OTH");

    public static BorderPolicy Tariff(double t) => new(new Rate(t), Wedge.None, Wedge.None, Wedge.None);

    /// <summary>A market with one food demand component; imports and exports follow from the balance.</summary>
    public static RegionMarketBase Market(MemberId region, CommodityId commodity, double production, double demand, double supplyElasticity, double demandElasticity, BorderPolicy? policy = null, double stock = 0)
    {
        var net = production - demand - stock;
        return new RegionMarketBase(
            region,
            commodity,
            new Tonnes(production),
            [new DemandComponent(DemandUse.Food, new Tonnes(demand), demandElasticity)],
            new Tonnes(Math.Max(-net, 0)),
            new Tonnes(Math.Max(net, 0)),
            supplyElasticity,
            policy ?? BorderPolicy.FreeTrade)
        { StockChange = new Tonnes(stock) };
    }

    public static WorldMarketBase World(double worldPrice, params RegionMarketBase[] markets) =>
        new([new CommodityWorldPrice(markets[0].Commodity, new UsdPerTonne(worldPrice))], markets, [], "test data");

    /// <summary>Σ (S − D − ST) over regions for one commodity, from the results, with the stock changes given.</summary>
    public static double WorldNetExports(WorldMarketSolution solution, CommodityId commodity, Func<MemberId, double> stock, bool scenario)
    {
        var total = 0.0;
        foreach (var r in solution.Markets.Where(m => m.Commodity == commodity))
        {
            total += scenario
                ? r.Production.Scenario.Value - r.Consumption.Scenario.Value - stock(r.Region)
                : r.Production.Base.Value - r.Consumption.Base.Value - stock(r.Region);
        }

        return total;
    }
}
