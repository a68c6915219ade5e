namespace Campo.Data.Build;

/// <summary>
/// IMPACT's 2005 base, wedges and elasticities by IMPACT region (CTY) and commodity code (without j/c prefix),
/// read from ../shared/data/impact. Element codes as in BaseCTY_Crops (QS, QD, QF, QL, QOth, QSD, QW, QC,
/// QST, QM, QE, ARA).
/// </summary>
internal sealed class ImpactTables
{
    public Dictionary<(string Cty, string Code), Dictionary<string, double>> Base { get; } = [];

    public Dictionary<(string Cty, string Code), double> Tm { get; } = [];

    public Dictionary<(string Cty, string Code), double> Te { get; } = [];

    public Dictionary<(string Cty, string Code), double> Pse { get; } = [];

    public Dictionary<(string Cty, string Code), double> Cse { get; } = [];

    public Dictionary<(string Cty, string Code), double> Mm { get; } = [];

    /// <summary>Food own-price elasticity (FdElasH diagonal).</summary>
    public Dictionary<(string Cty, string Code), double> FoodOwn { get; } = [];

    /// <summary>Food cross-price elasticities (FdElasH off the diagonal, non-zero only): (cty, commodity, price-of).</summary>
    public Dictionary<(string Cty, string Code, string PriceOf), double> FoodCross { get; } = [];

    /// <summary>Other-use own-price elasticity (OthDmdPElas diagonal).</summary>
    public Dictionary<(string Cty, string Code), double> OtherOwn { get; } = [];

    /// <summary>Crop supply elasticity (area + yield, production-weighted over FPUs and irrigation types).</summary>
    public Dictionary<(string Cty, string Code), double> CropSupply { get; } = [];

    /// <summary>Livestock own-price supply elasticity (LvstElas diagonal).</summary>
    public Dictionary<(string Cty, string Code), double> LivestockSupply { get; } = [];

    public HashSet<string> CropCodes { get; } = [];

    public HashSet<string> LivestockCodes { get; } = [];

    public Dictionary<string, double> WorldPrices { get; } = [];

    public Dictionary<string, string> CommodityNames { get; } = [];

    public Dictionary<string, string> RegionNames { get; } = [];

    public static ImpactTables Read(SourceFolder data)
    {
        var t = new ImpactTables();
        foreach (var r in data.Records("impact/CorrespondenceFiles/commodities_J.csv").Skip(1))
        {
            if (r.Fields.Count >= 2 && r.Fields[1].Length > 0 && r.Fields[0].StartsWith('j'))
            {
                t.CommodityNames.TryAdd(r.Fields[0][1..], r.Fields[1]);
            }
        }

        foreach (var r in data.Records("impact/CorrespondenceFiles/regions_CTY.csv").Skip(1))
        {
            t.RegionNames[r.Fields[0]] = r.Fields[1];
        }

        const string basePath = "impact/BaseYearData/BaseCTY_Crops.csv.gz";
        foreach (var r in data.Records(basePath))
        {
            var key = (r.Fields[1], Strip(r.Fields[0]));
            if (!t.Base.TryGetValue(key, out var elements))
            {
                t.Base[key] = elements = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            elements[r.Fields[2]] = data.Number(basePath, r, 3);
        }

        ReadPairs(data, "impact/Trade_Parameters/TM.csv", t.Tm, commodityFirst: true);
        ReadPairs(data, "impact/Trade_Parameters/TE.csv", t.Te, commodityFirst: true);
        ReadPairs(data, "impact/Trade_Parameters/PSE.csv", t.Pse, commodityFirst: false);
        ReadPairs(data, "impact/Trade_Parameters/CSE.csv", t.Cse, commodityFirst: false);
        ReadPairs(data, "impact/Trade_Parameters/MM.csv", t.Mm, commodityFirst: false);

        const string food = "impact/Elasticities_Demand/FdElasH.csv.gz";
        foreach (var r in data.Records(food))
        {
            var value = data.Number(food, r, 3);
            var (ci, cj, cty) = (Strip(r.Fields[0]), Strip(r.Fields[1]), r.Fields[2]);
            if (ci == cj)
            {
                t.FoodOwn[(cty, ci)] = value;
            }
            else if (value != 0)
            {
                t.FoodCross[(cty, ci, cj)] = value;
            }
        }

        const string other = "impact/Elasticities_Demand/OthDmdPElas.csv.gz";
        foreach (var r in data.Records(other))
        {
            if (r.Fields[0] == r.Fields[1])
            {
                t.OtherOwn[(r.Fields[2], Strip(r.Fields[0]))] = data.Number(other, r, 3);
            }
        }

        const string worldPrices = "impact/Trade_Parameters/PW_2005_world_prices_usd_per_mt.csv";
        foreach (var r in data.Records(worldPrices).Skip(1))
        {
            t.WorldPrices[Strip(r.Fields[0])] = data.Number(worldPrices, r, 1);
        }

        ReadCropSupply(data, t);

        const string livestock = "impact/Elasticities_Supply/LvstElas.csv";
        foreach (var r in data.Records(livestock))
        {
            t.LivestockCodes.Add(Strip(r.Fields[0]));
            if (r.Fields[0] == r.Fields[2])
            {
                t.LivestockSupply[(r.Fields[1], Strip(r.Fields[0]))] = data.Number(livestock, r, 3);
            }
        }

        return t;
    }

    /// <summary>Drops IMPACT's j/c prefix: jmaiz and cmaiz are both maiz.</summary>
    public static string Strip(string code) => code.Length > 1 && code[0] is 'j' or 'c' ? code[1..] : code;

    private static void ReadPairs(SourceFolder data, string path, Dictionary<(string, string), double> into, bool commodityFirst)
    {
        foreach (var r in data.Records(path))
        {
            var (commodity, cty) = commodityFirst ? (r.Fields[0], r.Fields[1]) : (r.Fields[1], r.Fields[0]);
            into[(cty, Strip(commodity))] = data.Number(path, r, 2);
        }
    }

    /// <summary>
    /// Crop supply elasticity of a country: e = Σ_f,l QS_f,l (area_f,l + yield_f,l) / Σ_f,l QS_f,l over the food
    /// production units f of the country and irrigation types l (ir/air, rf/arf), with base production QS from
    /// BaseFPU_Crops. Units without an elasticity are left out of both sums.
    /// </summary>
    private static void ReadCropSupply(SourceFolder data, ImpactTables t)
    {
        var area = ReadFpu(data, "impact/Elasticities_Supply/AreaElas.csv");
        var yield = ReadFpu(data, "impact/Elasticities_Supply/YLDELAS.csv");
        foreach (var key in area.Keys)
        {
            t.CropCodes.Add(key.Code);
        }

        var sums = new Dictionary<(string, string), (double Weighted, double Weight)>();
        const string fpuPath = "impact/BaseYearData/BaseFPU_Crops.csv.gz";
        foreach (var r in data.Records(fpuPath))
        {
            if (r.Fields[3] != "QS")
            {
                continue;
            }

            var code = Strip(r.Fields[0]);
            var fpu = r.Fields[1];
            var type = "a" + r.Fields[2];
            if (!area.TryGetValue((code, fpu, type), out var a) || !yield.TryGetValue((code, fpu, type), out var y))
            {
                continue;
            }

            var qs = data.Number(fpuPath, r, 4);
            var cty = fpu[(fpu.IndexOf('_', StringComparison.Ordinal) + 1)..];
            sums.TryGetValue((cty, code), out var s);
            sums[(cty, code)] = (s.Weighted + (qs * (a + y)), s.Weight + qs);
        }

        foreach (var (key, s) in sums)
        {
            if (s.Weight > 0)
            {
                t.CropSupply[key] = s.Weighted / s.Weight;
            }
        }
    }

    private static Dictionary<(string Code, string Fpu, string Type), double> ReadFpu(SourceFolder data, string path)
    {
        var values = new Dictionary<(string, string, string), double>();
        foreach (var r in data.Records(path))
        {
            values[(Strip(r.Fields[0]), r.Fields[1], r.Fields[2])] = data.Number(path, r, 3);
        }

        return values;
    }
}
