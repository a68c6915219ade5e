using Campo.Composition;
using Campo.Data;
using Campo.Scenarios;
using Campo.Tests.Data;

namespace Campo.Tests.Negotiation;

/// <summary>
/// A constructed world of one commodity (maize) and three members, built as a dataset folder: the United States, a
/// developed exporter whose farmers get a 20% producer support wedge; Egypt, a developing importer that produces
/// nothing and levies no tariff; Argentina, a developing exporter without support. Quantities in thousand tonnes:
/// USA produces 300, eats 100, exports 200; Egypt imports and eats 250; Argentina produces 100, eats 50, exports 50
/// (world exports 250 = world imports 250).
/// <para>
/// What a cut in the US support does is known by sign: US supply falls, so the world price rises. Egypt, with no
/// farmers and no tariff revenue, only loses consumer surplus, so its welfare falls for any cut above zero. Argentina,
/// a net exporter facing a higher price, gains. The United States removes a subsidy that both distorts its production
/// and lowers the price of its exports, so its welfare rises.
/// </para>
/// </summary>
internal sealed class ThreeMarkets : IDisposable
{
    private readonly TinyDataset _folder = new();

    /// <param name="coalitions">True to add two coalitions of one member each: the G-20 = {Argentina} and the G-33 = {Egypt} (for the package issues their stances in data/negotiation/stances.csv name).</param>
    public ThreeMarkets(bool coalitions = false)
    {
        if (coalitions)
        {
            _folder.Write(
                DatasetFiles.Coalitions,
                "code,name,vintage,vintage_date,source",
                "G20,G-20 (test),2003,2003-08-01,constructed for the test",
                "G33,G-33 (test),2003,2003-08-01,constructed for the test");
            _folder.Write(
                DatasetFiles.CoalitionMembers,
                "coalition,code,name_in_source,wto_member,note",
                "G20,ARG,Argentina,true,",
                "G33,EGY,Egypt,true,");
        }

        _folder.Write(
            DatasetFiles.Regions,
            "code,name,impact_regions,countries",
            "ARG,Argentina,ARG,ARG",
            "EGY,Egypt,EGY,EGY",
            "USA,United States,USA,USA");
        _folder.Write(
            DatasetFiles.Members,
            "code,wto_name,name_en,name_es,name_fr,name_pt,accession,original,region,relation,region_note,developed_assumption",
            "ARG,Argentina,Argentina,Argentina,Argentine,Argentina,1995-01-01,true,ARG,Own,,",
            "EGY,Egypt,Egypt,Egipto,Égypte,Egito,1995-06-30,false,EGY,Own,,",
            "USA,United States,United States,Estados Unidos,États-Unis,Estados Unidos,1995-01-01,true,USA,Own,,Treated as developed in this test.");
        _folder.Write(
            DatasetFiles.Base,
            "region,commodity,production,food,feed,other_uses,seed,waste,processing,total_demand,stock_change,imports,exports,area_kha,tariff_equivalent,export_wedge,pse,cse,marketing_margin,supply_elasticity,food_elasticity,other_elasticity,feed_elasticity,demand_elasticity",
            "ARG,maiz,100,50,,,,,,50,,0,50,,0,,,,0,0.6,-0.3,,,-0.3",
            "EGY,maiz,0,250,,,,,,250,,250,0,,0,,,,0,,-0.4,,,-0.4",
            "USA,maiz,300,100,,,,,,100,,0,200,,0,,0.2,,0,0.5,-0.3,,,-0.3");
        Dataset = DatasetLoader.Load(_folder.Folder);
        Context = EvaluationContext.For(Dataset);
    }

    public Dataset Dataset { get; }

    public EvaluationContext Context { get; }

    /// <summary>A draft that cuts developed members' support by <paramref name="cut"/> percent, with the decision section given.</summary>
    /// <param name="cut">The support cut, percent.</param>
    /// <param name="decision">The [decision] section's lines.</param>
    /// <param name="file">The draft's file name: a record event's scenario name (cancun-2003.toml) gives it that event's package.</param>
    /// <param name="marketAccess">Lines of market-access sections (empty: the draft makes no market-access commitment).</param>
    public static Scenario Draft(double cut, string decision = "", string file = "three.toml", string marketAccess = "") => ScenarioReader.Read(
        $"""
        schema = 1
        title = "support cut"
        kind = "multilateral"

        [base]
        members_at = 2005-06-30

        {marketAccess}

        [domestic_support.developed]
        cut = {cut.ToString(System.Globalization.CultureInfo.InvariantCulture)}

        [decision]
        {decision}
        """,
        file);

    public void Dispose() => _folder.Dispose();
}
