using System.Globalization;
using System.IO.Compression;
using Campo.Domain;
using Campo.Markets.World;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Markets;

/// <summary>
/// The world market model on the real 2005 base (maize; and five cereals with their cross-price links) of IFPRI IMPACT (../shared/data/impact), read straight from
/// the raw files so that this test does not depend on the dataset code. Quantities: BaseCTY_Crops (QS, QF, QL,
/// QD, QM, QE, QST, thousand tonnes); wedges: TM, TE, PSE, CSE; world price: PW_2005. Elasticities are a stated
/// test assumption: food demand from FdElasH (own price), feed −0.3, other uses −0.1, supply 0.3 everywhere.
/// Regions with neither production nor demand are left out.
/// </summary>
public class ImpactBaseTests
{
    private static readonly CommodityId Maize = new("maiz");

    private static WorldMarketBase Load(params string[] codes)
    {
        codes = codes.Length == 0 ? ["maiz"] : codes;
        var root = SharedData.Require("impact");
        var set = codes.ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<(string Commodity, string Region, string Element), double>();
        foreach (var row in ReadCsv(Path.Combine(root, "BaseYearData", "BaseCTY_Crops.csv.gz")).Where(r => set.Contains(r[0][1..])))
        {
            values[(row[0][1..], row[1], row[2])] = Number(row[3]);
        }

        var tm = ReadCsv(Path.Combine(root, "Trade_Parameters", "TM.csv")).Where(r => set.Contains(r[0][1..])).ToDictionary(r => (r[0][1..], r[1]), r => Number(r[2]));
        var te = ReadCsv(Path.Combine(root, "Trade_Parameters", "TE.csv")).Where(r => set.Contains(r[0][1..])).ToDictionary(r => (r[0][1..], r[1]), r => Number(r[2]));
        var pse = ReadCsv(Path.Combine(root, "Trade_Parameters", "PSE.csv")).Where(r => set.Contains(r[1][1..])).ToDictionary(r => (r[1][1..], r[0]), r => Number(r[2]));
        var cse = ReadCsv(Path.Combine(root, "Trade_Parameters", "CSE.csv")).Where(r => set.Contains(r[1][1..])).ToDictionary(r => (r[1][1..], r[0]), r => Number(r[2]));
        var food = ReadCsv(Path.Combine(root, "Elasticities_Demand", "FdElasH.csv.gz")).Where(r => set.Contains(r[0][1..]) && set.Contains(r[1][1..])).ToList();
        var own = food.Where(r => r[0] == r[1]).ToDictionary(r => (r[0][1..], r[2]), r => Number(r[3]));
        var prices = ReadCsv(Path.Combine(root, "Trade_Parameters", "PW_2005_world_prices_usd_per_mt.csv")).Where(r => set.Contains(r[0][1..]))
            .Select(r => new CommodityWorldPrice(new CommodityId(r[0][1..]), new UsdPerTonne(Number(r[1])))).ToList();
        double Get(string commodity, string region, string element) => values.TryGetValue((commodity, region, element), out var v) ? v : 0;
        var markets = new List<RegionMarketBase>();
        foreach (var (code, region) in values.Keys.Select(k => (k.Commodity, k.Region)).Distinct().Order())
        {
            var (qs, qd) = (Get(code, region, "QS"), Get(code, region, "QD"));
            if (qs == 0 && qd == 0)
            {
                continue;
            }

            var (qf, ql) = (Get(code, region, "QF"), Get(code, region, "QL"));
            var key = (code, region);
            markets.Add(new RegionMarketBase(
                new MemberId(region),
                new CommodityId(code),
                Tonnes.FromThousands(qs),
                [
                    new DemandComponent(DemandUse.Food, Tonnes.FromThousands(qf), own.GetValueOrDefault(key, -0.3)),
                    new DemandComponent(DemandUse.Feed, Tonnes.FromThousands(ql), -0.3),
                    new DemandComponent(DemandUse.Other, Tonnes.FromThousands(Math.Max(qd - qf - ql, 0)), -0.1),
                ],
                Tonnes.FromThousands(Get(code, region, "QM")),
                Tonnes.FromThousands(Get(code, region, "QE")),
                0.3,
                new BorderPolicy(new Rate(tm.GetValueOrDefault(key)), new Wedge(te.GetValueOrDefault(key)), new Wedge(pse.GetValueOrDefault(key)), new Wedge(-cse.GetValueOrDefault(key))))
            { StockChange = Tonnes.FromThousands(Get(code, region, "QST")) });
        }

        // Cross-price food elasticities among the commodities loaded, where both markets exist and there is food demand.
        var present = markets.Where(m => m.Demand[0].Quantity.Value > 0).Select(m => (m.Commodity.Code, m.Region.Code)).ToHashSet();
        var all = markets.Select(m => (m.Commodity.Code, m.Region.Code)).ToHashSet();
        var links = food.Where(r => r[0] != r[1] && present.Contains((r[0][1..], r[2])) && all.Contains((r[1][1..], r[2])))
            .Select(r => new CrossPriceElasticity(new MemberId(r[2]), new CommodityId(r[0][1..]), new CommodityId(r[1][1..]), Number(r[3])))
            .ToList();
        return new WorldMarketBase(prices, markets, links, "IMPACT 2005 " + string.Join('+', codes));
    }

    [SkippableFact]
    public void The_2005_maize_base_calibrates_and_comes_back_unchanged()
    {
        var model = WorldMarketModel.Calibrate(Load());
        var solution = model.Solve();
        Assert.True(solution.Converged);
        Assert.Equal(0, solution.Commodity(Maize).Iterations);

        // IMPACT BaseCTY_Crops.csv.gz: jmaiz,MEX,QS 20968.07573 and QM 6815.03495 (thousand tonnes).
        var mexico = solution.Market(new MemberId("MEX"), Maize);
        Assert.Equal(20968.07573, mexico.Production.Scenario.Thousands, 4);
        Assert.Equal(6815.03495, mexico.Imports.Base.Thousands, 4);
        Assert.Equal(TradeRegime.Importer, mexico.BaseRegime);
    }

    [SkippableFact]
    public void Five_cereals_linked_by_food_cross_price_elasticities_clear_together_after_a_tariff_cut_everywhere()
    {
        var data = Load("maiz", "whea", "rice", "sorg", "barl");
        Assert.NotEmpty(data.CrossPrices);
        var model = WorldMarketModel.Calibrate(data);
        Assert.All(model.Solve().Commodities, c => Assert.Equal(0, c.Iterations));
        var cut = data.Markets.Select(m => new PolicyChange(m.Region, m.Commodity) { ImportTariff = new Rate(m.Policy.ImportTariff.Fraction * 0.64) }).ToList();
        var solution = model.Solve(new WorldMarketShock(cut, "cereal tariffs cut 36%"));
        Assert.True(solution.Converged);
        Assert.All(solution.Commodities, c => Assert.True(c.RelativeResidual <= 1e-9));

        // Importers' tariffs fall, so world demand rises and no cereal's world price falls.
        Assert.All(solution.Commodities, c => Assert.True(c.PriceChange >= 0, $"{c.Commodity}: {c.PriceChange}"));
    }

    [SkippableFact]
    public void Mexico_removing_its_maize_tariff_clears_the_world_market_and_lowers_its_consumer_price()
    {
        var model = WorldMarketModel.Calibrate(Load());
        var mex = new MemberId("MEX");
        var solution = model.Solve(new WorldMarketShock([new PolicyChange(mex, Maize) { ImportTariff = Rate.Zero }], "MEX maize tariff to zero"));
        Assert.True(solution.Converged);
        Assert.True(solution.Commodity(Maize).RelativeResidual <= 1e-9);
        Assert.True(solution.Commodity(Maize).PriceChange > 0);
        var r = solution.Market(mex, Maize);
        Assert.True(r.ConsumerPrice.Scenario < r.ConsumerPrice.Base);
        Assert.True(r.Welfare.ProducerSurplus.Value < 0);
        Assert.True(r.Imports.Scenario > r.Imports.Base);
    }

    private static IEnumerable<string[]> ReadCsv(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split(',');
            }
        }
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
