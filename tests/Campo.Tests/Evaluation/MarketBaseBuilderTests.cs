using Campo.Composition;
using Campo.Data;
using Campo.Markets.World;

namespace Campo.Tests.Evaluation;

public class MarketBaseBuilderTests
{
    private static readonly Dataset Data = DatasetLoader.LoadDefault();
    private static readonly MarketBase Built = MarketBaseBuilder.Build(Data);

    [Fact]
    public void Every_market_balances_exactly()
    {
        Assert.All(Built.Data.Markets, m =>
        {
            var demand = m.Demand.Sum(d => d.Quantity.Value);
            var residual = m.Production.Value + m.Imports.Value - m.Exports.Value - demand - m.StockChange.Value;
            Assert.True(Math.Abs(residual) <= 1e-6 * Math.Max(1, m.Production.Value + m.Imports.Value), m.Region + " " + m.Commodity);
        });
    }

    [Fact]
    public void A_processed_commodity_takes_the_supply_elasticity_of_its_raw_commodity()
    {
        // Rule stated in MarketBaseBuilder: soybean oil (sbol) is crushed from soybeans (soyb).
        var usaSoy = Data.Base(new("USA"), new("soyb"))!.SupplyElasticity!.Value;
        var usaOil = Built.Data.Markets.Single(m => m.Region.Code == "USA" && m.Commodity.Code == "sbol");
        Assert.Equal(usaSoy, usaOil.SupplyElasticity, 12);
    }

    [Fact]
    public void Elasticities_have_the_right_signs()
    {
        Assert.All(Built.Data.Markets, m =>
        {
            Assert.True(m.SupplyElasticity >= 0);
            Assert.All(m.Demand, d => Assert.True(d.PriceElasticity <= 0));
        });
    }

    [Fact]
    public void Non_traded_commodities_are_left_out()
    {
        var nonTraded = Data.Commodities.Where(c => c.Kind == CommodityKind.NonTraded).Select(c => c.Id).ToHashSet();
        Assert.DoesNotContain(Built.Data.Markets, m => nonTraded.Contains(m.Commodity));
    }

    [Fact]
    public void Cross_price_links_act_only_on_food_demand_that_exists()
    {
        var withFood = Built.Data.Markets.Where(m => m.Demand.Any(d => d.Use == DemandUse.Food)).Select(m => (m.Region, m.Commodity)).ToHashSet();
        Assert.All(Built.Data.CrossPrices, c => Assert.Contains((c.Region, c.Commodity), withFood));
    }
}
