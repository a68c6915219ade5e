using Campo.Composition;
using Campo.Domain;
using Campo.Schedules.Engine;

namespace Campo.Evaluation;

/// <summary>
/// What a draft does to one region's tariff on one commodity, on the bound and on the applied rate: the binding
/// overhang ("water") before and after, and whether the cut was absorbed by water (the bound fell, the applied rate
/// did not move). Rates are fractions.
/// </summary>
/// <param name="Region">The market region.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="BoundBefore">Bound rate before.</param>
/// <param name="BoundAfter">Bound rate after the draft (with its cap), or null when unknown.</param>
/// <param name="AppliedBefore">Applied rate before.</param>
/// <param name="AppliedAfter">Applied rate after: min(applied before, bound after), or null when unknown.</param>
/// <param name="Cut">The cut made on the bound rate (fraction of it), or null.</param>
/// <param name="AbsorbedByWater">True when the bound was cut and the applied rate did not move.</param>
/// <param name="Treatment">How the line was treated: formula, sensitive, special, zero cut, capped, exempt (words, for reports).</param>
/// <param name="BoundSource">Where the bound rate comes from: a cited commodity fact, the member's cited group or agricultural average (a rule), or the assumption bound = applied.</param>
/// <param name="QuotaAfter">For a sensitive product with tariff-quota expansion, the quota after (thousand tonnes of the expansion asked), else null.</param>
public sealed record TariffOutcome(
    MemberId Region,
    CommodityId Commodity,
    double BoundBefore,
    double? BoundAfter,
    double AppliedBefore,
    double? AppliedAfter,
    double? Cut,
    bool AbsorbedByWater,
    string Treatment,
    string BoundSource,
    double? QuotaAfter)
{
    /// <summary>Water before: bound minus applied.</summary>
    public double WaterBefore => BoundBefore - AppliedBefore;

    /// <summary>Water after, or null when unknown.</summary>
    public double? WaterAfter => BoundAfter is { } b && AppliedAfter is { } a ? b - a : null;
}

/// <summary>Builds the <see cref="TariffOutcome"/> of every region and commodity a draft's market-access pillar touched.</summary>
public static class TariffOutcomes
{
    /// <summary>The outcomes of every commitment, in region then schedule order.</summary>
    public static IReadOnlyList<TariffOutcome> Of(IEnumerable<RegionCommitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var list = new List<TariffOutcome>();
        foreach (var c in commitments)
        {
            if (c.Tariffs is not { } tariffs)
            {
                continue;
            }

            foreach (var l in tariffs.Lines)
            {
                if (l.Line.Commodity is not { } commodity || l.BoundBefore.Rate is not { } b0 || l.AppliedBefore.Rate is not { } a0)
                {
                    continue;
                }

                var source = l.Line.BoundProvenance.Reliability == Reliability.Verified ? "cited"
                    : l.Line.BoundProvenance.Source.StartsWith("bound rate = ", StringComparison.Ordinal) ? "average"
                    : "assumed";
                list.Add(new TariffOutcome(
                    c.Role.Region,
                    commodity,
                    b0.Fraction,
                    l.BoundAfter?.Fraction,
                    a0.Fraction,
                    l.AppliedAfter?.Fraction,
                    l.Cut,
                    l.AbsorbedByWater,
                    Treatment(l.Outcome),
                    source,
                    (l.Outcome & LineOutcome.Sensitive) != 0 ? l.QuotaAfter?.Quantity.Thousands : null));
            }
        }

        return list;
    }

    /// <summary>The line's treatment in one word or two, most specific first.</summary>
    public static string Treatment(LineOutcome outcome) =>
        (outcome & LineOutcome.ZeroCut) != 0 ? "special, zero cut"
        : (outcome & LineOutcome.SpecialProduct) != 0 ? "special"
        : (outcome & LineOutcome.Sensitive) != 0 ? "sensitive"
        : (outcome & LineOutcome.Capped) != 0 ? "capped"
        : (outcome & LineOutcome.Exempt) != 0 ? "exempt"
        : (outcome & LineOutcome.AlreadyDutyFree) != 0 ? "duty-free"
        : (outcome & LineOutcome.Formula) != 0 ? "formula"
        : "-";
}
