using Campo.Domain;
using Campo.Markets.World;
using FsCheck.Xunit;
using static Campo.Tests.Markets.MarketFixtures;

namespace Campo.Tests.Markets;

/// <summary>Properties that hold for every market the generators make (bytes mapped onto plausible ranges).</summary>
public class WorldMarketPropertyTests
{
    private static double Elasticity(byte b) => 0.05 + (b / 255.0 * 1.5);

    private static WorldMarketModel Model(byte a, byte b, byte c, byte d, byte tariff)
    {
        // BIG exports, SML imports behind a tariff of 0–200%, OTH imports behind 20% with an export tax band.
        // World net exports are 100 in the base (the data need not balance); clearing keeps that gap.
        var data = World(
            180,
            Market(Big, Maize, 1000, 600 - a, Elasticity(b), -Elasticity(c)),
            Market(Small, Maize, 100 + d, 300 + a, Elasticity(c), -Elasticity(d), Tariff(tariff / 255.0 * 2)),
            Market(Other, Maize, 200, 300 + d, Elasticity(a), -Elasticity(b), new BorderPolicy(new Rate(0.2), new Wedge(-0.1), Wedge.None, Wedge.None)));
        return WorldMarketModel.Calibrate(data);
    }

    [Property(MaxTest = 60)]
    public bool A_tariff_cut_by_an_importer_never_raises_its_consumer_price(byte a, byte b, byte c, byte d, byte tariff, byte cut)
    {
        var model = Model(a, b, c, d, tariff);
        var newRate = tariff / 255.0 * 2 * (1 - (cut / 255.0));
        var solution = model.Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = new Rate(newRate) }]));
        var r = solution.Market(Small, Maize);
        return solution.Converged && r.ConsumerPrice.Scenario.Value <= r.ConsumerPrice.Base.Value * (1 + 1e-12);
    }

    [Property(MaxTest = 60)]
    public bool A_tariff_cut_by_an_importer_never_lowers_the_world_price(byte a, byte b, byte c, byte d, byte tariff, byte cut)
    {
        var model = Model(a, b, c, d, tariff);
        var newRate = tariff / 255.0 * 2 * (1 - (cut / 255.0));
        var solution = model.Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = new Rate(newRate) }]));
        return solution.Converged && solution.Commodity(Maize).PriceChange >= -1e-12;
    }

    [Property(MaxTest = 60)]
    public bool A_larger_export_subsidy_never_raises_the_world_price(byte a, byte b, byte c, byte d, byte tariff, byte subsidy)
    {
        var model = Model(a, b, c, d, tariff);
        var solution = model.Solve(new WorldMarketShock([new PolicyChange(Big, Maize) { ExportWedge = new Wedge(subsidy / 255.0 * 0.5) }]));
        return solution.Converged && solution.Commodity(Maize).PriceChange <= 1e-12;
    }

    [Property(MaxTest = 60)]
    public bool Every_market_clears_and_welfare_adds_up(byte a, byte b, byte c, byte d, byte tariff, byte support)
    {
        var model = Model(a, b, c, d, tariff);
        var solution = model.Solve(new WorldMarketShock(
        [
            new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero, ProducerSupport = new Wedge(support / 255.0) },
            new PolicyChange(Other, Maize) { ExportWedge = new Wedge(0.05) },
        ]));
        var volume = solution.Markets.Sum(r => r.Production.Base.Value + r.Consumption.Base.Value) / 2;
        var net = solution.Markets.Sum(r => r.Production.Scenario.Value - r.Consumption.Scenario.Value - (r.Production.Base.Value - r.Consumption.Base.Value));
        var world = solution.Welfare.World;
        var parts = world.ProducerSurplus + world.ConsumerSurplus + world.Government + world.QuotaRent;
        return solution.Converged && Math.Abs(net) <= 1e-9 * volume && Math.Abs(parts.Value - world.Total.Value) <= 1e-9 * Math.Max(1, Math.Abs(world.Total.Value));
    }
}
