using Campo.Errors;
using Campo.Regional.Dumping;

namespace Campo.Tests.Regional;

public class DumpingTests
{
    [Fact]
    public void The_margin_of_iatps_worked_example_is_20_percent() =>
        // IATP fact sheet: corn that costs 2.50 USD/bu sold at 2.00: (2.50 − 2.00)/2.50 = 20% (reference §3.1 [V]).
        Assert.Equal(0.20, DumpingCalculator.Margin(2.50, 2.00), 12);

    [Fact]
    public void The_margin_of_oxfams_2002_figures_is_12_7_percent() =>
        // Oxfam (2003), US corn 2002: cost 3.08, export price 2.69 USD/bu: 0.39/3.08 = 12.66% (reference §3.3 [S]).
        Assert.Equal(0.127, DumpingCalculator.Margin(3.08, 2.69), 3);

    [Fact]
    public void A_bushel_of_corn_is_56_pounds()
    {
        // 56 lb × 0.45359237 kg/lb = 25.40117272 kg; a tonne is 1000 / 25.40117272 = 39.368 bushels.
        Assert.Equal(0.02540117272, DumpingCalculator.TonnesPerBushel, 12);
        Assert.Equal(39.368, 1 / DumpingCalculator.TonnesPerBushel, 3);
    }

    [Fact]
    public void The_2002_margin_is_the_hand_calculation_from_ers_costs_and_the_gulf_price()
    {
        // ERS 2002: total costs listed 334.31 USD per planted acre, yield 134 bu per planted acre: 2.49485 USD/bu,
        // 98.218 USD/t. World Bank maize (US Gulf) 2002: 99.271 USD/t. Margin = (98.218 − 99.271)/98.218 = −1.07%.
        var row = DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(2002, 2002)).Years.Single();
        Assert.Equal(334.31 / 134, row.CostUsdPerBushel, 12);
        Assert.Equal(334.31 / 134 / 0.02540117272, row.CostUsdPerTonne, 9);
        Assert.Equal(99.271, row.PriceUsdPerTonne, 9);
        Assert.Equal((row.CostUsdPerTonne - 99.271) / row.CostUsdPerTonne, row.Margin, 12);
        Assert.Equal(-0.0107, row.Margin, 4);
    }

    [Fact]
    public void Other_cost_bases_prices_and_transport_follow_the_same_formula()
    {
        // ERS 2005: operating costs 186.37 USD/acre, yield 149 bu/acre; harvest price 1.74 USD/bu; transport 20 USD/t.
        // Cost = 186.37/149/0.02540117272 + 20; price = 1.74/0.02540117272.
        var inputs = new DumpingInputs(2005, 2005, CostBasis.Operating, ExportPrice.Harvest, 20);
        var row = DumpingCalculator.Compute(Nafta.Data, "maize", inputs).Years.Single();
        var cost = (186.37 / 149 / 0.02540117272) + 20;
        var price = 1.74 / 0.02540117272;
        Assert.Equal((cost - price) / cost, row.Margin, 12);
    }

    [Fact]
    public void Years_without_cost_data_are_refused()
    {
        var error = Assert.Throws<CampoException>(() => DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(1994, 2000)));
        Assert.Equal("--from: no cost data for 1994: the USDA ERS corn costs in the data cover 1996-2016; choose years from 1996 to 2016", error.Message);
    }

    [Fact]
    public void A_commodity_without_cost_data_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => DumpingCalculator.Compute(Nafta.Data, "beans", new DumpingInputs(2000, 2001)));
        Assert.StartsWith("--commodity: no cost of production data for Beans", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_transport_cost_is_refused() =>
        Assert.Throws<CampoException>(() => DumpingCalculator.Compute(Nafta.Data, "maize", new DumpingInputs(2000, 2001, TransportUsdPerTonne: -5)));
}
