using Campo.Domain;
using Campo.Markets.Armington;
using Campo.Regional;

namespace Campo.Tests.Regional;

/// <summary>
/// The bilateral base of NAFTA maize, built from the FAOSTAT balances in the dataset (data/default/faostat_balances.csv,
/// from ../shared/data/faostat, item 2514 "Maize and products", thousand tonnes) and the scenario's cited facts.
/// </summary>
public class CalibrationTests
{
    private static readonly MemberId Mex = new("MEX");
    private static readonly MemberId Usa = new("USA");
    private static readonly MemberId Can = new("CAN");
    private static readonly MemberId Row = RegionalAgreement.RestOfWorld;

    private static readonly CommodityBase Maize = Calibrate("maize");

    private static CommodityBase Calibrate(string commodity)
    {
        var agreement = Nafta.Scenario().Regional!;
        return BilateralCalibration.Calibrate(Nafta.Data, agreement, agreement.Commodities.Single(c => c.Name == commodity), "nafta-1994.toml");
    }

    private static double Column(CommodityBase b, MemberId importer) => b.Flows.Where(f => f.Importer == importer && f.Exporter != importer).Sum(f => f.Quantity.Value);

    private static double Sales(CommodityBase b, MemberId exporter) => b.Flows.Where(f => f.Exporter == exporter).Sum(f => f.Quantity.Value);

    [Fact]
    public void Mexicos_imports_are_the_faostat_average_of_1991_93()
    {
        // FAOSTAT, MEX, 2514, Import: 1991 1,456; 1992 1,360; 1993 313 kt. (1456 + 1360 + 313) / 3 = 1,043 kt.
        Assert.Equal((1456 + 1360 + 313) / 3.0 * 1000, Column(Maize, Mex), 6);
    }

    [Fact]
    public void Mexicos_domestic_sales_are_its_production_less_its_exports()
    {
        // FAOSTAT, MEX, 2514: production 14,252; 16,929; 18,125 and exports 40; 54; 90 kt (1991-93).
        var production = (14252 + 16929 + 18125) / 3.0;
        var exports = (40 + 54 + 90) / 3.0;
        Assert.Equal((production - exports) * 1000, Maize.Quantity(Mex, Mex), 6);
    }

    [Fact]
    public void The_united_states_supplies_the_cited_share_of_mexicos_imports()
    {
        // The scenario's share: 85.7% of (1456 + 1360 + 313) / 3 kt.
        Assert.Equal(0.857 * (1456 + 1360 + 313) / 3.0 * 1000, Maize.Quantity(Usa, Mex), 6);
        Assert.Equal("fact", Maize.Flow(Usa, Mex)!.Rule);
    }

    [Fact]
    public void The_us_share_in_the_scenario_follows_from_the_cited_fact_and_faostat()
    {
        // USDA ERS (NAFTA at 13): US corn exports to Mexico were about 15% of Mexican production in 1984-93.
        // FAOSTAT 1984-93 averages of Mexico's production and imports give the share of imports those exports were.
        var production = Nafta.Data.FaostatSeries("MEX", 2514, "Production")!.Values;
        var imports = Nafta.Data.FaostatSeries("MEX", 2514, "Import")!.Values;
        var years = Enumerable.Range(1984, 10).ToArray();
        var share = 0.15 * years.Average(y => production[y]) / years.Average(y => imports[y]);
        var stated = Nafta.Scenario().Parameters.Single(p => p.Path == "regional.commodities.maize.USA_to_MEX.share_of_imports").Value;
        Assert.Equal(stated, share * 100, 1);
    }

    [Fact]
    public void Each_partys_sales_add_up_to_its_production()
    {
        foreach (var region in Maize.Regions.Where(r => r.Region != Row))
        {
            Assert.Equal(region.Production.Value, Sales(Maize, region.Region), 6);
        }
    }

    [Fact]
    public void The_rest_of_the_world_is_the_world_less_the_parties()
    {
        // FAOSTAT WLD 2514 production 1991-93: 492,892; 531,978; 475,113 kt, less the three parties.
        var world = (492892 + 531978 + 475113) / 3.0;
        var parties = new[] { Mex, Usa, Can }.Sum(p => Maize.Regions.Single(r => r.Region == p).Production.Thousands);
        Assert.Equal(world - parties, Maize.Regions.Single(r => r.Region == Row).Production.Thousands, 6);
    }

    [Fact]
    public void The_calibrated_model_reproduces_the_base_flows_exactly()
    {
        var model = Maize.Model();
        var solution = model.Solve(ArmingtonShock.None);
        Assert.True(solution.Converged);
        Assert.Equal(0, solution.Iterations);
        Assert.All(solution.Regions, r => Assert.Equal(0, r.ExportPriceChange));
        foreach (var flow in solution.Flows)
        {
            Assert.Equal(0, flow.QuantityChange);
            Assert.Equal(Maize.Quantity(flow.Exporter, flow.Importer) * Maize.BasePrice, flow.Value.Scenario.Value, 6);
        }
    }

    [Fact]
    public void The_base_price_is_the_world_bank_average_of_1991_93()
    {
        // World Bank Pink Sheet, maize US Gulf, $/mt: 1991 107.420, 1992 104.246, 1993 102.090.
        Assert.Equal((107.420 + 104.246 + 102.090) / 3, Maize.BasePrice, 9);
    }

    [Fact]
    public void Mexicos_base_protection_on_maize_is_the_licence_equivalent_on_every_origin()
    {
        // The scenario's base tariff for MEX: 215%, licensed; it applies to US, Canadian and other maize alike.
        Assert.All(Maize.Flows.Where(f => f.Importer == Mex && f.Exporter != Mex), f =>
        {
            Assert.Equal(2.15, f.Tariff.Fraction, 12);
            Assert.True(f.Licensed);
        });
    }

    [Fact]
    public void A_specific_base_duty_is_converted_at_the_base_price()
    {
        // Beans: no price series, so IMPACT's 2005 world price (commodities.csv: 1680.8898 USD/t); 480 / 1680.8898.
        var beans = Calibrate("beans");
        Assert.Equal(1680.8898, beans.BasePrice, 4);
        Assert.Equal(480 / 1680.8898, beans.Flow(Usa, Mex)!.Tariff.Fraction, 9);
    }
}
