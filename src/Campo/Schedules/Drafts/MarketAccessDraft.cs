using Campo.Domain;
using Campo.Schedules.Formulas;

namespace Campo.Schedules.Drafts;

/// <summary>A tariff-cutting formula as a draft sets it. Rates and cuts are fractions; Swiss coefficients too (0.25 for 25).</summary>
public abstract record TariffFormula
{
    /// <summary>The name used in scenario files and reports.</summary>
    public abstract string Name { get; }
}

/// <summary>No reduction commitment (for example LDCs).</summary>
public sealed record NoCutFormula : TariffFormula
{
    /// <inheritdoc />
    public override string Name => "none";
}

/// <summary>Every line cut by <paramref name="Cut"/> (<see cref="Linear"/>).</summary>
/// <param name="Cut">The cut.</param>
public sealed record LinearFormula(Rate Cut) : TariffFormula
{
    /// <inheritdoc />
    public override string Name => "linear";
}

/// <summary>The Uruguay Round approach (<see cref="UruguayRound"/>).</summary>
/// <param name="AverageCut">The simple-average cut.</param>
/// <param name="MinimumCut">The minimum cut per line.</param>
/// <param name="Allocation">How the member spreads the cuts.</param>
public sealed record UruguayRoundFormula(Rate AverageCut, Rate MinimumCut, CutAllocation Allocation) : TariffFormula
{
    /// <inheritdoc />
    public override string Name => "uruguay-round";
}

/// <summary>The Swiss formula (<see cref="Swiss"/>).</summary>
/// <param name="Coefficient">The coefficient a as a fraction (0.25 for 25).</param>
public sealed record SwissFormula(double Coefficient) : TariffFormula
{
    /// <inheritdoc />
    public override string Name => "swiss";
}

/// <summary>A band of the Harbinson formula: lines above <paramref name="Above"/> (up to the next band) cut under the UR approach.</summary>
/// <param name="Above">The band's lower edge (exclusive).</param>
/// <param name="AverageCut">The band's average cut.</param>
/// <param name="MinimumCut">The band's minimum cut.</param>
public sealed record AverageBand(Rate Above, Rate AverageCut, Rate MinimumCut);

/// <summary>Harbinson bands (<see cref="Harbinson"/>).</summary>
/// <param name="Bands">The bands in increasing order of their lower edge.</param>
/// <param name="Allocation">How the member spreads the cuts within each band.</param>
public sealed record BandedFormula(IReadOnlyList<AverageBand> Bands, CutAllocation Allocation) : TariffFormula
{
    /// <inheritdoc />
    public override string Name => "banded";
}

/// <summary>A band of the tiered formula.</summary>
/// <param name="Above">The band's lower edge (exclusive).</param>
/// <param name="Cut">The band's linear cut.</param>
public sealed record TierBand(Rate Above, Rate Cut);

/// <summary>The tiered formula (<see cref="Tiered"/>).</summary>
/// <param name="Bands">The bands in increasing order of their lower edge.</param>
public sealed record TieredFormula(IReadOnlyList<TierBand> Bands) : TariffFormula
{
    /// <inheritdoc />
    public override string Name => "tiered";
}

/// <summary>The blended formula (<see cref="Blended"/>).</summary>
/// <param name="UruguayRoundShare">Share of lines under the UR approach.</param>
/// <param name="SwissShare">Share of lines under the Swiss formula.</param>
/// <param name="DutyFreeShare">Share of lines made duty-free.</param>
/// <param name="AverageCut">The UR part's average cut.</param>
/// <param name="MinimumCut">The UR part's minimum cut.</param>
/// <param name="SwissCoefficient">The Swiss part's coefficient as a fraction.</param>
/// <param name="Placement">How the member places lines in the parts.</param>
public sealed record BlendedFormula(Rate UruguayRoundShare, Rate SwissShare, Rate DutyFreeShare, Rate AverageCut, Rate MinimumCut, double SwissCoefficient, CutAllocation Placement) : TariffFormula
{
    /// <inheritdoc />
    public override string Name => "blended";
}

/// <summary>Which lines a flexibility applies to.</summary>
public enum Designation
{
    /// <summary>The lines the schedule flags (its <c>flags</c> column); more than allowed is an error.</summary>
    Flagged,

    /// <summary>The member's highest tariffs, up to the allowed number: the choice a defensive member would make.</summary>
    Highest,
}

/// <summary>Sensitive-product rules (<see cref="Flexibilities.SensitiveProducts"/>).</summary>
/// <param name="ShareOfLines">Share of dutiable lines that may be sensitive.</param>
/// <param name="ExtraShare">Extra share when many lines are in the top band.</param>
/// <param name="ExtraWhenTopBandAbove">The top-band share above which the extra share applies, or null.</param>
/// <param name="FractionOfFormulaCut">The fraction of the formula cut a sensitive line takes.</param>
/// <param name="QuotaExpansion">Tariff-quota expansion as a share of domestic consumption.</param>
/// <param name="Designation">Which lines are sensitive.</param>
public sealed record SensitiveRules(Rate ShareOfLines, Rate ExtraShare, Rate? ExtraWhenTopBandAbove, Rate FractionOfFormulaCut, Rate QuotaExpansion, Designation Designation);

/// <summary>Special-product rules (<see cref="Flexibilities.SpecialProducts"/>).</summary>
/// <param name="ShareOfLines">Share of dutiable lines that may be special products.</param>
/// <param name="ZeroCutShare">Share of dutiable lines that may take no cut.</param>
/// <param name="AverageCut">The simple-average cut over all special products.</param>
/// <param name="Designation">Which lines are special products.</param>
public sealed record SpecialRules(Rate ShareOfLines, Rate ZeroCutShare, Rate AverageCut, Designation Designation);

/// <summary>What one group of members (developed, developing, LDC) commits to.</summary>
/// <param name="Formula">The tariff formula.</param>
/// <param name="Cap">The tariff cap, or null.</param>
/// <param name="MinimumAverageCut">The floor on the average formula cut, or null.</param>
/// <param name="MaximumAverageCut">The ceiling on the average formula cut, or null.</param>
/// <param name="Escalation">True when the tariff-escalation rule applies (tiered formula).</param>
/// <param name="Sensitive">Sensitive-product rules, or null.</param>
/// <param name="Special">Special-product rules, or null.</param>
/// <param name="InQuotaCut">The cut of in-quota rates, or null for none.</param>
public sealed record GroupModalities(TariffFormula Formula, Rate? Cap, Rate? MinimumAverageCut, Rate? MaximumAverageCut, bool Escalation, SensitiveRules? Sensitive, SpecialRules? Special, Rate? InQuotaCut)
{
    /// <summary>No commitment.</summary>
    public static GroupModalities None { get; } = new(new NoCutFormula(), null, null, null, false, null, null, null);
}

/// <summary>Softer terms for small, vulnerable economies or recently acceded members, applied on top of their group.</summary>
/// <param name="CutReductionPoints">Percentage points taken off every cut the formula states as a cut (linear, UR average and minimum, band cuts), never below 0; the Swiss formula is unchanged.</param>
/// <param name="ExtraYears">Extra years of implementation.</param>
public sealed record ModalityAdjustment(double CutReductionPoints, int ExtraYears);

/// <summary>How a member is treated: its development status, and whether it is a small, vulnerable economy (SVE) or a recently acceded member (RAM).</summary>
/// <param name="Status">Developed, developing or LDC.</param>
/// <param name="SmallVulnerable">True for an SVE.</param>
/// <param name="RecentlyAcceded">True for a RAM.</param>
public sealed record MemberTreatment(DevelopmentStatus Status, bool SmallVulnerable = false, bool RecentlyAcceded = false)
{
    /// <summary>A short description, such as "developing, SVE".</summary>
    public override string ToString()
    {
        var text = Status switch
        {
            DevelopmentStatus.Developed => "developed",
            DevelopmentStatus.Developing => "developing",
            _ => "LDC",
        };
        return text + (SmallVulnerable ? ", SVE" : string.Empty) + (RecentlyAcceded ? ", RAM" : string.Empty);
    }
}

/// <summary>
/// The market-access pillar of a draft: the commitments of each group of members, and the softer terms of SVEs and
/// RAMs. Read from the <c>[market_access]</c> section of a scenario (docs/scenarios.md). Immutable.
/// </summary>
/// <param name="Groups">Commitments by development status; a status not listed has none.</param>
/// <param name="SmallVulnerable">Softer terms for SVEs, or null.</param>
/// <param name="RecentlyAcceded">Softer terms for RAMs, or null.</param>
public sealed record MarketAccessDraft(IReadOnlyDictionary<DevelopmentStatus, GroupModalities> Groups, ModalityAdjustment? SmallVulnerable, ModalityAdjustment? RecentlyAcceded)
{
    /// <summary>No market-access commitments: every schedule is left as it is.</summary>
    public static MarketAccessDraft None { get; } = new(new Dictionary<DevelopmentStatus, GroupModalities>(), null, null);
}
