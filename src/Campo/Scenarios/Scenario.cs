using Campo.Domain;
using Campo.Errors;
using Campo.Schedules.Drafts;

namespace Campo.Scenarios;

/// <summary>What kind of agreement a scenario describes, which decides the market model that evaluates it.</summary>
public enum ScenarioKind
{
    /// <summary>A WTO modalities draft applied to every member's schedule; evaluated on the world (homogeneous-goods) market.</summary>
    Multilateral,

    /// <summary>A preferential agreement among a few members; evaluated with the bilateral Armington model.</summary>
    Regional,
}

/// <summary>
/// A draft agreement read from a scenario file: its identity, the data it is evaluated on and each of its
/// pillars. Immutable; every number it holds is also listed in <see cref="Parameters"/> with its provenance.
/// </summary>
public sealed record Scenario
{
    /// <summary>The file the scenario was read from, as the user named it.</summary>
    public required string File { get; init; }

    /// <summary>A short title, such as "Cancún draft ministerial text, 13 September 2003".</summary>
    public required string Title { get; init; }

    /// <summary>The kind of agreement, which selects the market model.</summary>
    public required ScenarioKind Kind { get; init; }

    /// <summary>The document the draft transcribes (symbol, date, where to read it), or null for a user's own draft.</summary>
    public string? Source { get; init; }

    /// <summary>A paragraph for readers, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The data the draft is evaluated on.</summary>
    public required BaseSettings Base { get; init; }

    /// <summary>The preferential agreement (the <c>[regional]</c> section) of a <see cref="ScenarioKind.Regional"/> scenario; null for a multilateral draft.</summary>
    public Regional.RegionalAgreement? Regional { get; init; }

    /// <summary>Tariff formulas and flexibilities (the <c>[market_access]</c> section), or null when the file has none (schedules unchanged).</summary>
    public MarketAccessDraft? MarketAccess { get; init; }

    /// <summary>Cuts in trade-distorting domestic support.</summary>
    public required DomesticSupportDraft DomesticSupport { get; init; }

    /// <summary>Cuts in export subsidies.</summary>
    public required ExportCompetitionDraft ExportCompetition { get; init; }

    /// <summary>When the commitments start and how long each group takes.</summary>
    public required ImplementationSettings Implementation { get; init; }

    /// <summary>How the draft is decided.</summary>
    public required DecisionSettings Decision { get; init; }

    /// <summary>Every number the file sets, with where it comes from.</summary>
    public required IReadOnlyList<ParameterRecord> Parameters { get; init; }

    /// <summary>Every choice among named values the file makes (formula, placement, designation...), with the names allowed.</summary>
    public IReadOnlyList<ChoiceRecord> Choices { get; init; } = [];

    /// <summary>The parameters users must be warned about: marked "to verify" or an assumption.</summary>
    public IEnumerable<ParameterRecord> FlaggedParameters => Parameters.Where(p => p.Provenance.NeedsFlag);
}

/// <summary>The data a scenario is evaluated on.</summary>
/// <param name="Dataset">"default" for the embedded dataset, or a folder holding a dataset in the same format.</param>
/// <param name="Year">The base year of the market data (2005 for the default dataset).</param>
/// <param name="MembersAt">The date whose WTO membership defines the members concerned (e.g. 2003-09-14 at Cancún).</param>
public sealed record BaseSettings(string Dataset, int Year, DateOnly MembersAt);

/// <summary>
/// Cuts in trade-distorting domestic support, applied to each member's producer support wedge (the positive
/// part of the producer support estimate): the only measure of support the default dataset carries, used as a
/// stated proxy for the AMS and overall trade-distorting support of the WTO texts.
/// </summary>
/// <param name="Cuts">The cut by development status (LDCs usually 0).</param>
/// <param name="Tiers">Optional cuts by size of a member's base support (the higher tiers cut more), applied instead of the status cut for the statuses listed in each tier.</param>
public sealed record DomesticSupportDraft(IReadOnlyDictionary<DevelopmentStatus, Rate> Cuts, IReadOnlyList<SupportTier> Tiers)
{
    /// <summary>No commitment: support unchanged for everyone.</summary>
    public static DomesticSupportDraft None { get; } = new(new Dictionary<DevelopmentStatus, Rate>(), []);

    /// <summary>Cuts of named members' commodity-specific support (<c>[[domestic_support.commodity]]</c>), such as the C-4 cotton initiative's phase-out of US cotton support.</summary>
    public IReadOnlyList<CommoditySupportCut> Commodities { get; init; } = [];

    /// <summary>
    /// The draft's cut of the de minimis level (Agreement on Agriculture Article 6.4: 5% of the value of production for
    /// developed members, 10% for developing) by development status (<c>de_minimis_cut</c>, 0-100%; e.g. TN/AG/W/4/Rev.4:
    /// developed members' level to 2.5%, a 50% cut). None where a status is absent.
    /// </summary>
    public IReadOnlyDictionary<DevelopmentStatus, Rate> DeMinimisCuts { get; init; } = new Dictionary<DevelopmentStatus, Rate>();
}

/// <summary>A cut of one member's commodity-specific, production-distorting support.</summary>
/// <param name="Member">The member whose support is cut (its market region's lead).</param>
/// <param name="Commodity">The commodity, by code or name as written (checked against the data when the draft is applied).</param>
/// <param name="Cut">The cut; 100% removes the support.</param>
/// <param name="Location">Where the commodity is written, for error messages.</param>
public sealed record CommoditySupportCut(MemberId Member, string Commodity, Rate Cut, Errors.SourceLocation Location);

/// <summary>A support tier: members whose base support exceeds <paramref name="AboveBillionUsd"/> cut by <paramref name="Cut"/>.</summary>
/// <param name="AboveBillionUsd">Lower bound of the tier, in billion US dollars of base support.</param>
/// <param name="Cut">The cut in that tier.</param>
/// <param name="Status">The development status the tier applies to.</param>
public sealed record SupportTier(double AboveBillionUsd, Rate Cut, DevelopmentStatus Status);

/// <summary>Cuts in export subsidies (the positive part of each member's export wedge) by development status.</summary>
/// <param name="SubsidyCuts">The cut by status; 100% eliminates them.</param>
/// <param name="EndYears">The year by which the cut is complete, by status, where the draft says.</param>
public sealed record ExportCompetitionDraft(IReadOnlyDictionary<DevelopmentStatus, Rate> SubsidyCuts, IReadOnlyDictionary<DevelopmentStatus, int> EndYears)
{
    /// <summary>No commitment.</summary>
    public static ExportCompetitionDraft None { get; } = new(new Dictionary<DevelopmentStatus, Rate>(), new Dictionary<DevelopmentStatus, int>());
}

/// <summary>When commitments start and how many equal annual instalments each group takes.</summary>
/// <param name="StartYear">The year of the first instalment.</param>
/// <param name="Years">The implementation period by status (0 for members without commitments).</param>
/// <param name="EvaluateYear">The year the comparative static evaluates; null for full implementation.</param>
public sealed record ImplementationSettings(int StartYear, IReadOnlyDictionary<DevelopmentStatus, int> Years, int? EvaluateYear);

/// <summary>
/// How a draft is decided (the <c>[decision]</c> section; schema in
/// docs/scenarios.md, model in docs/models/negotiation.md). Every setting left out takes the default the
/// negotiation model states in its output.
/// </summary>
/// <param name="Rule">The decision rule.</param>
public sealed record DecisionSettings(DecisionRule Rule)
{
    /// <summary>The coalitions that hold a common position (codes such as G20, G33, G90, C4), or null for the model's default list.</summary>
    public IReadOnlyList<string>? Coalitions { get; init; }

    /// <summary>The alternative each member compares the draft with: null for the status quo, or a multilateral scenario file (as written, relative to this scenario's folder).</summary>
    public string? Baseline { get; init; }

    /// <summary>The food staples (commodity names or codes as written), or null for the model's default list.</summary>
    public IReadOnlyList<string>? Staples { get; init; }

    /// <summary>Where the keys that name data (coalitions, leaders, staples, baseline) are written, for error messages.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
}

/// <summary>The decision rule of the forum.</summary>
public enum DecisionRule
{
    /// <summary>WTO practice (Marrakesh Agreement, Article IX:1): the draft passes only if no member present objects.</summary>
    Consensus,
}

