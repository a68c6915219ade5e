using Campo.Domain;

namespace Campo.Schedules;

/// <summary>An ad valorem equivalent: a rate, or "unknown" with the reason. Never a silent zero.</summary>
/// <param name="Rate">The equivalent rate, or null when it cannot be computed.</param>
/// <param name="Reason">Why it is unknown, or null when known.</param>
public sealed record Ave(Rate? Rate, string? Reason)
{
    /// <summary>True when the equivalent could be computed.</summary>
    public bool IsKnown => Rate.HasValue;

    /// <summary>The rate as a fraction, or NaN when unknown (the form the columnar engine uses).</summary>
    public double FractionOrNaN => Rate?.Fraction ?? double.NaN;

    /// <summary>A known equivalent.</summary>
    public static Ave Known(Rate rate) => new(rate, null);

    /// <summary>An unknown equivalent, with the reason shown to users.</summary>
    public static Ave Unknown(string reason) => new(null, reason);

    /// <inheritdoc />
    public override string ToString() => Rate?.ToString() ?? "unknown";
}

/// <summary>
/// Ad valorem equivalents (AVEs) of scheduled duties by the unit-value method.
/// <para>
/// Equations, with t the ad valorem part, s the specific part (US$ per tonne) and p the unit import value
/// (US$ per tonne, c.i.f.):
/// ad valorem: AVE = t; specific: AVE = s / p; compound: AVE = t + s / p; mixed ("whichever is higher"):
/// AVE = max(t, s / p).
/// </para>
/// <para>
/// Source: the Doha texts compute AVEs by unit values (Annex A to TN/AG/W/3, 12 July 2006, built on the May 2005
/// "Paris" AVE agreement, with unit values from the WTO Integrated Data Base or UN Comtrade; Working Document
/// No. 9 refers to that annex: reference market-models-and-modalities.md §4.2 step 1). The annex's choice
/// between IDB and Comtrade unit values and its adjustments are not reproduced: the unit value is whatever
/// the schedule file gives, and it is reported with the line. AVE values depend on that unit value and its
/// year (reference §4.3).
/// </para>
/// <para>A duty with a specific part and no unit value has an unknown AVE: it is flagged, never taken as zero.</para>
/// </summary>
public static class AdValoremEquivalent
{
    /// <summary>The AVE of a duty.</summary>
    /// <param name="duty">The duty.</param>
    /// <param name="unitValue">The unit import value, US$ per tonne; needed for specific parts; must be above 0.</param>
    /// <returns>The equivalent, or unknown with the reason.</returns>
    public static Ave Of(Duty duty, UsdPerTonne? unitValue)
    {
        ArgumentNullException.ThrowIfNull(duty);
        if (duty.Type == DutyType.AdValorem)
        {
            return Ave.Known(duty.AdValorem!.Value);
        }

        if (unitValue is not { } price)
        {
            return Ave.Unknown("specific duty " + duty + " and no unit value: ad valorem equivalent unknown");
        }

        if (price.Value <= 0)
        {
            return Ave.Unknown("unit value 0: ad valorem equivalent of " + duty + " unknown");
        }

        var specific = duty.Specific!.Value.Value / price.Value;
        return duty.Type switch
        {
            DutyType.Specific => Ave.Known(new Rate(specific)),
            DutyType.Compound => Ave.Known(new Rate(duty.AdValorem!.Value.Fraction + specific)),
            _ => Ave.Known(new Rate(Math.Max(duty.AdValorem!.Value.Fraction, specific))),
        };
    }
}
