using Campo.Errors;

namespace Campo.Data.Build;

/// <summary>
/// The market regions: IMPACT's regions (CTY), with those that hold an EU-25 member state summed into EUN.
/// Countries come from IMPACT's FAO-area-to-region map (FAO2CTY.csv) joined to ISO3 codes by GCAM's
/// AGLU_ctry.csv, with three stated supplements (see <see cref="Supplements"/>).
/// </summary>
internal sealed class RegionMap
{
    /// <summary>The date at which EU membership defines EUN: the 2005 base year (EU-25).</summary>
    public static readonly DateOnly EuBaseDate = new(2005, 1, 1);

    /// <summary>
    /// FAO area codes that AGLU_ctry.csv does not map to a current ISO3 code, mapped here with the reason:
    /// FAO 351 is "China" (mainland, Hong Kong, Macao and Taiwan), which IMPACT's region CHM covers by its name
    /// "China Hong Kong Macao Taiwan" in regions_CTY.csv; AGLU writes Romania as the retired code ROM.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Supplements = new Dictionary<string, string[]>
    {
        ["351"] = ["CHN", "HKG", "MAC", "TWN"],
        ["ROM"] = ["ROU"],
    };

    public required IReadOnlyDictionary<string, List<string>> CountriesByCty { get; init; }

    /// <summary>IMPACT region → market region code.</summary>
    public required IReadOnlyDictionary<string, string> MarketOf { get; init; }

    public required IReadOnlyDictionary<string, string> RegionNames { get; init; }

    /// <summary>Market region → its IMPACT regions.</summary>
    public required IReadOnlyDictionary<string, List<string>> ImpactRegionsOf { get; init; }

    /// <summary>Country ISO3 → market region.</summary>
    public required IReadOnlyDictionary<string, string> RegionOfCountry { get; init; }

    public IEnumerable<string> MarketRegions => ImpactRegionsOf.Keys.Order(StringComparer.Ordinal);

    public List<string> CountriesOf(string market) =>
        ImpactRegionsOf[market].SelectMany(c => CountriesByCty[c]).Distinct().Order(StringComparer.Ordinal).ToList();

    public static RegionMap Build(SourceFolder data, ImpactTables impact, IReadOnlyDictionary<string, List<DatedRow>> euPeriods, ISet<string> isoCodes)
    {
        var isoOfFao = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (_, row) in data.Rows("faostat/AGLU_ctry.csv", skipComments: true))
        {
            var iso = row["iso"].ToUpperInvariant();
            isoOfFao[row["FAO_country_code"]] = Supplements.TryGetValue(iso, out var renamed) ? renamed : [iso];
        }

        var byCty = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var cty in impact.RegionNames.Keys)
        {
            byCty[cty] = [];
        }

        foreach (var (line, row) in data.Rows("impact/CorrespondenceFiles/FAO2CTY.csv"))
        {
            var fao = row["FAO_area_code"];
            var countries = Supplements.TryGetValue(fao, out var s) ? s
                : isoOfFao.TryGetValue(fao, out var iso) ? iso
                : throw new CampoException($"FAO area {fao} has no ISO3 code in faostat/AGLU_ctry.csv", "a code in AGLU_ctry.csv or a stated supplement in RegionMap", new SourceLocation(data.Label("impact/CorrespondenceFiles/FAO2CTY.csv"), line, 1, "FAO_area_code"));
            if (!byCty.TryGetValue(row["CTY"], out var list))
            {
                byCty[row["CTY"]] = list = [];
            }

            list.AddRange(countries);
        }

        // A region the FAO map does not list (South Sudan) is the country of the same ISO3 code.
        foreach (var (cty, list) in byCty)
        {
            if (list.Count == 0 && isoCodes.Contains(cty))
            {
                list.Add(cty);
            }

            list.Sort(StringComparer.Ordinal);
        }

        var marketOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cty, list) in byCty)
        {
            var inEu = list.Any(c => euPeriods.TryGetValue(c, out var periods) && periods.Any(p => p.Contains(EuBaseDate)));
            marketOf[cty] = inEu ? "EUN" : cty;
        }

        var impactOf = marketOf.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var regionOfCountry = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cty, list) in byCty)
        {
            foreach (var country in list)
            {
                regionOfCountry[country] = marketOf[cty];
            }
        }

        var names = impact.RegionNames.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        names["EUN"] = "European Union (EU-25)";
        return new RegionMap
        {
            CountriesByCty = byCty,
            MarketOf = marketOf,
            RegionNames = names,
            ImpactRegionsOf = impactOf,
            RegionOfCountry = regionOfCountry,
        };
    }
}

/// <summary>A dated row of a hand-transcribed source table (data/sources): a period with its citation.</summary>
internal sealed record DatedRow(string Code, DateOnly? From, DateOnly? To, string Source, string Reliability)
{
    public bool Contains(DateOnly date) => (From is null || From <= date) && (To is null || date < To);
}
