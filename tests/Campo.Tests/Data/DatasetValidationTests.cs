using Campo.Data;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Tests.Data;

/// <summary>Loading rejects broken data and names file, line, column, region, commodity and field.</summary>
public class DatasetValidationTests
{
    private const string BaseHeader = "region,commodity,production,food,feed,other_uses,seed,waste,processing,total_demand,stock_change,imports,exports,area_kha,tariff_equivalent,export_wedge,pse,cse,marketing_margin,supply_elasticity,food_elasticity,other_elasticity,feed_elasticity,demand_elasticity";

    [Fact]
    public void A_valid_small_folder_loads()
    {
        using var tiny = new TinyDataset();
        var data = DatasetLoader.Load(tiny.Folder);
        var r = data.Base(new MemberId("MEX"), new CommodityId("maiz"))!;
        Assert.Equal(100, r.Production.Thousands, 9);
        Assert.Equal(-10, r.NetExports.Thousands, 9);
    }

    [Fact]
    public void A_negative_quantity_names_file_line_region_commodity_and_field()
    {
        using var tiny = new TinyDataset();
        // Imports -20 and exports 10 with production 130 keep the balance: 130 - 20 - 10 = 100 ≠ 110, so use production 140.
        tiny.Write(DatasetFiles.Base, BaseHeader, "MEX,maiz,140,60,40,,,10,,110,,-20,10,5,0.1,,,,0.3,0.9,-0.2,-0.3,-0.3,-0.24");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        AssertNames(error, tiny.PathOf(DatasetFiles.Base) + ":2:12", "imports", "negative quantity");
    }

    [Fact]
    public void A_balance_that_does_not_add_up_is_rejected()
    {
        using var tiny = new TinyDataset();
        // Production 100 + imports 20 - exports 10 = 110, but total demand says 120 (food 70): residual -10.
        tiny.Write(DatasetFiles.Base, BaseHeader, "MEX,maiz,100,70,40,,,10,,120,,20,10,5,0.1,,,,0.3,0.9,-0.2,-0.3,-0.3,-0.24");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        AssertNames(error, tiny.PathOf(DatasetFiles.Base) + ":2:10", "total_demand", "balance does not add up");
        Assert.Contains("-10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_that_do_not_sum_to_total_demand_are_rejected()
    {
        using var tiny = new TinyDataset();
        // Food 50 + feed 40 + waste 10 = 100, but total demand is 110.
        tiny.Write(DatasetFiles.Base, BaseHeader, "MEX,maiz,100,50,40,,,10,,110,,20,10,5,0.1,,,,0.3,0.9,-0.2,-0.3,-0.3,-0.24");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        AssertNames(error, tiny.PathOf(DatasetFiles.Base) + ":2:10", "total_demand", "sum of the uses");
    }

    [Fact]
    public void A_positive_demand_elasticity_is_rejected()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.Base, BaseHeader, "MEX,maiz,100,60,40,,,10,,110,,20,10,5,0.1,,,,0.3,0.9,0.2,-0.3,-0.3,-0.24");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        AssertNames(error, tiny.PathOf(DatasetFiles.Base) + ":2:21", "food_elasticity", "positive own-price demand elasticity");
    }

    [Fact]
    public void A_negative_supply_elasticity_is_rejected()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.Base, BaseHeader, "MEX,maiz,100,60,40,,,10,,110,,20,10,5,0.1,,,,0.3,-0.9,-0.2,-0.3,-0.3,-0.24");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        AssertNames(error, tiny.PathOf(DatasetFiles.Base) + ":2:20", "supply_elasticity", "negative supply elasticity");
    }

    [Fact]
    public void An_unknown_commodity_is_rejected_with_a_suggestion()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.Base, BaseHeader, "MEX,maiz,100,60,40,,,10,,110,,20,10,5,0.1,,,,0.3,0.9,-0.2,-0.3,-0.3,-0.24", "MEX,maze,100,60,40,,,10,,110,,20,10,5,0.1,,,,0.3,0.9,-0.2,-0.3,-0.3,-0.24");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        Assert.Contains(tiny.PathOf(DatasetFiles.Base) + ":3:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("commodity: region MEX, commodity maze: unknown commodity 'maze'; did you mean maiz?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_does_not_parse_names_the_value_found()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.Base, BaseHeader, "MEX,maiz,1OO,60,40,,,10,,110,,20,10,5,0.1,,,,0.3,0.9,-0.2,-0.3,-0.3,-0.24");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        AssertNames(error, tiny.PathOf(DatasetFiles.Base) + ":2:3", "production", "'1OO' is not a number");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var tiny = new TinyDataset();
        File.Delete(tiny.PathOf(DatasetFiles.Commodities));
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        Assert.Contains("commodities.csv is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_in_an_unknown_region_is_rejected()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.Members, "code,wto_name,name_en,name_es,name_fr,name_pt,accession,original,region,relation,region_note,developed_assumption", "MEX,Mexico,Mexico,México,Mexique,México,1995-01-01,true,MXE,Own,,");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        AssertNames(error, tiny.PathOf(DatasetFiles.Members) + ":2:9", "region", "unknown region 'MXE'");
    }

    private static void AssertNames(CampoException error, string position, string field, string problem)
    {
        Assert.StartsWith(position + ": " + field + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        if (field != "region")
        {
            Assert.Contains("region MEX, commodity maiz", error.Message, StringComparison.Ordinal);
        }
    }
}
