using Campo.Domain;

namespace Campo.Data;

/// <summary>How a WTO member's figures come from the market regions of the world-market model.</summary>
public enum RegionRelation
{
    /// <summary>The member is a market region of its own.</summary>
    Own,

    /// <summary>
    /// The member is part of an aggregate IMPACT region (Hong Kong, Macao and Chinese Taipei in CHM;
    /// Belgium and Luxembourg in BLX). Its market figures are the aggregate's: the member shares the region's
    /// prices and its share of the quantities is unknown.
    /// </summary>
    PartOfAggregate,

    /// <summary>
    /// An EU member state in the 2005 base (EU-25): a WTO member represented by the EU in negotiations, whose
    /// market figures are summed into the region EUN.
    /// </summary>
    EuMemberState,

    /// <summary>No IMPACT region covers the member: it has no market data in the default dataset.</summary>
    NoData,
}

/// <summary>A dated period: from <see cref="From"/> (inclusive, or open when null) to <see cref="To"/> (exclusive, or open).</summary>
/// <param name="From">First day of the period, or null when it began before the dataset's horizon.</param>
/// <param name="To">First day after the period, or null while it lasts.</param>
/// <param name="Provenance">Where the dates come from.</param>
public sealed record DatedPeriod(DateOnly? From, DateOnly? To, Provenance Provenance)
{
    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Contains(DateOnly date) => (From is null || From <= date) && (To is null || date < To);
}

/// <summary>
/// A WTO member (a state, a separate customs territory or the European Union), with its accession date,
/// names, development status over time and the market region that carries its figures.
/// </summary>
/// <param name="Id">ISO 3166-1 alpha-3 code; EUN for the European Union.</param>
/// <param name="WtoName">The name in the WTO's list of members.</param>
/// <param name="Names">Names by language (en, es, fr, pt); a missing name falls back to English.</param>
/// <param name="Accession">The date the member joined the WTO (1995-01-01 for original members).</param>
/// <param name="OriginalMember">True for the WTO's original members.</param>
/// <param name="Region">The market region that carries its figures, or null when <see cref="RegionRelation.NoData"/>.</param>
/// <param name="Relation">How the member relates to that region.</param>
/// <param name="RegionNote">The assumption that follows from the relation, in words, for reports.</param>
/// <param name="DevelopedAssumption">
/// Non-null when the member is treated as developed by a stated assumption (the WTO has no definition).
/// </param>
/// <param name="LdcPeriods">When the member was on the UN list of least-developed countries, with sources.</param>
/// <param name="EuPeriods">When the member was an EU member state, with sources.</param>
public sealed record Member(
    MemberId Id,
    string WtoName,
    IReadOnlyDictionary<string, string> Names,
    DateOnly Accession,
    bool OriginalMember,
    MemberId? Region,
    RegionRelation Relation,
    string RegionNote,
    Provenance? DevelopedAssumption,
    IReadOnlyList<DatedPeriod> LdcPeriods,
    IReadOnlyList<DatedPeriod> EuPeriods)
{
    /// <summary>The English name (the ISO name; the WTO name when there is none).</summary>
    public string Name => NameIn("en");

    /// <summary>The name in a language (en, es, fr, pt), falling back to English, then to the WTO name.</summary>
    public string NameIn(string language) =>
        Names.TryGetValue(language, out var name) && name.Length > 0 ? name
        : Names.TryGetValue("en", out var en) && en.Length > 0 ? en
        : WtoName;

    /// <summary>True when the member had joined the WTO on <paramref name="date"/>.</summary>
    public bool IsMemberAt(DateOnly date) => Accession <= date;

    /// <summary>True when the member was an EU member state on <paramref name="date"/>.</summary>
    public bool IsEuMemberStateAt(DateOnly date) => EuPeriods.Any(p => p.Contains(date));

    /// <summary>True when the member was on the UN list of least-developed countries on <paramref name="date"/>.</summary>
    public bool IsLeastDevelopedAt(DateOnly date) => LdcPeriods.Any(p => p.Contains(date));

    /// <summary>
    /// The development status on a date: least-developed when on the UN list; developed for the EU, for EU
    /// member states while they are members, and for members treated as developed by assumption; developing
    /// otherwise (the WTO's members self-designate).
    /// </summary>
    public DevelopmentStatus StatusAt(DateOnly date) =>
        IsLeastDevelopedAt(date) ? DevelopmentStatus.LeastDeveloped
        : Id.Code == "EUN" || IsEuMemberStateAt(date) || DevelopedAssumption is not null ? DevelopmentStatus.Developed
        : DevelopmentStatus.Developing;

    /// <summary>Where the status on a date comes from.</summary>
    public Provenance StatusProvenanceAt(DateOnly date) =>
        IsLeastDevelopedAt(date) ? LdcPeriods.First(p => p.Contains(date)).Provenance
        : Id.Code == "EUN" ? Provenance.Assumed("The European Union is treated as a developed member.")
        : IsEuMemberStateAt(date) ? EuPeriods.First(p => p.Contains(date)).Provenance
        : DevelopedAssumption ?? Provenance.Assumed("Not on the UN list of least-developed countries and not treated as developed: developing, as WTO members self-designate.");
}

/// <summary>
/// A market region of the world-market model: an IMPACT region, or EUN, the sum of the IMPACT regions of the
/// EU-25 member states. Codes are ISO-like but not all ISO (CHM, CHP, FRP, MOR; see docs/data.md).
/// </summary>
/// <param name="Id">The region code.</param>
/// <param name="Name">The English name (IMPACT's name; "European Union (EU-25)" for EUN).</param>
/// <param name="ImpactRegions">The IMPACT region codes summed into this region (one except for EUN).</param>
/// <param name="Countries">The ISO3 codes of the countries and territories the region covers, from IMPACT's FAO-to-region map.</param>
public sealed record MarketRegion(MemberId Id, string Name, IReadOnlyList<string> ImpactRegions, IReadOnlyList<string> Countries);
