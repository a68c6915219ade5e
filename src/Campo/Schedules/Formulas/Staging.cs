namespace Campo.Schedules.Formulas;

/// <summary>
/// Staging: a cut implemented in equal annual instalments.
/// <para>Equation: with n instalments, the rate after instalment k (k = 1..n) is t_k = t0 − (t0 − t1) · k / n;
/// t_n = t1. With n = 0 the new rate applies at once.</para>
/// <para>Source: Working Document No. 9 ("equal annual instalments over 5 years" for developed members, 8 for
/// developing); Rev.4 implementation periods of 5 and 10 years (reference market-models-and-modalities.md §5.6;
/// Rev.4 numbers [R], to verify); NAFTA Annex 302.2 staging categories in equal annual stages (§6).</para>
/// </summary>
public static class Staging
{
    /// <summary>The rate after instalment <paramref name="k"/> of <paramref name="instalments"/>.</summary>
    /// <param name="t0">Initial rate, at least 0.</param>
    /// <param name="t1">Final rate, at least 0.</param>
    /// <param name="instalments">Number of equal annual instalments, at least 0.</param>
    /// <param name="k">Instalments made so far, at least 0; values beyond <paramref name="instalments"/> give t1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative rate or count.</exception>
    public static double RateAfter(double t0, double t1, int instalments, int k)
    {
        Check.Rate(t0, nameof(t0));
        Check.Rate(t1, nameof(t1));
        ArgumentOutOfRangeException.ThrowIfNegative(instalments);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (instalments == 0 || k >= instalments)
        {
            return t1;
        }

        return t0 - ((t0 - t1) * k / instalments);
    }

    /// <summary>The rates year by year: element k − 1 is the rate after instalment k (k = 1..n).</summary>
    /// <param name="t0">Initial rate, at least 0.</param>
    /// <param name="t1">Final rate, at least 0.</param>
    /// <param name="instalments">Number of equal annual instalments, at least 0 (0 gives the single rate t1).</param>
    public static IReadOnlyList<double> Path(double t0, double t1, int instalments)
    {
        var count = Math.Max(1, instalments);
        var path = new double[count];
        for (var k = 1; k <= count; k++)
        {
            path[k - 1] = RateAfter(t0, t1, instalments, k);
        }

        return path;
    }
}
