namespace Campo.Schedules.Formulas;

/// <summary>
/// The Swiss formula, which cuts high tariffs more than low ones and brings every tariff below the coefficient.
/// <para>Equation: t1 = a · t0 / (a + t0); the percentage cut is t0 / (a + t0), and t1 &lt; a for every t0.
/// Rates and the coefficient are in the same unit (here fractions: a = 0.25 for a coefficient of 25).</para>
/// <para>Source: WITS SMART tariff-change help ("Swiss formula r1 = a·r0/(a + r0), a = 16 by default"); the US
/// proposal of a Swiss formula with coefficient 25 for developed members (TN/AG/6 overview annex). Reference
/// market-models-and-modalities.md §3.1, §4.3 (table of t1 by a and t0), §5.</para>
/// </summary>
public static class Swiss
{
    /// <summary>The new rate under the Swiss formula.</summary>
    /// <param name="t0">Initial rate as a fraction, at least 0.</param>
    /// <param name="coefficient">The coefficient a as a fraction (0.25 for 25), above 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative rate, or a coefficient that is not positive.</exception>
    public static double Apply(double t0, double coefficient)
    {
        Check.Rate(t0, nameof(t0));
        CheckCoefficient(coefficient);
        return coefficient * t0 / (coefficient + t0);
    }

    /// <summary>The cut the Swiss formula makes on a line, t0 / (a + t0), as a fraction.</summary>
    /// <param name="t0">Initial rate as a fraction, at least 0.</param>
    /// <param name="coefficient">The coefficient a as a fraction, above 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative rate, or a coefficient that is not positive.</exception>
    public static double CutOf(double t0, double coefficient)
    {
        Check.Rate(t0, nameof(t0));
        CheckCoefficient(coefficient);
        return t0 / (coefficient + t0);
    }

    private static void CheckCoefficient(double coefficient)
    {
        if (!double.IsFinite(coefficient) || coefficient <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(coefficient), coefficient, "A Swiss coefficient is a finite number above 0.");
        }
    }
}
