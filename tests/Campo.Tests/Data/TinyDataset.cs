using Campo.Data;

namespace Campo.Tests.Data;

/// <summary>A minimal valid dataset folder (one region, one commodity) that tests can break one field at a time.</summary>
internal sealed class TinyDataset : IDisposable
{
    /// <summary>The base row: production 100 + imports 20 - exports 10 = total demand 110 (food 60 + feed 40 + waste 10).</summary>
    public const string BaseRow = "MEX,maiz,100,60,40,,,10,,110,,20,10,5,0.1,,,,0.3,0.9,-0.2,-0.3,-0.3,-0.24";

    public TinyDataset()
    {
        Folder = Directory.CreateTempSubdirectory("campo-tiny").FullName;
        Write(DatasetFiles.Assumptions, "key,text", "bound-unknown,Bound rate unknown: applied tariff equivalent used.");
        Write(DatasetFiles.Regions, "code,name,impact_regions,countries", "MEX,Mexico,MEX,MEX");
        Write(DatasetFiles.Members, "code,wto_name,name_en,name_es,name_fr,name_pt,accession,original,region,relation,region_note,developed_assumption", "MEX,Mexico,Mexico,México,Mexique,México,1995-01-01,true,MEX,Own,,");
        Write(DatasetFiles.MemberPeriods, "code,kind,from,to,source,reliability");
        Write(DatasetFiles.Coalitions, "code,name,vintage,vintage_date,source");
        Write(DatasetFiles.CoalitionMembers, "coalition,code,name_in_source,wto_member,note");
        Write(DatasetFiles.Commodities, "code,name,kind,fao_items,hs_headings,world_price_usd_per_t", "maiz,Maize,Crop,2514:Maize,1005,142.3844");
        Write(DatasetFiles.Base, "region,commodity,production,food,feed,other_uses,seed,waste,processing,total_demand,stock_change,imports,exports,area_kha,tariff_equivalent,export_wedge,pse,cse,marketing_margin,supply_elasticity,food_elasticity,other_elasticity,feed_elasticity,demand_elasticity", BaseRow);
        Write(DatasetFiles.CrossElasticities, "region,commodity,price_of,value");
        Write(DatasetFiles.TariffFacts, "member,commodity,product,hs,bound_pct,applied_pct,in_quota_pct,quota_t,specific_duty,year,source");
        Write(DatasetFiles.BoundAverages, string.Join(",", BoundRates.Columns));
        Write(DatasetFiles.Faostat, "area,item_code,item,element,2005");
        Write(DatasetFiles.Prices, "name,description,unit,2005");
        Write(DatasetFiles.Deflators, "name,description,unit,2005");
        Write(DatasetFiles.CornCosts, "year,gross_value_of_production_usd_per_planted_acre,total_operating_costs_usd_per_planted_acre,opportunity_cost_unpaid_labor_usd_per_planted_acre,opportunity_cost_land_usd_per_planted_acre,total_costs_listed_usd_per_planted_acre,yield_bu_per_planted_acre,price_usd_per_bu_at_harvest");
    }

    public string Folder { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    public void Write(string file, params string[] lines) => File.WriteAllText(PathOf(file), string.Join('\n', lines) + "\n");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
