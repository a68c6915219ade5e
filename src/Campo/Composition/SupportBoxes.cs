using Campo.Data;
using Campo.Domain;
using Campo.Markets.World;

namespace Campo.Composition;

/// <summary>
/// A region's domestic support by box, before and after a draft, in million US dollars a year valued at base
/// production and world prices (docs/models/support.md). Market price support is what the border measure makes
/// consumers pay (not a budget line); amber is the budgetary support coupled to production, the part AMS commitments
/// cut; green, blue and de minimis are the lead member's notified figures where the data cite one (null otherwise:
/// the model has no such wedge, as green support has no or minimal production effect).
/// </summary>
/// <param name="MarketPriceSupport">Market price support, before and after (the draft's support cuts leave it to the tariff).</param>
/// <param name="AmberBefore">Budgetary coupled support before.</param>
/// <param name="AmberAfter">Budgetary coupled support after.</param>
/// <param name="BoundAms">The bound total AMS before the draft.</param>
/// <param name="BoundAmsAfter">The bound total AMS after the draft (the new ceiling).</param>
/// <param name="BoundSource">The bound figure's source, or the assumption that stands in for it.</param>
/// <param name="Green">Notified green box, or null.</param>
/// <param name="Blue">Notified blue box, or null.</param>
/// <param name="DeMinimis">Notified de minimis, or null.</param>
public sealed record SupportBoxes(
    double MarketPriceSupport,
    double AmberBefore,
    double AmberAfter,
    double BoundAms,
    double BoundAmsAfter,
    string BoundSource,
    double? Green,
    double? Blue,
    double? DeMinimis)
{
    /// <summary>The current total AMS before the draft, million USD: the cited figure, or the model's AMS-counted support (budgetary support above de minimis) standing in; null without a commitment.</summary>
    public double? CurrentAms { get; init; }

    /// <summary>The current total AMS with the draft, million USD: current × (1 − the applied cut); null without a commitment.</summary>
    public double? CurrentAmsAfter { get; init; }

    /// <summary>The model's budgetary support within de minimis (Article 6.4: at most 5% or 10% of the value of production), million USD; never cut by an AMS commitment. Null without a commitment.</summary>
    public double? DeMinimisInModel { get; init; }

    /// <summary>The model's budgetary support within de minimis with the draft, million USD: less than <see cref="DeMinimisInModel"/> where the draft cuts the de minimis level (its support above the new level leaves de minimis). Null without a commitment.</summary>
    public double? DeMinimisInModelAfter { get; init; }

    /// <summary>The assumption written where the data cite no bound total AMS.</summary>
    public const string NoNotifiedBound = "no notified figure in the data: the model's budgetary support stands in (assumption)";

    /// <summary>A region's boxes from its base records and the policy changes the draft makes there.</summary>
    public static SupportBoxes Of(Dataset dataset, MemberId? lead, MemberId region, IReadOnlyList<BaseRecord> records, IEnumerable<PolicyChange> changes, AmsCommitment? ams)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        var after = changes.Where(c => c.ProducerSupport is not null).ToDictionary(c => c.Commodity, c => c.ProducerSupport!.Value.Fraction);
        double mps = 0, before = 0, amberAfter = 0;
        foreach (var r in records)
        {
            if (dataset.WorldPrice(r.Commodity) is not { } price)
            {
                continue;
            }

            var value = r.Production.Value * price.Value / 1e6;
            var split = SupportPolicy.Split(dataset, r);
            var wedge = Math.Max(0, SupportPolicy.ProducerWedge(dataset, r));
            mps += split.MarketPriceSupport * value;
            before += wedge * value;
            amberAfter += Math.Max(0, after.TryGetValue(r.Commodity, out var w) ? w : wedge) * value;
        }

        double? Notified(SupportMeasure measure) =>
            lead is { } l && (dataset.Support.Latest(l, measure) ?? dataset.Support.Latest(region, measure)) is { } n ? n.MillionUsd : null;
        var bound = ams?.BoundUsd / 1e6 ?? Notified(SupportMeasure.BoundTotalAms) ?? before;
        var source = (ams is { NoFinalBound: true } ? ams.NoFinalBoundBasis : ams?.BoundSource) ?? (lead is { } m ? dataset.Support.Latest(m, SupportMeasure.BoundTotalAms)?.Source.Source : null) ?? NoNotifiedBound;
        return new SupportBoxes(mps, before, amberAfter, bound, ams?.CeilingUsd / 1e6 ?? bound, source, Notified(SupportMeasure.Green), Notified(SupportMeasure.Blue), Notified(SupportMeasure.DeMinimis))
        {
            // Before the draft: support a draft's de minimis cut brings into the current total AMS is not in it yet.
            CurrentAms = ams is null ? null : (ams.CurrentUsd - (ams.NoFinalBound ? 0 : ams.LeavesDeMinimisUsd)) / 1e6,
            CurrentAmsAfter = ams is null ? null : ams.CurrentUsd * (1 - ams.AppliedCut) / 1e6,
            DeMinimisInModel = ams is null ? null : (ams.DeMinimisUsd + ams.LeavesDeMinimisUsd) / 1e6,
            DeMinimisInModelAfter = ams?.DeMinimisUsd / 1e6,
        };
    }
}
