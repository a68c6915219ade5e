using System.Globalization;
using Campo.Domain;

namespace Campo.Negotiation;

/// <summary>A member's position on a draft.</summary>
public enum Position
{
    /// <summary>It does not object.</summary>
    Accept,

    /// <summary>It formally objects: under consensus the draft fails.</summary>
    Object,
}

/// <summary>Why a member takes its position.</summary>
public enum ReasonKind
{
    /// <summary>Its weighted payoff is below its threshold.</summary>
    Payoff,

    /// <summary>A protected product's producer price falls beyond its red line.</summary>
    PriceRedLine,

    /// <summary>A staple's imports surge beyond its red line.</summary>
    SurgeRedLine,

    /// <summary>It takes its coalition's position.</summary>
    Coalition,

    /// <summary>Its own objection gives way to its coalitions' acceptance (coalition discipline).</summary>
    Overruled,

    /// <summary>Another member speaks for it (EU member states: the European Union).</summary>
    Represented,

    /// <summary>It has no market data; the stated rule decides.</summary>
    NoData,
}

/// <summary>One reason for a position.</summary>
/// <param name="Kind">The kind of reason.</param>
/// <param name="Text">The reason in plain words, with its size.</param>
/// <param name="Commodity">The commodity concerned, or null.</param>
/// <param name="Size">The size (million USD for payoffs; a fraction for prices and imports), or null.</param>
public sealed record Reason(ReasonKind Kind, string Text, CommodityId? Commodity = null, double? Size = null);

/// <summary>
/// One commodity's outcome for a member's market region under a draft, measured against the alternative (the status
/// quo or the stated baseline).
/// </summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Name">Its name.</param>
/// <param name="Change">Welfare change against the alternative, million USD a year.</param>
/// <param name="ProducerPriceChange">Producer price under the draft relative to the alternative, minus 1.</param>
/// <param name="ImportsAlternative">Imports under the alternative, thousand tonnes.</param>
/// <param name="ImportsDraft">Imports under the draft, thousand tonnes.</param>
/// <param name="ConsumptionDraft">Consumption under the draft, thousand tonnes.</param>
/// <param name="Staple">True for a food staple.</param>
/// <param name="Designated">True when the draft designates it a special or sensitive product of the member.</param>
/// <param name="SelfSufficiency">Base production over base consumption (infinite without consumption).</param>
public sealed record CommodityOutcome(
    CommodityId Commodity,
    string Name,
    WelfareParts Change,
    double ProducerPriceChange,
    double ImportsAlternative,
    double ImportsDraft,
    double ConsumptionDraft,
    bool Staple,
    bool Designated,
    double SelfSufficiency);

/// <summary>A market region's outcome under a draft against the alternative.</summary>
/// <param name="Region">The region.</param>
/// <param name="Total">Welfare change summed over commodities, million USD a year.</param>
/// <param name="Commodities">Each commodity's outcome.</param>
public sealed record RegionPayoff(MemberId Region, WelfareParts Total, IReadOnlyList<CommodityOutcome> Commodities);

/// <summary>A member's own decision, before coalitions.</summary>
/// <param name="Position">Accept or object.</param>
/// <param name="WeightedGain">G − G(alternative), million USD a year.</param>
/// <param name="Reasons">Every reason to object (empty when it accepts).</param>
public sealed record MemberDecision(Position Position, double WeightedGain, IReadOnlyList<Reason> Reasons);

/// <summary>One commodity's measures as the acceptance rule reads them (the allocation-free form of <see cref="CommodityOutcome"/>).</summary>
internal readonly record struct CellMeasure(WelfareParts Change, double PriceChange, double ImportsAlternative, double ImportsDraft, double ConsumptionDraft, bool Staple, bool Designated, double SelfSufficiency);

/// <summary>
/// The acceptance function (reference negotiation-and-civil-society.md §2.2, after Bagwell and Staiger 1999 and
/// Bouët and Laborde 2010): a government accepts a draft d against its alternative a (status quo or a stated
/// baseline) when
/// <code>
///   G(d) − G(a) = Σ_k w_k·(Δ_k(d) − Δ_k(a)) ≥ τ − ε           (participation constraint; k = farmers, consumers,
///                                                               treasury, quota rents, exports; w_k ≥ 0)
///   and, when its red lines apply, for every commodity c of its region that it really produces (base production
///   S_c0 ≥ ν·D_c0, its base consumption):
///   p_c(d)/p_c(a) − 1 ≥ −φ                                      if c is a staple or a special or sensitive
///                                                               product the draft designates (price red line)
///   not [ M_c(d) &gt; (1 + σ)·M_c(a)  and  M_c(d) &gt; ν·D_c(d) ]     if c is a staple (import-surge red line)
/// </code>
/// with τ the threshold (million USD a year), ε = <see cref="NegotiationDefaults.PayoffTolerance"/> the solver's
/// numerical noise, φ the price-fall line, σ the surge line and ν the floor share of consumption (the same floor
/// decides who is a producer: a government defends the farmers it has). The rule is monotone: a draft at least as
/// good for the member in every welfare part, with producer prices no lower, imports no higher and consumption no
/// lower, is accepted whenever the first one is.
/// </summary>
public static class Acceptance
{
    /// <summary>Decides one member's own position on its region's outcome.</summary>
    /// <param name="preferences">The government's preferences.</param>
    /// <param name="payoff">Its region's outcome against the alternative.</param>
    public static MemberDecision Decide(MemberPreferences preferences, RegionPayoff payoff)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(payoff);
        var cells = new CellMeasure[payoff.Commodities.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = payoff.Commodities[i];
            cells[i] = new CellMeasure(c.Change, c.ProducerPriceChange, c.ImportsAlternative, c.ImportsDraft, c.ConsumptionDraft, c.Staple, c.Designated, c.SelfSufficiency);
        }

        var reasons = new List<Reason>();
        var gain = preferences.Weights.Apply(payoff.Total);
        var objects = Objects(preferences, payoff.Total, cells, reasons, i => (payoff.Commodities[i].Commodity, payoff.Commodities[i].Name));
        return new MemberDecision(objects ? Position.Object : Position.Accept, gain, reasons);
    }

    /// <summary>
    /// The rule itself. With <paramref name="reasons"/> null it stops at the first objection and allocates nothing
    /// (the search's path); otherwise it records every reason, naming commodities through <paramref name="names"/>.
    /// </summary>
    internal static bool Objects(MemberPreferences p, in WelfareParts total, ReadOnlySpan<CellMeasure> cells, List<Reason>? reasons, Func<int, (CommodityId Id, string Name)>? names)
    {
        var objects = false;
        var gain = p.Weights.Apply(total);
        if (gain < p.Threshold - NegotiationDefaults.PayoffTolerance)
        {
            if (reasons is null)
            {
                return true;
            }

            objects = true;
            reasons.Add(PayoffReason(p, total, gain, cells, names!));
        }

        if (!p.RedLines.Enabled)
        {
            return objects;
        }

        var lines = p.RedLines;
        for (var i = 0; i < cells.Length; i++)
        {
            ref readonly var c = ref cells[i];
            if (c.SelfSufficiency < lines.SurgeFloor)
            {
                continue;
            }

            if ((c.Staple || c.Designated) && c.PriceChange < -lines.PriceFall)
            {
                if (reasons is null)
                {
                    return true;
                }

                objects = true;
                var (id, name) = names!(i);
                reasons.Add(new Reason(
                    ReasonKind.PriceRedLine,
                    string.Create(CultureInfo.InvariantCulture, $"producer price of {name} falls {-c.PriceChange:0.0%} (red line: {lines.PriceFall:0.#%})"),
                    id,
                    c.PriceChange));
            }

            if (c.Staple && c.ImportsDraft > (1 + lines.ImportSurge) * c.ImportsAlternative && c.ImportsDraft > lines.SurgeFloor * c.ConsumptionDraft)
            {
                if (reasons is null)
                {
                    return true;
                }

                objects = true;
                var (id, name) = names!(i);
                var rise = c.ImportsAlternative > 0 ? (c.ImportsDraft / c.ImportsAlternative) - 1 : double.PositiveInfinity;
                var share = c.ConsumptionDraft > 0 ? c.ImportsDraft / c.ConsumptionDraft : 1;
                var riseText = double.IsPositiveInfinity(rise) ? "from none" : "by " + rise.ToString("0.0%", CultureInfo.InvariantCulture);
                reasons.Add(new Reason(
                    ReasonKind.SurgeRedLine,
                    string.Create(CultureInfo.InvariantCulture, $"imports of {name} rise {riseText} to {share:0.0%} of consumption (red line: {lines.ImportSurge:0.#%} above {lines.SurgeFloor:0.#%} of consumption)"),
                    id,
                    double.IsPositiveInfinity(rise) ? null : rise));
            }
        }

        return objects;
    }

    private static Reason PayoffReason(MemberPreferences p, in WelfareParts total, double gain, ReadOnlySpan<CellMeasure> cells, Func<int, (CommodityId Id, string Name)> names)
    {
        var losses = new List<(string Name, double Value)>();
        for (var i = 0; i < cells.Length; i++)
        {
            var weighted = p.Weights.Apply(cells[i].Change);
            if (weighted < 0)
            {
                losses.Add((names(i).Name, weighted));
            }
        }

        var largest = losses.OrderBy(l => l.Value).Take(3).Select(l => l.Name + " " + Money(l.Value)).ToArray();
        var text = string.Create(CultureInfo.InvariantCulture, $"weighted payoff {Money(gain)} million USD a year, below the threshold of {Money(p.Threshold)}")
            + " (farmers " + Money(total.Producer) + ", consumers " + Money(total.Consumer) + ", treasury " + Money(total.Government)
            + (total.QuotaRent != 0 ? ", quota rents " + Money(total.QuotaRent) : string.Empty)
            + (p.Weights.Exports > 0 ? ", exports " + Money(total.Exports) : string.Empty) + ")"
            + (largest.Length > 0 ? "; largest losses: " + string.Join(", ", largest) : string.Empty);
        return new Reason(ReasonKind.Payoff, text, null, gain);
    }

    /// <summary>Million USD with a sign, in the invariant culture.</summary>
    internal static string Money(double millions)
    {
        var magnitude = Math.Abs(millions);
        var format = magnitude >= 100 ? "+#,##0;-#,##0;0" : magnitude >= 1 ? "+#,##0.0;-#,##0.0;0.0" : "+0.00;-0.00;0.00";
        return millions.ToString(format, CultureInfo.InvariantCulture);
    }
}
