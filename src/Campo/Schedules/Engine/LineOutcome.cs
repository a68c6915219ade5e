namespace Campo.Schedules.Engine;

/// <summary>What the draft did to a line; several may hold at once.</summary>
[Flags]
public enum LineOutcome : ushort
{
    /// <summary>Nothing recorded.</summary>
    None = 0,

    /// <summary>The member has no reduction commitment (LDC, or a group the draft leaves out).</summary>
    Exempt = 1,

    /// <summary>The line was already duty-free.</summary>
    AlreadyDutyFree = 2,

    /// <summary>The line's ad valorem equivalent is unknown: no result, flagged.</summary>
    UnknownAve = 4,

    /// <summary>Cut by the formula.</summary>
    Formula = 8,

    /// <summary>A sensitive product: a fraction of the formula cut.</summary>
    Sensitive = 16,

    /// <summary>A special product.</summary>
    SpecialProduct = 32,

    /// <summary>A special product with a zero cut.</summary>
    ZeroCut = 64,

    /// <summary>Cut down to the tariff cap.</summary>
    Capped = 128,

    /// <summary>Above the cap after the formula, kept as a sensitive product (more tariff-quota access needed).</summary>
    AboveCapKept = 256,

    /// <summary>Cut in the next-higher band under the tariff-escalation rule.</summary>
    Escalated = 512,

    /// <summary>The formula cut was scaled to meet the average-cut floor or ceiling.</summary>
    Scaled = 1024,

    /// <summary>In the Uruguay Round part of the blended formula.</summary>
    UruguayRoundPart = 2048,

    /// <summary>In the Swiss part of the blended formula.</summary>
    SwissPart = 4096,

    /// <summary>In the duty-free part of the blended formula.</summary>
    DutyFreePart = 8192,
}

/// <summary>Why a member's lines could not be processed as the draft requires.</summary>
public enum MemberStatusCode
{
    /// <summary>Processed.</summary>
    Ok,

    /// <summary>The schedule flags more sensitive lines than the draft allows.</summary>
    TooManySensitive,

    /// <summary>The schedule flags more special products than the draft allows.</summary>
    TooManySpecial,

    /// <summary>The schedule flags special products but the member's group has none.</summary>
    SpecialNotAllowed,

    /// <summary>The schedule flags sensitive products but the member's group has none.</summary>
    SensitiveNotAllowed,
}

/// <summary>What the engine did for one member.</summary>
/// <param name="Status">Whether the member's lines could be processed.</param>
/// <param name="Lines">All lines.</param>
/// <param name="Dutiable">Lines with a known AVE above 0.</param>
/// <param name="Unknown">Lines whose AVE is unknown.</param>
/// <param name="Sensitive">Sensitive lines used.</param>
/// <param name="SensitiveAllowed">Sensitive lines allowed.</param>
/// <param name="Special">Special products used.</param>
/// <param name="SpecialAllowed">Special products allowed.</param>
/// <param name="ZeroCut">Special products with a zero cut.</param>
/// <param name="TopBandShare">Share of dutiable lines in the top band (banded formulas), else 0.</param>
/// <param name="Constraint">The average-cut constraint on the formula lines.</param>
/// <param name="AverageCut">Simple-average cut over all dutiable lines after every rule.</param>
public readonly record struct MemberSummary(
    MemberStatusCode Status,
    int Lines,
    int Dutiable,
    int Unknown,
    int Sensitive,
    int SensitiveAllowed,
    int Special,
    int SpecialAllowed,
    int ZeroCut,
    double TopBandShare,
    Formulas.AverageCutOutcome Constraint,
    double AverageCut);
