namespace Campo.Schedules.Flexibilities;

/// <summary>What the tariff cap did to a line.</summary>
public enum CapOutcome
{
    /// <summary>The new rate is at or below the cap.</summary>
    Below,

    /// <summary>The new rate was above the cap and was cut to it.</summary>
    CutToCap,

    /// <summary>The new rate is above the cap, kept because the line is a sensitive product (which must then give more tariff-quota access).</summary>
    KeptAsSensitive,
}

/// <summary>
/// The tariff cap: no bound rate above a maximum after the formula.
/// <para>Equation: t1' = min(t1, T) for ordinary lines; a sensitive line keeps t1 &gt; T and is reported as needing
/// extra tariff-quota access.</para>
/// <para>Source: Rev.4 tariff cap of 100% ("lines above it need extra TRQ or must be sensitive"); the Derbez text
/// (Annex A) cap of [ ]% with lines above it cut to it or given more TRQ (reference market-models-and-modalities.md
/// §5.4, §5.6; [R], to verify).</para>
/// </summary>
public static class TariffCap
{
    /// <summary>Applies the cap to a new rate.</summary>
    /// <param name="t1">The new rate after the formula (fraction).</param>
    /// <param name="cap">The cap T (fraction).</param>
    /// <param name="sensitive">True for a sensitive line.</param>
    /// <returns>The capped rate and what happened.</returns>
    public static (double Rate, CapOutcome Outcome) Apply(double t1, double cap, bool sensitive)
    {
        if (t1 <= cap)
        {
            return (t1, CapOutcome.Below);
        }

        return sensitive ? (t1, CapOutcome.KeptAsSensitive) : (cap, CapOutcome.CutToCap);
    }
}
