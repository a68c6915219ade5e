using Campo.Domain;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;
using Campo.Schedules.Formulas;

namespace Campo.Schedules.Results;

/// <summary>What a draft does to one line.</summary>
/// <param name="Line">The line as scheduled.</param>
/// <param name="BoundBefore">The bound AVE before.</param>
/// <param name="AppliedBefore">The applied AVE before (unknown when the schedule has none).</param>
/// <param name="Cut">The cut made on the bound rate (fraction), or null when unknown.</param>
/// <param name="BoundAfter">The new bound AVE, or null when unknown.</param>
/// <param name="AppliedAfter">The new applied AVE, min(old applied, new bound), or null when unknown.</param>
/// <param name="Outcome">What the draft did.</param>
/// <param name="QuotaAfter">The tariff quota after the draft (in-quota cut, sensitive-product expansion), or null.</param>
/// <param name="Note">A remark on this line (an unknown AVE's reason, an unknown quota expansion), or null.</param>
public sealed record LineResult(TariffLine Line, Ave BoundBefore, Ave AppliedBefore, double? Cut, Rate? BoundAfter, Rate? AppliedAfter, LineOutcome Outcome, TariffQuota? QuotaAfter, string? Note)
{
    /// <summary>True when the applied rate falls.</summary>
    public bool AppliedFalls => AppliedBefore.Rate is { } before && AppliedAfter is { } after && after.Fraction < before.Fraction - 1e-12;

    /// <summary>
    /// True when the bound rate is cut but the applied rate does not move: the new bound stays at or above the applied
    /// rate, so the cut only removes binding overhang ("cut absorbed by water").
    /// </summary>
    public bool AbsorbedByWater => Cut is > 0 && BoundBefore.Rate is { Fraction: > 0 } && !AppliedFalls && AppliedAfter is not null;

    /// <summary>The binding overhang before (bound minus applied, fraction), or null when either is unknown.</summary>
    public double? WaterBefore => BoundBefore.Rate is { } b && AppliedBefore.Rate is { } a ? b.Fraction - a.Fraction : null;

    /// <summary>The binding overhang after (new bound minus new applied, fraction), or null when either is unknown.</summary>
    public double? WaterAfter => BoundAfter is { } b && AppliedAfter is { } a ? b.Fraction - a.Fraction : null;
}

/// <summary>Averages for a product group (or for the whole schedule), before and after.</summary>
/// <param name="Group">The group label.</param>
/// <param name="Lines">All lines in the group.</param>
/// <param name="Unknown">Lines left out of the averages because an AVE is unknown.</param>
/// <param name="AppliedFalls">Lines whose applied rate falls.</param>
/// <param name="BoundBefore">Simple-average bound before.</param>
/// <param name="BoundAfter">Simple-average bound after.</param>
/// <param name="AppliedBefore">Simple-average applied before.</param>
/// <param name="AppliedAfter">Simple-average applied after.</param>
/// <param name="TradeWeightedAppliedBefore">Trade-weighted applied before, or null without trade values.</param>
/// <param name="TradeWeightedAppliedAfter">Trade-weighted applied after, or null without trade values.</param>
/// <param name="TradeWeightedLines">Lines with a trade value that enter the trade-weighted averages.</param>
public sealed record GroupSummary(
    string Group,
    int Lines,
    int Unknown,
    int AppliedFalls,
    Rate? BoundBefore,
    Rate? BoundAfter,
    Rate? AppliedBefore,
    Rate? AppliedAfter,
    Rate? TradeWeightedAppliedBefore,
    Rate? TradeWeightedAppliedAfter,
    int TradeWeightedLines)
{
    /// <summary>Binding overhang ("water") before: simple-average bound minus simple-average applied, as a fraction.</summary>
    public double? OverhangBefore => BoundBefore is { } b && AppliedBefore is { } a ? b.Fraction - a.Fraction : null;

    /// <summary>Binding overhang after, as a fraction.</summary>
    public double? OverhangAfter => BoundAfter is { } b && AppliedAfter is { } a ? b.Fraction - a.Fraction : null;
}

/// <summary>Simple averages in one year of the implementation period.</summary>
/// <param name="Year">The calendar year, after that year's instalment.</param>
/// <param name="Bound">Simple-average bound.</param>
/// <param name="Applied">Simple-average applied, min(old applied, bound of the year) line by line.</param>
public sealed record StagedAverage(int Year, Rate Bound, Rate Applied);

/// <summary>What a draft does to one member's schedule, line by line and by product group.</summary>
public sealed record ScheduleResult
{
    /// <summary>The statement every report gives beside trade-weighted averages.</summary>
    public const string TradeWeightBias = "trade-weighted averages understate protection: a prohibitive tariff keeps imports, and so its weight, near zero (Bach & Martin 2001); read them beside the simple averages";

    /// <summary>The member.</summary>
    public required MemberId Member { get; init; }

    /// <summary>The member's treatment.</summary>
    public required MemberTreatment Treatment { get; init; }

    /// <summary>The formula applied (its file name: tiered, swiss, ...).</summary>
    public required string Formula { get; init; }

    /// <summary>How detailed the schedule is.</summary>
    public required ScheduleLevel Level { get; init; }

    /// <summary>Where the schedule comes from.</summary>
    public required string Source { get; init; }

    /// <summary>Every line's result, in schedule order.</summary>
    public required IReadOnlyList<LineResult> Lines { get; init; }

    /// <summary>Averages by product group, in group order.</summary>
    public required IReadOnlyList<GroupSummary> Groups { get; init; }

    /// <summary>Averages over the whole schedule.</summary>
    public required GroupSummary Total { get; init; }

    /// <summary>What the engine did for the member (counts of flexibilities, the average-cut constraint).</summary>
    public required MemberSummary Summary { get; init; }

    /// <summary>The implementation period in equal annual instalments (0: at once).</summary>
    public required int Instalments { get; init; }

    /// <summary>Simple averages year by year over the implementation period.</summary>
    public required IReadOnlyList<StagedAverage> Staging { get; init; }

    /// <summary>The jumps of the tiered formula at its band edges (empty for other formulas).</summary>
    public required IReadOnlyList<EdgeJump> Jumps { get; init; }

    /// <summary>The draft's numbers this result rests on that are marked to verify or are assumptions.</summary>
    public required IReadOnlyList<ParameterRecord> FlaggedParameters { get; init; }

    /// <summary>What readers must know, in words (level, assumptions, exemptions, lines left out).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
