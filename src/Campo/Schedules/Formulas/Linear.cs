namespace Campo.Schedules.Formulas;

/// <summary>
/// The linear (flat) cut: every line is cut by the same percentage.
/// <para>Equation: t1 = t0 · (1 − c), with t0 the initial rate, c the cut (a fraction from 0 to 1).</para>
/// <para>Source: WTO backgrounder "Tariff negotiations in agriculture – reduction methods" (Aug 2003), which
/// names the flat, Uruguay Round and Swiss methods (reference market-models-and-modalities.md §5); WITS SMART's
/// "Linear Cut" (an 80% cut gives r1 = 0.2·r0; reference §3.1).</para>
/// </summary>
public static class Linear
{
    /// <summary>The new rate after a linear cut.</summary>
    /// <param name="t0">Initial rate as a fraction, at least 0.</param>
    /// <param name="cut">The cut as a fraction from 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative rate or a cut outside [0, 1].</exception>
    public static double Apply(double t0, double cut)
    {
        Check.Rate(t0, nameof(t0));
        Check.Cut(cut, nameof(cut));
        return t0 * (1.0 - cut);
    }
}

/// <summary>Argument checks shared by the formulas.</summary>
internal static class Check
{
    public static void Rate(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "A rate is a finite fraction of at least 0.");
        }
    }

    public static void Cut(double value, string name)
    {
        if (!double.IsFinite(value) || value is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(name, value, "A cut is a fraction from 0 to 1.");
        }
    }
}
