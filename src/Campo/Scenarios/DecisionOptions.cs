using Campo.Errors;

namespace Campo.Scenarios;

/// <summary>The default weights a government puts on its farmers, consumers, treasury and exports.</summary>
public enum WeightPreset
{
    /// <summary>Equal weights: national welfare (the neutral default; Bagwell and Staiger 1999, Bouët and Laborde 2010 "real income").</summary>
    Welfare,

    /// <summary>
    /// The qualitative pattern of Gawande, Krishna and Olarreaga (2015): developed members weigh producers most,
    /// developing members weigh tariff revenue heavily, consumers least. The magnitudes are stated assumptions.
    /// </summary>
    Gko,

    /// <summary>Export gains only (Bouët and Laborde 2010: the objective under which liberalisation is feasible).</summary>
    Exports,
}

/// <summary>What a member without market data (no IMPACT region) does.</summary>
public enum NoDataRule
{
    /// <summary>It takes the position of the coalitions it belongs to; alone, it accepts (no red line can be evaluated).</summary>
    FollowCoalitions,

    /// <summary>It accepts: no payoff and no red line can be evaluated.</summary>
    Accept,
}

/// <summary>Which members a <see cref="ProfileOverride"/> applies to.</summary>
public enum OverrideScope
{
    /// <summary>A development status group: developed, developing or ldc.</summary>
    Status,

    /// <summary>A coalition by code (G20, G33, G90, C4, ...).</summary>
    Coalition,

    /// <summary>One member by code.</summary>
    Member,
}

/// <summary>
/// A government's settings as a scenario writes them: each value is null when not set at this level. Weights are
/// non-negative multipliers of each welfare component; the threshold is in million US dollars a year; the red-line
/// sizes are fractions (0.15 for 15%).
/// </summary>
public sealed record DecisionProfile
{
    /// <summary>Nothing set.</summary>
    public static DecisionProfile Empty { get; } = new();

    /// <summary>Weight on the farmers' (producer) surplus change, or null.</summary>
    public double? Producer { get; init; }

    /// <summary>Weight on the consumers' surplus change, or null.</summary>
    public double? Consumer { get; init; }

    /// <summary>Weight on the treasury's change (tariff revenue less support outlays), or null.</summary>
    public double? Government { get; init; }

    /// <summary>Weight on the quota rents received, or null.</summary>
    public double? QuotaRent { get; init; }

    /// <summary>Weight on the change in the value of exports at world prices (offensive interests), or null.</summary>
    public double? Exports { get; init; }

    /// <summary>The least weighted gain, in million US dollars a year, at which the government accepts; or null.</summary>
    public double? Threshold { get; init; }

    /// <summary>The producer-price fall on a protected product beyond which the government objects (fraction), or null.</summary>
    public double? PriceFall { get; init; }

    /// <summary>The rise of a staple's imports above the baseline beyond which the government objects (fraction), or null.</summary>
    public double? ImportSurge { get; init; }

    /// <summary>The share of consumption imports must exceed for a surge to count (fraction), or null.</summary>
    public double? SurgeFloor { get; init; }

    /// <summary>Whether the defensive red lines apply, or null.</summary>
    public bool? RedLines { get; init; }

    /// <summary>True when nothing is set.</summary>
    public bool IsEmpty => this == Empty;
}

/// <summary>Settings for a status group, a coalition or a member.</summary>
/// <param name="Scope">What <paramref name="Key"/> names.</param>
/// <param name="Key">The status key (developed, developing, ldc), coalition code or member code, as written.</param>
/// <param name="Profile">The values set.</param>
/// <param name="Location">Where the table is written.</param>
public sealed record ProfileOverride(OverrideScope Scope, string Key, DecisionProfile Profile, SourceLocation Location);
