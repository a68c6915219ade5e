using Campo.Domain;
using Campo.Errors;

namespace Campo.Data;

/// <summary>
/// The immutable dataset every engine reads: WTO members and coalitions (negotiation works on members), market
/// regions and their 2005 base (the world-market model works on regions), commodities, world prices, tariff facts,
/// context series and the assumptions stated as data. Built by <see cref="DatasetLoader"/>, which validates it.
/// </summary>
/// <remarks>
/// Market regions are IFPRI IMPACT's regions with the EU-25 member states summed into EUN. Summing double-counts
/// intra-EU trade in EUN's gross imports and exports; its net trade is right. See docs/data.md.
/// </remarks>
public sealed class Dataset
{
    private readonly Dictionary<MemberId, Member> _members;
    private readonly Dictionary<MemberId, MarketRegion> _regions;
    private readonly Dictionary<CommodityId, Commodity> _commodities;
    private readonly Dictionary<string, Coalition> _coalitions;
    private readonly Dictionary<string, DatasetAssumption> _assumptions;
    private readonly DatasetTables _tables;

    internal Dataset(
        string origin,
        IReadOnlyList<Member> members,
        IReadOnlyList<MarketRegion> regions,
        IReadOnlyList<Coalition> coalitions,
        IReadOnlyList<Commodity> commodities,
        IReadOnlyList<DatasetAssumption> assumptions,
        DatasetTables tables)
    {
        Origin = origin;
        Members = members;
        Regions = regions;
        Coalitions = coalitions;
        Commodities = commodities;
        Assumptions = assumptions;
        _tables = tables;
        _members = members.ToDictionary(m => m.Id);
        _regions = regions.ToDictionary(r => r.Id);
        _commodities = commodities.ToDictionary(c => c.Id);
        _coalitions = coalitions.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _assumptions = assumptions.ToDictionary(a => a.Key, StringComparer.Ordinal);
    }

    /// <summary>The larger tables read so far (they are read on first use in the embedded default).</summary>
    internal IReadOnlyList<string> TablesRead => _tables.Read();

    /// <summary>Where the dataset was read from ("embedded default" or a folder).</summary>
    public string Origin { get; }

    /// <summary>The base year of the market data.</summary>
    public static int BaseYear => 2005;

    /// <summary>Every WTO member in the dataset (166 in the default: all members to date), ordered by code.</summary>
    public IReadOnlyList<Member> Members { get; }

    /// <summary>The market regions of the world-market model, ordered by code.</summary>
    public IReadOnlyList<MarketRegion> Regions { get; }

    /// <summary>The coalitions, each with its vintage and source.</summary>
    public IReadOnlyList<Coalition> Coalitions { get; }

    /// <summary>The commodities (IMPACT's), ordered by code.</summary>
    public IReadOnlyList<Commodity> Commodities { get; }

    /// <summary>The 2005 base records by region and commodity.</summary>
    public IReadOnlyList<BaseRecord> BaseRecords => _tables.Base.Value.Records;

    /// <summary>Cross-price food demand elasticities (non-zero ones), for the market model.</summary>
    public IReadOnlyList<CrossPriceElasticity> CrossPriceElasticities => _tables.CrossPrice.Value;

    /// <summary>Cited tariff facts by member and commodity.</summary>
    public IReadOnlyList<TariffFact> TariffFacts => _tables.TariffFacts.Value;

    /// <summary>Cited bound (and applied) simple averages of members' agricultural tariffs, by AoA product group (bound_averages.csv); see <see cref="BoundRates"/>.</summary>
    public IReadOnlyList<BoundAverage> BoundAverages => _tables.BoundAverages.Value;

    /// <summary>FAOSTAT balance series 1973-2009.</summary>
    public IReadOnlyList<FaostatSeries> Faostat => _tables.Faostat.Value;

    /// <summary>World Bank annual price series; maize (US Gulf) first.</summary>
    public IReadOnlyList<PriceSeries> Prices => _tables.Prices.Value;

    /// <summary>USDA ERS US corn costs and returns, 1996-2016.</summary>
    public IReadOnlyList<CornCostsAndReturns> CornCosts => _tables.CornCosts.Value;

    /// <summary>The assumptions the dataset states as data.</summary>
    public IReadOnlyList<DatasetAssumption> Assumptions { get; }

    /// <summary>
    /// FAO GDP deflators in US dollars (2015 = 100) by ISO3 code: a country's GDP prices measured in dollars, so a
    /// dollar price divided by a country's deflator is a real price in its currency (the exchange rate cancels).
    /// </summary>
    public IReadOnlyList<PriceSeries> Deflators => _tables.Deflators.Value;

    /// <summary>A country's GDP deflator in US dollars (FAO, 2015 = 100), or null.</summary>
    public PriceSeries? Deflator(string iso3) => Deflators.FirstOrDefault(d => string.Equals(d.Name, iso3, StringComparison.OrdinalIgnoreCase));

    /// <summary>Notified domestic support, commodity programmes and export subsidy outlays, each figure cited (see <see cref="SupportTables"/>).</summary>
    public SupportTables Support => _tables.Support.Value;

    /// <summary>
    /// Where members' tariffs come from when they are not the dataset's own: one entry per member whose imported
    /// line-level schedule replaced its commodity-level tariffs (see Campo.Workspace.WorkspaceTariffs); empty for a
    /// dataset read as it is.
    /// </summary>
    public IReadOnlyList<TariffSource> TariffSources { get; init; } = [];

    /// <summary>A copy with other base records, tariff facts and origin: a workspace's tariffs laid over the dataset.</summary>
    internal Dataset WithTariffs(string origin, IReadOnlyList<BaseRecord> baseRecords, IReadOnlyList<TariffFact> tariffFacts, IReadOnlyList<TariffSource> sources) =>
        new(origin, Members, Regions, Coalitions, Commodities, Assumptions, new DatasetTables
        {
            Base = new Lazy<BaseTable>(() => new BaseTable(baseRecords)),
            CrossPrice = _tables.CrossPrice,
            TariffFacts = new Lazy<IReadOnlyList<TariffFact>>(() => tariffFacts),
            BoundAverages = _tables.BoundAverages,
            Faostat = _tables.Faostat,
            Prices = _tables.Prices,
            CornCosts = _tables.CornCosts,
            Deflators = _tables.Deflators,
            Support = _tables.Support,
        })
        {
            TariffSources = sources,
        };

    /// <summary>The members that had joined the WTO on a date (146 on 2003-09-14 in the default dataset).</summary>
    public IReadOnlyList<Member> MembersAt(DateOnly date) => Members.Where(m => m.IsMemberAt(date)).ToList();

    /// <summary>A member by code, or null.</summary>
    public Member? FindMember(MemberId id) => _members.GetValueOrDefault(id);

    /// <summary>A member by code.</summary>
    /// <exception cref="CampoException">No such member; the message suggests the closest code or name.</exception>
    public Member GetMember(MemberId id) => FindMember(id) ?? throw UnknownMember(id.Code);

    /// <summary>A member by code or English name (case-insensitive).</summary>
    /// <exception cref="CampoException">No such member; the message suggests the closest.</exception>
    public Member ResolveMember(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        if (MemberId.TryParse(codeOrName, out var id) && FindMember(id) is { } byCode)
        {
            return byCode;
        }

        return Members.FirstOrDefault(m => string.Equals(m.Name, codeOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(m.WtoName, codeOrName, StringComparison.OrdinalIgnoreCase))
            ?? throw UnknownMember(codeOrName);
    }

    /// <summary>A market region by code, or null.</summary>
    public MarketRegion? FindRegion(MemberId id) => _regions.GetValueOrDefault(id);

    /// <summary>The market region that carries a member's or region's figures: the member's region, or the region itself.</summary>
    /// <exception cref="CampoException">The code is neither a member with data nor a region.</exception>
    public MarketRegion RegionFor(MemberId id)
    {
        if (FindRegion(id) is { } region)
        {
            return region;
        }

        if (FindMember(id) is { } member)
        {
            return member.Region is { } r ? _regions[r]
                : throw new CampoException(Messages.Fill(Messages.Dataset_NoMarketData, id), Messages.Text(Messages.Dataset_NoMarketDataFix));
        }

        throw UnknownMember(id.Code);
    }

    /// <summary>A coalition by code (G20, G22, CAIRNS, G33, C4, ACP, AFRICAN, LDC, ...).</summary>
    /// <exception cref="CampoException">No such coalition; the message suggests the closest.</exception>
    public Coalition GetCoalition(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _coalitions.TryGetValue(code, out var coalition) ? coalition
            : throw new CampoException(Messages.Fill(Messages.Dataset_UnknownCoalition, code), Suggestions.DidYouMean(code, _coalitions.Keys, Messages.Fill(Messages.Common_OneOf, string.Join(", ", _coalitions.Keys))));
    }

    /// <summary>A commodity by code, or null.</summary>
    public Commodity? FindCommodity(CommodityId id) => _commodities.GetValueOrDefault(id);

    /// <summary>
    /// A commodity named plainly or by code: its English name ("maize", "Maize", "Beans" or "bean"), its code
    /// ("maiz"), IMPACT's prefixed codes ("jmaiz", "cmaiz"), or a first word that names one commodity only in its
    /// name or its FAOSTAT items ("pasture", "milk"), all without regard to case.
    /// </summary>
    /// <exception cref="CampoException">No commodity matches; the message suggests the closest.</exception>
    public Commodity ResolveCommodity(string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        var text = nameOrCode.Trim();
        if (CommodityId.TryParse(text, out var id))
        {
            if (FindCommodity(id) is { } byCode)
            {
                return byCode;
            }

            if (id.Code.Length > 2 && id.Code[0] is 'j' or 'c' && CommodityId.TryParse(id.Code[1..], out var stripped) && FindCommodity(stripped) is { } byImpact)
            {
                return byImpact;
            }
        }

        foreach (var c in Commodities)
        {
            if (string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.Name, text + "s", StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.Name + "s", text, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        // The name in any of the reports' four languages, accents and case ignored (maïs, milho, maíz, trigo), or an
        // everyday synonym the data's names miss (corn, US usage for maize).
        var folded = Fold(text);
        foreach (var c in Commodities)
        {
            if (LocalisedNames(c).Any(n => Fold(n) == folded || Fold(n) == folded + "s" || Fold(n) + "s" == folded))
            {
                return c;
            }
        }

        if (Synonyms.TryGetValue(folded, out var synonym) && FindCommodity(new CommodityId(synonym)) is { } bySynonym)
        {
            return bySynonym;
        }

        // A first word that names one commodity only: "pasture" (Pasture and Grasslands), "milk" (FAOSTAT's "Milk - Excluding Butter").
        var byWord = Commodities.Where(c => c.FaoItems.Select(i => i.Name).Prepend(c.Name).Any(n => StartsWithWord(n, text))).ToList();
        if (byWord.Count == 1)
        {
            return byWord[0];
        }

        var candidates = Commodities.SelectMany(c => LocalisedNames(c).Prepend(c.Id.Code)).Concat(Synonyms.Keys).Distinct(StringComparer.Ordinal);
        throw new CampoException(Messages.Fill(Messages.Dataset_UnknownCommodity, nameOrCode), Suggestions.DidYouMean(text, candidates, Messages.Text(Messages.Dataset_CommodityFix)));
    }

    /// <summary>The 2005 base of a commodity in a market region, or null when IMPACT has none.</summary>
    public BaseRecord? Base(MemberId region, CommodityId commodity) => _tables.Base.Value.ByMarket.GetValueOrDefault((region, commodity));

    /// <summary>Every base record of a market region.</summary>
    public IReadOnlyList<BaseRecord> BaseOf(MemberId region) => BaseRecords.Where(b => b.Region == region).ToList();

    /// <summary>The 2005 world price of a commodity (IMPACT), or null for non-traded commodities.</summary>
    public UsdPerTonne? WorldPrice(CommodityId commodity) => FindCommodity(commodity)?.WorldPrice;

    /// <summary>The cross-price food elasticities of a commodity's demand in a region.</summary>
    public IReadOnlyList<CrossPriceElasticity> CrossPrice(MemberId region, CommodityId commodity) =>
        CrossPriceElasticities.Where(e => e.Region == region && e.Commodity == commodity).ToList();

    /// <summary>
    /// The bound tariff of a member on a commodity: the cited facts with a bound rate, or, when none is known, the
    /// assumption a model uses instead (key bound-unknown of <see cref="Assumptions"/>).
    /// </summary>
    public BoundTariff BoundTariff(MemberId member, CommodityId commodity)
    {
        var facts = TariffFacts.Where(f => f.Member == member && f.Commodity == commodity && f.Bound is not null).ToList();
        return new BoundTariff(member, commodity, facts, Provenance.Assumed(Assumption("bound-unknown").Text));
    }

    /// <summary>A stated assumption by key.</summary>
    /// <exception cref="CampoException">No such key.</exception>
    public DatasetAssumption Assumption(string key) =>
        _assumptions.TryGetValue(key, out var a) ? a : throw new CampoException(Messages.Fill(Messages.Dataset_NoAssumption, key), Suggestions.DidYouMean(key, _assumptions.Keys, Messages.Text(Messages.Dataset_AssumptionFix)));

    /// <summary>A FAOSTAT series (area ISO3 or WLD/EUN, item code, element), or null.</summary>
    public FaostatSeries? FaostatSeries(string area, int itemCode, string element) =>
        Faostat.FirstOrDefault(s => s.Area == area && s.ItemCode == itemCode && string.Equals(s.Element, element, StringComparison.OrdinalIgnoreCase));

    /// <summary>A World Bank price series by its Pink Sheet name ("Maize"), or null.</summary>
    public PriceSeries? Price(string name) => Prices.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Everyday names the data's English names miss, folded as <see cref="Fold"/> does.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["corn"] = "maiz",
    };

    /// <summary>A commodity's name in English, Spanish, French and Portuguese (<see cref="CommodityNames"/>).</summary>
    private static IEnumerable<string> LocalisedNames(Commodity commodity) =>
        CommodityNames.Cultures
            .Select(culture => CommodityNames.Find(commodity.Id, culture))
            .OfType<string>()
            .Prepend(commodity.Name)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Lower case without accents: "Maïs" and "mais" are the same word to a user at a keyboard.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(System.Text.NormalizationForm.FormC);
    }

    private static bool StartsWithWord(string name, string word) =>
        name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (name.Length == word.Length || !char.IsLetter(name[word.Length]));

    private CampoException UnknownMember(string text)
    {
        var candidates = Members.Select(m => m.Id.Code).Concat(Regions.Select(r => r.Id.Code)).Distinct();
        var byName = Members.Select(m => m.Name);
        var suggestion = Suggestions.Closest(text, candidates) ?? Suggestions.Closest(text, byName);
        return new CampoException(Messages.Fill(Messages.Dataset_UnknownMember, text), suggestion is null ? Messages.Text(Messages.Dataset_MemberFix) : Messages.Fill(Messages.Common_DidYouMean, suggestion));
    }
}

/// <summary>The 2005 base records and their index by region and commodity.</summary>
internal sealed class BaseTable
{
    public BaseTable(IReadOnlyList<BaseRecord> records)
    {
        Records = records;
        ByMarket = records.ToDictionary(b => (b.Region, b.Commodity));
    }

    public IReadOnlyList<BaseRecord> Records { get; }

    public Dictionary<(MemberId, CommodityId), BaseRecord> ByMarket { get; }
}

/// <summary>
/// The dataset's larger tables, each read and validated on first use (issue 18): <c>campo data members</c> never reads
/// the 61,000 cross-price elasticities, the FAOSTAT balances or the prices. The embedded default is read this way
/// (its files are fixed at build time and a test reads every table); a user's folder is read whole at once
/// (<see cref="Force"/>), so that an error in any file is reported when the folder is loaded.
/// </summary>
internal sealed class DatasetTables
{
    public required Lazy<BaseTable> Base { get; init; }

    public required Lazy<IReadOnlyList<CrossPriceElasticity>> CrossPrice { get; init; }

    public required Lazy<IReadOnlyList<TariffFact>> TariffFacts { get; init; }

    public required Lazy<IReadOnlyList<BoundAverage>> BoundAverages { get; init; }

    public required Lazy<IReadOnlyList<FaostatSeries>> Faostat { get; init; }

    public required Lazy<IReadOnlyList<PriceSeries>> Prices { get; init; }

    public required Lazy<IReadOnlyList<CornCostsAndReturns>> CornCosts { get; init; }

    public required Lazy<IReadOnlyList<PriceSeries>> Deflators { get; init; }

    public required Lazy<SupportTables> Support { get; init; }

    /// <summary>The tables read so far, by name (for tests of what a command reads).</summary>
    public IReadOnlyList<string> Read() =>
    [
        .. new (string Name, bool Created)[]
        {
            (nameof(Base), Base.IsValueCreated), (nameof(CrossPrice), CrossPrice.IsValueCreated), (nameof(TariffFacts), TariffFacts.IsValueCreated),
            (nameof(BoundAverages), BoundAverages.IsValueCreated), (nameof(Faostat), Faostat.IsValueCreated), (nameof(Prices), Prices.IsValueCreated),
            (nameof(CornCosts), CornCosts.IsValueCreated), (nameof(Deflators), Deflators.IsValueCreated), (nameof(Support), Support.IsValueCreated),
        }.Where(t => t.Created).Select(t => t.Name),
    ];

    /// <summary>Reads every table now, in the order of the files' validation before lazy reading.</summary>
    public DatasetTables Force()
    {
        _ = Base.Value;
        _ = CrossPrice.Value;
        _ = TariffFacts.Value;
        _ = BoundAverages.Value;
        _ = Faostat.Value;
        _ = Prices.Value;
        _ = CornCosts.Value;
        _ = Deflators.Value;
        _ = Support.Value;
        return this;
    }
}
