using System.Globalization;
using System.IO.Compression;
using Campo.Domain;
using Campo.Markets.World;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Markets;

/// <summary>
/// The world market model on the real 2005 maize base of IFPRI IMPACT (../shared/data/impact), read straight from
/// the raw files so that this test does not depend on the dataset code. Quantities: BaseCTY_Crops (QS, QF, QL,
/// QD, QM, QE, QST, thousand tonnes); wedges: TM, TE, PSE, CSE; world price: PW_2005. Elasticities are a stated
/// test assumption: food demand from FdElasH (own price), feed −0.3, other uses −0.1, supply 0.3 everywhere.
/// Regions with neither production nor demand are left out.
/// </summary>
public class ImpactMaizeTests
{
    private static readonly CommodityId Maize = new("maiz");

    private static WorldMarketBase Load()
    {
        var root = SharedData.Require("impact");
        var values = new Dictionary<(string Region, string Element), double>();
        foreach (var row in ReadCsv(Path.Combine(root, "BaseYearData", "BaseCTY_Crops.csv.gz")).Where(r => r[0] == "jmaiz"))
        {
            values[(row[1], row[2])] = Number(row[3]);
        }

        var tm = ReadCsv(Path.Combine(root, "Trade_Parameters", "TM.csv")).Where(r => r[0] == "cmaiz").ToDictionary(r => r[1], r => Number(r[2]));
        var te = ReadCsv(Path.Combine(root, "Trade_Parameters", "TE.csv")).Where(r => r[0] == "cmaiz").ToDictionary(r => r[1], r => Number(r[2]));
        var pse = ReadCsv(Path.Combine(root, "Trade_Parameters", "PSE.csv")).Where(r => r[1] == "jmaiz").ToDictionary(r => r[0], r => Number(r[2]));
        var cse = ReadCsv(Path.Combine(root, "Trade_Parameters", "CSE.csv")).Where(r => r[1] == "cmaiz").ToDictionary(r => r[0], r => Number(r[2]));
        var food = ReadCsv(Path.Combine(root, "Elasticities_Demand", "FdElasH.csv.gz")).Where(r => r[0] == "cmaiz" && r[1] == "cmaiz").ToDictionary(r => r[2], r => Number(r[3]));
        var price = ReadCsv(Path.Combine(root, "Trade_Parameters", "PW_2005_world_prices_usd_per_mt.csv")).Single(r => r[0] == "cmaiz");
        double Get(string region, string element) => values.TryGetValue((region, element), out var v) ? v : 0;
        var markets = new List<RegionMarketBase>();
        foreach (var region in values.Keys.Select(k => k.Region).Distinct().Order(StringComparer.Ordinal))
        {
            var (qs, qd) = (Get(region, "QS"), Get(region, "QD"));
            if (qs == 0 && qd == 0)
            {
                continue;
            }

            var (qf, ql) = (Get(region, "QF"), Get(region, "QL"));
            markets.Add(new RegionMarketBase(
                new MemberId(region),
                Maize,
                Tonnes.FromThousands(qs),
                [
                    new DemandComponent(DemandUse.Food, Tonnes.FromThousands(qf), food.GetValueOrDefault(region, -0.3)),
                    new DemandComponent(DemandUse.Feed, Tonnes.FromThousands(ql), -0.3),
                    new DemandComponent(DemandUse.Other, Tonnes.FromThousands(Math.Max(qd - qf - ql, 0)), -0.1),
                ],
                Tonnes.FromThousands(Get(region, "QM")),
                Tonnes.FromThousands(Get(region, "QE")),
                0.3,
                new BorderPolicy(new Rate(tm.GetValueOrDefault(region)), new Wedge(te.GetValueOrDefault(region)), new Wedge(pse.GetValueOrDefault(region)), new Wedge(-cse.GetValueOrDefault(region))))
            { StockChange = Tonnes.FromThousands(Get(region, "QST")) });
        }

        return new WorldMarketBase([new CommodityWorldPrice(Maize, new UsdPerTonne(Number(price[1])))], markets, [], "IMPACT 2005 maize");
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
