using Campo.Domain;
using Campo.Markets.World;

namespace Campo.Bench.Markets;

/// <summary>
/// A synthetic world of the default dataset's size (135 regions × 60 commodities) for benchmarks: made-up
/// but plausible balances, elasticities and wedges, tariff-rate quotas on a tenth of the import markets of
/// ten commodities, and food cross-price links among the first twenty commodities. Deterministic for a seed.
/// </summary>
internal static class SyntheticWorld
{
    public const int Regions = 135;
    public const int Commodities = 60;

    public static WorldMarketBase Build(int seed = 2005)
    {
        var random = new Random(seed);
        var regions = Enumerable.Range(0, Regions).Select(i => new MemberId($"{(char)('A' + (i / 26 % 26))}{(char)('A' + (i % 26))}Z")).ToArray();
        var commodities = Enumerable.Range(0, Commodities).Select(i => new CommodityId($"k{i:00}")).ToArray();
        var prices = commodities.Select(c => new CommodityWorldPrice(c, new UsdPerTonne(100 + (random.NextDouble() * 2000)))).ToList();
        var markets = new List<RegionMarketBase>();
        var links = new List<CrossPriceElasticity>();
        for (var c = 0; c < Commodities; c++)
        {
            var worldNet = 0.0;
            for (var r = 0; r < Regions; r++)
            {
                var production = Math.Exp(random.NextDouble() * 8);
                var kind = random.NextDouble();
                var last = r == Regions - 1;
                double net = last ? -worldNet : kind < 0.05 ? 0 : (random.NextDouble() - 0.55) * production;
                var demand = production - net;
                if (demand <= 0)
                {
                    demand = production * 0.1;
                    production = demand + net;
                }

                worldNet += net;
                var tariff = net < 0 ? random.NextDouble() : random.NextDouble() * 0.2;
                var exportWedge = net > 0 ? (random.NextDouble() - 0.6) * 0.2 : 0;
                TariffRateQuota? quota = null;
                if (c < 10 && net < 0 && random.NextDouble() < 0.3)
                {
                    var q = -net * (0.7 + (0.6 * random.NextDouble()));
                    quota = new TariffRateQuota(new Tonnes(q), new Rate(tariff * 0.3), new Rate(tariff), random.NextDouble());
                }

                var policy = new BorderPolicy(new Rate(tariff), new Wedge(exportWedge), new Wedge((random.NextDouble() * 0.6) - 0.2), new Wedge((random.NextDouble() * 0.2) - 0.1), quota);
                markets.Add(new RegionMarketBase(
                    regions[r],
                    commodities[c],
                    new Tonnes(production),
                    [
                        new DemandComponent(DemandUse.Food, new Tonnes(demand * 0.6), -0.1 - (random.NextDouble() * 0.6)),
                        new DemandComponent(DemandUse.Feed, new Tonnes(demand * 0.3), -0.2 - (random.NextDouble() * 0.6)),
                        new DemandComponent(DemandUse.Other, new Tonnes(demand * 0.1), -random.NextDouble() * 0.3),
                    ],
                    new Tonnes(Math.Max(-net, 0)),
                    new Tonnes(Math.Max(net, 0)),
                    0.1 + random.NextDouble(),
                    policy));
                if (c < 20)
                {
                    for (var j = 1; j <= 3; j++)
                    {
                        links.Add(new CrossPriceElasticity(regions[r], commodities[c], commodities[(c + j) % 20], 0.01 + (random.NextDouble() * 0.04)));
                    }
                }
            }
        }

        return new WorldMarketBase(prices, markets, links, "synthetic world");
    }

    /// <summary>A Doha-like shock: tariffs and out-of-quota rates cut by 36%, quotas up 5%, export subsidies removed.</summary>
    public static WorldMarketShock Shock(WorldMarketBase data)
    {
        var changes = new List<PolicyChange>();
        foreach (var m in data.Markets)
        {
            var p = m.Policy;
            changes.Add(new PolicyChange(m.Region, m.Commodity)
            {
                ImportTariff = new Rate(p.ImportTariff.Fraction * 0.64),
                ExportWedge = p.ExportWedge.Fraction > 0 ? Wedge.None : null,
                Quota = p.Quota is { } q ? new TariffRateQuota(q.Quota * 1.05, q.InQuotaRate, new Rate(Math.Max(q.OutOfQuotaRate.Fraction * 0.64, q.InQuotaRate.Fraction)), q.DomesticRentShare) : null,
            });
        }

        return new WorldMarketShock(changes, "synthetic Doha-like cut");
    }
}
