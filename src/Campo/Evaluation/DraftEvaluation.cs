using Campo.Domain;
using Campo.Markets;
using Campo.Markets.Uncertainty;

namespace Campo.Evaluation;

/// <summary>
/// Everything <c>campo run</c> reports about one draft: what it asks of whom, the world prices, and who gains
/// or loses by how much, with uncertainty bands. Money is in million US dollars a year at 2005 prices; prices in
/// US dollars per tonne; quantities in thousand tonnes; changes as fractions (0.05 is +5%).
/// </summary>
public sealed record DraftEvaluation
{
    /// <summary>The draft and the data it was evaluated on.</summary>
    public required EvaluatedScenario Scenario { get; init; }

    /// <summary>What the draft asks of each region.</summary>
    public required IReadOnlyList<CommitmentSummary> Commitments { get; init; }

    /// <summary>World price changes, by commodity.</summary>
    public required IReadOnlyList<WorldPriceOutcome> WorldPrices { get; init; }

    /// <summary>Welfare by region.</summary>
    public required IReadOnlyList<RegionOutcome> Regions { get; init; }

    /// <summary>Welfare by group of regions (status, coalitions, net food importers).</summary>
    public required IReadOnlyList<GroupOutcome> Groups { get; init; }

    /// <summary>Every region's market for every commodity: prices, quantities, the farmers' view and welfare.</summary>
    public required IReadOnlyList<MarketOutcome> Markets { get; init; }

    /// <summary>Bound, applied and water before and after, by region and commodity, for every region whose tariffs the draft touched (empty without a market-access pillar).</summary>
    public IReadOnlyList<TariffOutcome> Tariffs { get; init; } = [];

    /// <summary>The world's welfare change.</summary>
    public required WelfareFigures World { get; init; }

    /// <summary>How the world market was solved.</summary>
    public required SolverReport Solver { get; init; }

    /// <summary>The Monte Carlo behind the bands, or null without draws.</summary>
    public UncertaintyReport? Uncertainty { get; init; }

    /// <summary>The draft's numbers marked "to verify" or assumed, which the results rest on.</summary>
    public required IReadOnlyList<FlaggedParameter> Flagged { get; init; }

    /// <summary>Assumptions and rules the results rest on, in plain words.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The units of every figure (a regional agreement's money is at its base period's prices).</summary>
    public string Units { get; init; } = "money: million US dollars a year at 2005 prices; prices: US dollars per tonne; quantities: thousand tonnes; changes: fractions (0.05 = +5%)";

    /// <summary>Commodities reports lead with, in order (a regional agreement's focus); empty for none.</summary>
    public IReadOnlyList<CommodityId> FocusCommodities { get; init; } = [];

    /// <summary>A regional agreement's terms; null for a multilateral draft.</summary>
    public AgreementTerms? Agreement { get; init; }

    /// <summary>A regional agreement's results year by year, under the legal and the applied duties; null for a multilateral draft.</summary>
    public IReadOnlyList<PathYear>? Path { get; init; }

    /// <summary>The path set against what happened, with its error measures; null when not computed.</summary>
    public LookBackReport? LookBack { get; init; }

    /// <summary>Export-dumping margins (IATP method) for the years of the path; null when not asked for.</summary>
    public IReadOnlyList<Regional.Dumping.DumpingSeries>? Dumping { get; init; }

    /// <summary>Mexico's maize as two markets on a growing baseline, with and without NAFTA, against the record; null when the agreement has no US-to-Mexico maize quota.</summary>
    public Regional.MexicoMaizeReport? MexicoMaize { get; init; }

    /// <summary>
    /// The negotiation's verdict on this draft (<see cref="Negotiation.Negotiator.Negotiate"/> on the same data and
    /// draws), when it was asked for (<c>campo run --report</c> or <c>--verdict</c>, the web page); null otherwise and
    /// for a regional agreement.
    /// </summary>
    public Negotiation.NegotiationOutcome? Negotiation { get; init; }
}

/// <summary>The draft and data evaluated.</summary>
/// <param name="Title">The draft's title.</param>
/// <param name="File">The scenario file.</param>
/// <param name="Source">The document transcribed, or null.</param>
/// <param name="MembersAt">The membership date.</param>
/// <param name="Members">The number of WTO members on that date.</param>
/// <param name="Dataset">The dataset's origin.</param>
/// <param name="BaseYear">The base year of the market data.</param>
public sealed record EvaluatedScenario(string Title, string File, string? Source, DateOnly MembersAt, int Members, string Dataset, int BaseYear);

/// <summary>What a draft asks of one region.</summary>
/// <param name="Region">The market region.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Lead">The member whose commitments apply, or null.</param>
/// <param name="Status">The lead's status, or null for a non-member region.</param>
/// <param name="Formula">The tariff formula applied, in words, or null.</param>
/// <param name="AppliedBefore">Simple average applied tariff before (fraction), or null.</param>
/// <param name="AppliedAfter">Simple average applied tariff after (fraction), or null.</param>
/// <param name="BoundBefore">Simple average bound tariff before (fraction), or null.</param>
/// <param name="BoundAfter">Simple average bound tariff after (fraction), or null.</param>
/// <param name="CommoditiesCut">Commodities whose applied tariff falls.</param>
/// <param name="SupportCut">Cut in the producer support wedge (fraction), or null.</param>
/// <param name="ExportSubsidyCut">Cut in export subsidies (fraction), or null.</param>
/// <param name="Notes">Notes about this region.</param>
public sealed record CommitmentSummary(
    MemberId Region,
    string Name,
    MemberId? Lead,
    DevelopmentStatus? Status,
    string? Formula,
    double? AppliedBefore,
    double? AppliedAfter,
    double? BoundBefore,
    double? BoundAfter,
    int CommoditiesCut,
    double? SupportCut,
    double? ExportSubsidyCut,
    IReadOnlyList<string> Notes)
{
    /// <summary>The region's domestic support by box before and after the draft (million USD a year), or null for a regional agreement.</summary>
    public Composition.SupportBoxes? Support { get; init; }
}

/// <summary>A median and a 90% band (5th and 95th percentiles) over the Monte Carlo draws.</summary>
/// <param name="Median">The median.</param>
/// <param name="Low">The 5th percentile.</param>
/// <param name="High">The 95th percentile.</param>
public sealed record Band(double Median, double Low, double High)
{
    /// <summary>From a Monte Carlo summary, scaled (e.g. to millions).</summary>
    public static Band? From(Summary? summary, double scale = 1.0) =>
        summary is null ? null : new Band(summary.Median * scale, summary.P5 * scale, summary.P95 * scale);
}

/// <summary>A world price before and after.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Name">Its name.</param>
/// <param name="Base">Base price, USD/t.</param>
/// <param name="Scenario">Price under the draft, USD/t.</param>
/// <param name="Change">Relative change.</param>
/// <param name="ChangeBand">Band of the relative change, or null.</param>
public sealed record WorldPriceOutcome(CommodityId Commodity, string Name, double Base, double Scenario, double Change, Band? ChangeBand);

/// <summary>A welfare change split by who gains or loses, in million USD.</summary>
/// <param name="ProducerSurplus">Farmers (producer surplus).</param>
/// <param name="ConsumerSurplus">Consumers (consumer surplus).</param>
/// <param name="Government">The treasury: tariff and export-tax revenue less support outlays.</param>
/// <param name="QuotaRent">Quota rents received.</param>
/// <param name="Total">The sum.</param>
public sealed record WelfareFigures(double ProducerSurplus, double ConsumerSurplus, double Government, double QuotaRent, double Total)
{
    /// <summary>From a model welfare change.</summary>
    public static WelfareFigures From(WelfareChange change) => new(
        change.ProducerSurplus.Millions,
        change.ConsumerSurplus.Millions,
        change.Government.Millions,
        change.QuotaRent.Millions,
        change.Total.Millions);
}

/// <summary>Bands of the welfare components, in million USD.</summary>
/// <param name="ProducerSurplus">Farmers.</param>
/// <param name="ConsumerSurplus">Consumers.</param>
/// <param name="Government">Treasury.</param>
/// <param name="Total">Total.</param>
public sealed record WelfareBands(Band ProducerSurplus, Band ConsumerSurplus, Band Government, Band Total)
{
    /// <summary>From a Monte Carlo welfare summary (in dollars).</summary>
    public static WelfareBands? From(WelfareSummary? summary) => summary is null
        ? null
        : new WelfareBands(Band.From(summary.ProducerSurplus, 1e-6)!, Band.From(summary.ConsumerSurplus, 1e-6)!, Band.From(summary.Government, 1e-6)!, Band.From(summary.Total, 1e-6)!);
}

/// <summary>A region's welfare change.</summary>
/// <param name="Region">The region.</param>
/// <param name="Name">Its name.</param>
/// <param name="Lead">Its lead member, or null.</param>
/// <param name="Status">The lead's status, or null.</param>
/// <param name="Represented">WTO members whose market is (part of) this region.</param>
/// <param name="Groups">Groups it is counted in.</param>
/// <param name="Welfare">The central welfare change.</param>
/// <param name="Bands">Bands, or null without draws.</param>
public sealed record RegionOutcome(MemberId Region, string Name, MemberId? Lead, DevelopmentStatus? Status, IReadOnlyList<MemberId> Represented, IReadOnlyList<string> Groups, WelfareFigures Welfare, WelfareBands? Bands);

/// <summary>A group's welfare change.</summary>
/// <param name="Group">The group.</param>
/// <param name="Regions">Its regions.</param>
/// <param name="Welfare">The central welfare change.</param>
/// <param name="Bands">Bands, or null without draws.</param>
public sealed record GroupOutcome(string Group, IReadOnlyList<MemberId> Regions, WelfareFigures Welfare, WelfareBands? Bands);

/// <summary>One region's market for one commodity: what changes for its farmers, consumers and treasury.</summary>
/// <param name="Region">The region.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="CommodityName">The commodity's name.</param>
/// <param name="TariffBefore">Applied tariff (fraction) before.</param>
/// <param name="TariffAfter">Applied tariff (fraction) after.</param>
/// <param name="ProducerPriceBase">Producer price, USD/t, base.</param>
/// <param name="ProducerPriceChange">Relative change of the producer price.</param>
/// <param name="ConsumerPriceChange">Relative change of the consumer price.</param>
/// <param name="ProductionBase">Production, thousand t, base.</param>
/// <param name="ProductionScenario">Production, thousand t, under the draft.</param>
/// <param name="ConsumptionBase">Consumption, thousand t, base.</param>
/// <param name="ConsumptionScenario">Consumption, thousand t, under the draft.</param>
/// <param name="ImportsBase">Imports, thousand t, base.</param>
/// <param name="ImportsScenario">Imports, thousand t, under the draft.</param>
/// <param name="ExportsBase">Exports, thousand t, base.</param>
/// <param name="ExportsScenario">Exports, thousand t, under the draft.</param>
/// <param name="FarmRevenueChange">Farm revenue change (producer price × production), million USD.</param>
/// <param name="ProducerSurplusPerTonne">Farmers' surplus change per base tonne produced, USD/t, or null without production.</param>
/// <param name="ProducerSurplusPerHectare">Farmers' surplus change per base hectare, USD/ha, or null without an area.</param>
/// <param name="Welfare">The welfare change.</param>
/// <param name="ProducerPriceChangeBand">Band of the producer price change, or null.</param>
/// <param name="ProducerSurplusBand">Band of the farmers' surplus change (million USD), or null.</param>
public sealed record MarketOutcome(
    MemberId Region,
    CommodityId Commodity,
    string CommodityName,
    double TariffBefore,
    double TariffAfter,
    double ProducerPriceBase,
    double ProducerPriceChange,
    double ConsumerPriceChange,
    double ProductionBase,
    double ProductionScenario,
    double ConsumptionBase,
    double ConsumptionScenario,
    double ImportsBase,
    double ImportsScenario,
    double ExportsBase,
    double ExportsScenario,
    double FarmRevenueChange,
    double? ProducerSurplusPerTonne,
    double? ProducerSurplusPerHectare,
    WelfareFigures Welfare,
    Band? ProducerPriceChangeBand,
    Band? ProducerSurplusBand)
{
    /// <summary>Who bears the adjustment: farmers, consumers, the treasury and quota holders, with their shares of the losses.</summary>
    public AdjustmentSplit Adjustment => AdjustmentSplit.Of(Welfare);
}

/// <summary>How the world market was solved.</summary>
/// <param name="Converged">True when every market cleared to the tolerance.</param>
/// <param name="Tolerance">The relative tolerance.</param>
/// <param name="Sweeps">Sweeps over linked commodities.</param>
/// <param name="MaxRelativeResidual">The largest relative excess demand left.</param>
/// <param name="Markets">Markets in the model.</param>
/// <param name="Notes">The model's notes (e.g. export subsidies above the tariff), at most one per kind.</param>
public sealed record SolverReport(bool Converged, double Tolerance, int Sweeps, double MaxRelativeResidual, int Markets, IReadOnlyList<string> Notes);

/// <summary>The Monte Carlo behind the bands.</summary>
/// <param name="Draws">Draws asked for.</param>
/// <param name="Converged">Draws that converged (the others are left out and counted here).</param>
/// <param name="Seed">The seed; the same seed gives the same bands whatever the number of threads.</param>
/// <param name="Distributions">What was drawn, in words.</param>
public sealed record UncertaintyReport(int Draws, int Converged, ulong Seed, string Distributions);
