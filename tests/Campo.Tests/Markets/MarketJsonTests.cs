using System.Text.Json;
using Campo.Domain;
using Campo.Markets.World;
using Campo.Reports;
using static Campo.Tests.Markets.MarketFixtures;

namespace Campo.Tests.Markets;

public class MarketJsonTests
{
    [Fact]
    public void A_solution_serialises_with_named_base_and_scenario_figures_and_welfare_components()
    {
        var model = WorldMarketModel.Calibrate(World(200, Market(Big, Maize, 1000, 600, 0.4, -0.3), Market(Small, Maize, 100, 500, 0.3, -0.4, Tariff(0.5))));
        var solution = model.Solve(new WorldMarketShock([new PolicyChange(Small, Maize) { ImportTariff = Rate.Zero }], "free"));
        using var json = JsonDocument.Parse(CampoJson.Serialize(solution));
        var market = json.RootElement.GetProperty("markets")[1];
        Assert.Equal("SML", market.GetProperty("region").GetString());
        Assert.Equal("importer", market.GetProperty("regime").GetString());
        var production = market.GetProperty("production");
        Assert.Equal(100, production.GetProperty("base").GetProperty("value").GetDouble(), 9);
        Assert.True(production.GetProperty("scenario").GetProperty("value").GetDouble() < 100);
        Assert.True(market.GetProperty("welfare").GetProperty("consumerSurplus").GetProperty("value").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("converged").GetBoolean());
    }
}
