using System.Globalization;
using Campo.Data;
using Campo.Domain;

namespace Campo.Composition;

/// <summary>
/// A member's Aggregate Measure of Support commitment as a draft changes it (Agreement on Agriculture, Articles 1(a),
/// 1(h), 6 and 7; docs/models/support.md §2). The draft cuts the <b>bound</b> total AMS; applied support falls only where
/// the new ceiling is below the current total AMS, and then by the share the ceiling requires:
/// <code>
///   ceiling     = bound × (1 − cut × share done)
///   applied cut = max(0, current − ceiling) / current     (a fraction of the amber support counted in the AMS)
/// </code>
/// <para>
/// <b>De minimis</b> (Article 6.4): product-specific support that does not exceed 5% (developed members, 6.4(a)) or 10%
/// (developing members, 6.4(b)) of the value of production of the product is not included in the current total AMS,
/// so an AMS commitment does not cut it. For each market of the region, with the budgetary (amber) wedge <c>w</c> and
/// the market price support <c>m</c> of <see cref="SupportPolicy.Split"/> (fractions of the border price, so that the
/// producer price is the border price × (1 + m + w)):
/// <code>
///   share of the value of production = w / (1 + m + w)
///   de minimis market                ⇔ share ≤ 5% (developed) or 10% (developing, least developed)
///   AMS-counted support               = Σ over the other markets of w × production × world price  (the whole amount:
///                                       support above de minimis counts in full, Article 6.4)
/// </code>
/// IMPACT's support is product-specific; non-product-specific support (6.4(a)(ii)) has no wedge in the model.
/// </para>
/// <para>
/// <b>A draft's cut of de minimis</b> (TN/AG/W/4/Rev.4 as reported in the reference, §5.6: developed members' level cut
/// to 2.5%, developing members' by a third; to-verify) lowers the level by the share of the cut made:
/// <code>
///   new level = level × (1 − de minimis cut × share done)
/// </code>
/// A market whose share lies between the new and the old level leaves de minimis. For a member with a bound its whole
/// support enters the current total AMS (current' = current + that support), so it is cut only where the ceiling
/// requires, by the same applied cut as the rest; a member with no Final Bound Total AMS may not support a product
/// above the de minimis level (Article 7.2(b)), so such a market's wedge falls to the new level:
/// <code>
///   w' / (1 + m + w') = new level   ⇔   w' = new level × (1 + m) / (1 − new level)
/// </code>
/// </para>
/// <para>
/// <b>Exemption of developing members with no AMS commitments.</b> The drafts' de minimis cut applies to developing
/// members <i>with</i> AMS commitments; "developing country Members with no AMS commitments ... shall continue to have
/// the same access as under their existing WTO obligations" to the product-specific and non-product-specific de minimis
/// of Article 6.4(b) (Working Document No. 7, De minimis, Special Session of the Committee on Agriculture, 2007, French
/// text at http://masazerc.com/french/tratop_f/agric_f/workdoc_7deminimis_f.doc; the same rule in the chair's draft
/// modalities of 17 July 2007 as translated at https://soolun.net/periodical/1f16b6dadf1b4a8c1f09fd2781839c7d.html;
/// Rev.4's own paragraph was not read in a stored copy: to-verify). A developing or least-developed member with no
/// Final Bound Total AMS (cited nil or the labelled assumption) therefore keeps its level whatever the draft's de
/// minimis cut (<see cref="DeMinimisCutWaived"/>). The same texts exempt developing members with AMS commitments that
/// are net food-importing developing countries (G/AG/5/Rev.8) or give almost all such support to subsistence and
/// resource-poor farmers; neither is applied: the list is not in the data and the allocation is not in IMPACT.
/// </para>
/// <para>
/// <b>No Final Bound Total AMS</b>: a member whose Schedule has no Total AMS commitment may not support producers above
/// the de minimis level (Article 7.2(b)); a draft's cut of a zero bound leaves that limit unchanged, and the drafts'
/// cuts of Base OTDS apply to developing members with Final Bound Total AMS commitments (TN/AG/W/4/Rev.4, domestic
/// support, paragraph on developing members' OTDS reduction, read in a translated copy: to-verify). Such a member's
/// support is therefore not cut by a draft's AMS or OTDS cut. A member has no Final Bound Total AMS where the data cite
/// a zero bound, or, as a labelled assumption, where it is developing or least developed and the data cite no bound
/// figure (only 34 WTO members have commitments to reduce trade-distorting domestic support, and no LDC scheduled one:
/// UN LDC Portal, Agreement on Agriculture, Article 15.2).
/// </para>
/// <para>
/// Bound and current figures come from the dataset's cited notifications (<see cref="SupportTables.Notified"/>); where
/// the data hold none for a member with a bound, the model's AMS-counted support stands in for the missing figure, an
/// assumption every result states. The cut falls on budgetary payments; market price support is met by the border
/// measure and is not cut apart from the tariff.
/// </para>
/// </summary>
/// <param name="BoundUsd">Bound total AMS, USD a year (0 for a member with no Final Bound Total AMS).</param>
/// <param name="CurrentUsd">Current total AMS (applied), USD a year.</param>
/// <param name="BoundSource">The cited source of the bound figure, or null when the model's support stands in (or the no-bound assumption holds).</param>
/// <param name="CurrentSource">The cited source of the current figure, or null when the model's support stands in.</param>
public sealed record AmsCommitment(double BoundUsd, double CurrentUsd, string? BoundSource, string? CurrentSource)
{
    /// <summary>The de minimis level of a developed member: 5% of the value of production (Article 6.4(a)).</summary>
    public const double DeMinimisDeveloped = 0.05;

    /// <summary>The de minimis level of a developing member: 10% of the value of production (Article 6.4(b)).</summary>
    public const double DeMinimisDeveloping = 0.10;

    /// <summary>The assumption written where a developing member's bound total AMS is not in the data.</summary>
    public const string NoBoundAssumption =
        "assumption: a developing member with no bound total AMS in the data is taken to have none (only 34 WTO members have commitments to reduce trade-distorting domestic support and no LDC scheduled one: UN LDC Portal, https://www.un.org/ldcportal/agreement-on-agriculture-exemption-from-reduction-commitments-article-15-2/)";

    private const string StandsIn = "no notified figure in the data: the model's AMS-counted support stands in (assumption)";

    /// <summary>The draft's cut of the bound total AMS (0 before a cut is applied).</summary>
    public double DraftCut { get; init; }

    /// <summary>The bound total AMS after the cut.</summary>
    public double CeilingUsd { get; init; } = BoundUsd;

    /// <summary>The share of the region's AMS-counted budgetary (amber) support that must go, in [0, 1].</summary>
    public double AppliedCut { get; init; }

    /// <summary>True where the member is developing or least developed (de minimis 10%, Article 6.4(b)).</summary>
    public bool Developing { get; init; }

    /// <summary>True where the draft's de minimis cut does not apply: a developing member with no AMS commitments keeps its de minimis (Working Document No. 7, 2007).</summary>
    public bool DeMinimisCutWaived { get; init; }

    /// <summary>True where the member has no Final Bound Total AMS (cited zero or the developing-member assumption): exempt from the draft's AMS and OTDS cuts.</summary>
    public bool NoFinalBound { get; init; }

    /// <summary>Why the member is taken to have no Final Bound Total AMS (the cited source or the assumption), or null.</summary>
    public string? NoFinalBoundBasis { get; init; }

    /// <summary>The de minimis level applied (a fraction of the value of production).</summary>
    public double DeMinimisLevel { get; init; } = DeMinimisDeveloped;

    /// <summary>Budgetary support of the markets within de minimis, USD a year (outside the current total AMS).</summary>
    public double DeMinimisUsd { get; init; }

    /// <summary>The markets whose support is within de minimis: an AMS commitment does not cut them.</summary>
    public IReadOnlySet<CommodityId> DeMinimisCommodities { get; init; } = new HashSet<CommodityId>();

    /// <summary>The draft's cut of the de minimis level, times the share of instalments made (0 without one).</summary>
    public double DeMinimisCut { get; init; }

    /// <summary>The de minimis level before the draft's cut (Article 6.4).</summary>
    public double DeMinimisLevelBefore => DeMinimisCut >= 1 ? 0 : DeMinimisLevel / (1 - DeMinimisCut);

    /// <summary>Support of the markets the draft's de minimis cut takes out of de minimis, USD a year (counted in the current total AMS from then on).</summary>
    public double LeavesDeMinimisUsd { get; init; }

    /// <summary>Each supported market's budgetary wedge, market price support and share of the value of production.</summary>
    private IReadOnlyDictionary<CommodityId, SupportShare> Markets { get; init; } = new Dictionary<CommodityId, SupportShare>();

    /// <summary>True where the draft makes this commodity's budgetary support fall.</summary>
    public bool Cuts(CommodityId commodity) => Keep(commodity) < 1;

    /// <summary>
    /// The share of the commodity's budgetary wedge the draft leaves: 1 − applied cut on an AMS-counted market of a
    /// member with a bound; for a member with no Final Bound Total AMS, the new de minimis level over the wedge where the
    /// draft's de minimis cut takes the market out of de minimis (Article 7.2(b)); 1 otherwise.
    /// </summary>
    /// <param name="commodity">The commodity.</param>
    public double Keep(CommodityId commodity)
    {
        if (DeMinimisCommodities.Contains(commodity) || !Markets.TryGetValue(commodity, out var market))
        {
            return 1;
        }

        if (!NoFinalBound)
        {
            return 1 - AppliedCut;
        }

        if (market.Share > DeMinimisLevelBefore || DeMinimisLevel >= 1)
        {
            return 1;
        }

        var capped = DeMinimisLevel * (1 + market.MarketPriceSupport) / (1 - DeMinimisLevel);
        return Math.Clamp(capped / market.Wedge, 0, 1);
    }

    /// <summary>
    /// The commitment before any cut: cited figures where the data have them; de minimis markets set apart; the model's
    /// AMS-counted support standing in for a missing figure; no bound for a member that has none.
    /// </summary>
    /// <param name="dataset">The data.</param>
    /// <param name="lead">The member that sets the region's policy.</param>
    /// <param name="region">The market region.</param>
    /// <param name="records">The region's base records.</param>
    /// <param name="status">The lead member's development status (null: treated as developed).</param>
    public static AmsCommitment Of(Dataset dataset, MemberId lead, MemberId region, IEnumerable<BaseRecord> records, DevelopmentStatus? status)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        var developing = status is DevelopmentStatus.Developing or DevelopmentStatus.LeastDeveloped;
        var level = developing ? DeMinimisDeveloping : DeMinimisDeveloped;
        double counted = 0, deMinimis = 0;
        var exempt = new HashSet<CommodityId>();
        var markets = new Dictionary<CommodityId, SupportShare>();
        foreach (var r in records)
        {
            if (dataset.WorldPrice(r.Commodity) is not { } price)
            {
                continue;
            }

            var wedge = Math.Max(0, SupportPolicy.ProducerWedge(dataset, r));
            if (wedge <= 0)
            {
                continue;
            }

            var outlay = wedge * r.Production.Value * price.Value;
            var mps = SupportPolicy.Split(dataset, r).MarketPriceSupport;
            var share = wedge / (1 + mps + wedge);
            markets[r.Commodity] = new SupportShare(wedge, mps, share, outlay);
            if (share <= level)
            {
                exempt.Add(r.Commodity);
                deMinimis += outlay;
            }
            else
            {
                counted += outlay;
            }
        }

        var bound = dataset.Support.Latest(lead, SupportMeasure.BoundTotalAms) ?? dataset.Support.Latest(region, SupportMeasure.BoundTotalAms);
        var current = dataset.Support.Latest(lead, SupportMeasure.CurrentTotalAms) ?? dataset.Support.Latest(region, SupportMeasure.CurrentTotalAms);
        var noBound = bound is { MillionUsd: 0 } || (bound is null && developing);
        return new AmsCommitment(
            noBound ? 0 : bound is null ? counted : bound.MillionUsd * 1e6,
            current is null ? counted : current.MillionUsd * 1e6,
            bound?.Source.Source,
            current?.Source.Source)
        {
            NoFinalBound = noBound,
            NoFinalBoundBasis = noBound ? bound?.Source.Source ?? NoBoundAssumption : null,
            Developing = developing,
            DeMinimisLevel = level,
            DeMinimisUsd = deMinimis,
            DeMinimisCommodities = exempt,
            Markets = markets,
        };
    }

    /// <summary>Applies a draft's cut of the bound total AMS (or of the OTDS the model reads as one).</summary>
    /// <param name="cut">The cut.</param>
    /// <param name="shareDone">The share of the instalments made by the evaluation year, in [0, 1].</param>
    public AmsCommitment Cut(Rate cut, double shareDone) => Cut(cut, null, shareDone);

    /// <summary>Applies a draft's cut of the bound total AMS (none where null) and its cut of the de minimis level (none where null).</summary>
    /// <param name="cut">The cut of the bound total AMS, or null.</param>
    /// <param name="deMinimisCut">The cut of the de minimis level, or null.</param>
    /// <param name="shareDone">The share of the instalments made by the evaluation year, in [0, 1].</param>
    public AmsCommitment Cut(Rate? cut, Rate? deMinimisCut, double shareDone)
    {
        var draftCut = (cut?.Fraction ?? 0) * shareDone;
        var requested = Math.Clamp((deMinimisCut?.Fraction ?? 0) * shareDone, 0, 1);
        var waived = requested > 0 && NoFinalBound && Developing;
        var levelCut = waived ? 0 : requested;
        var level = DeMinimisLevel * (1 - levelCut);
        var exempt = new HashSet<CommodityId>();
        double deMinimis = 0, leaves = 0;
        foreach (var (commodity, market) in Markets)
        {
            if (market.Share <= level)
            {
                exempt.Add(commodity);
                deMinimis += market.OutlayUsd;
            }
            else if (market.Share <= DeMinimisLevel)
            {
                leaves += market.OutlayUsd;
            }
        }

        var ceiling = BoundUsd * (1 - draftCut);
        var current = CurrentUsd + (NoFinalBound ? 0 : leaves);
        var applied = NoFinalBound || current <= 0 ? 0 : Math.Clamp((current - ceiling) / current, 0, 1);
        return this with
        {
            DraftCut = draftCut,
            CeilingUsd = ceiling,
            CurrentUsd = current,
            AppliedCut = applied,
            DeMinimisCut = levelCut,
            DeMinimisCutWaived = waived,
            DeMinimisLevel = level,
            DeMinimisUsd = deMinimis,
            DeMinimisCommodities = exempt,
            LeavesDeMinimisUsd = leaves,
        };
    }

    /// <summary>The commitment in words, with its sources or the assumption that stands in for them.</summary>
    public string Describe()
    {
        var deMinimis = string.Create(
            CultureInfo.InvariantCulture,
            $" De minimis (Article 6.4, {DeMinimisLevel:0.##%} of the value of production): {DeMinimisUsd / 1e9:0.0} bn USD of budgetary support on {DeMinimisCommodities.Count} products, outside the AMS and not cut.");
        if (DeMinimisCut > 0)
        {
            deMinimis += string.Create(
                CultureInfo.InvariantCulture,
                $" The draft cuts the de minimis level by {DeMinimisCut:0.#%} (from {DeMinimisLevelBefore:0.##%}): {LeavesDeMinimisUsd / 1e9:0.00} bn USD of support leaves de minimis")
                + (NoFinalBound
                    ? " and falls to the new level (no Final Bound Total AMS: Article 7.2(b))."
                    : " and counts in the current total AMS.");
        }

        if (DeMinimisCutWaived)
        {
            deMinimis += " The draft's de minimis cut does not apply: a developing member with no AMS commitments keeps its de minimis (Working Document No. 7, 2007; Rev.4's paragraph: to-verify).";
        }

        if (NoFinalBound)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"AMS: no Final Bound Total AMS ({NoFinalBoundBasis}): support is limited to de minimis (Article 7.2(b)) and the draft's AMS or OTDS cut does not apply (TN/AG/W/4/Rev.4 cuts the Base OTDS of developing members with Final Bound Total AMS commitments: to-verify); applied support does not change.") + deMinimis;
        }

        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"AMS: bound {BoundUsd / 1e9:0.0} bn USD ({BoundSource ?? StandsIn}), cut {DraftCut:0%} to a ceiling of {CeilingUsd / 1e9:0.0} bn; current {CurrentUsd / 1e9:0.0} bn ({CurrentSource ?? StandsIn}).");
        return (AppliedCut > 0
            ? text + string.Create(CultureInfo.InvariantCulture, $" Applied budgetary support above de minimis falls {AppliedCut:0%}.")
            : text + " The ceiling stays above current support: the cut is absorbed by the water in the bound AMS and applied support does not change.") + deMinimis;
    }
}

/// <summary>One market's support as the de minimis test reads it.</summary>
/// <param name="Wedge">The budgetary (amber) wedge, a fraction of the border price.</param>
/// <param name="MarketPriceSupport">The market price support, a fraction of the border price.</param>
/// <param name="Share">The budgetary support over the value of production at the producer price: w / (1 + m + w).</param>
/// <param name="OutlayUsd">The budgetary outlay, USD a year.</param>
internal readonly record struct SupportShare(double Wedge, double MarketPriceSupport, double Share, double OutlayUsd);
