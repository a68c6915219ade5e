namespace Campo.Schedules.Formulas;

/// <summary>How a member spreads an average cut over its lines under the Uruguay Round approach.</summary>
public enum CutAllocation
{
    /// <summary>Every line is cut by the average: both the average and the minimum are met, and no line is favoured.</summary>
    Neutral,

    /// <summary>
    /// The choice a member defending its peaks would make: the minimum cut on the highest tariffs, and the rest of
    /// the required average spent on the lowest tariffs first (up to a 100% cut), where a deep cut costs least.
    /// </summary>
    Defensive,
}

/// <summary>
/// The Uruguay Round approach: an unweighted (simple) average cut across lines with a minimum cut per line.
/// <para>
/// Constraint: (1/n) Σ c_i ≥ c̄ and c_i ≥ c_min for every dutiable line i, with c_i the percentage cut of line i
/// (t1_i = t0_i · (1 − c_i)). Lines already duty-free cannot be cut and are left out of n.
/// </para>
/// <para>
/// Allocation rule (the text leaves the choice to each member, so it is an explicit option):
/// <see cref="CutAllocation.Neutral"/> sets c_i = c̄; <see cref="CutAllocation.Defensive"/> sets every c_i = c_min,
/// then spends the remaining budget n · (c̄ − c_min) on the lines in ascending order of t0 (ties by position),
/// raising each to at most 1 (duty-free), so that the average is met exactly while the highest tariffs keep the
/// minimum cut.
/// </para>
/// <para>
/// Source: "average tariff reduction of 36% and a minimum reduction per tariff line of 15% as was the case in the
/// Uruguay Round" (reference market-models-and-modalities.md §5, [V]); the defensive use is the G-20 objection
/// to the UR leg of the blended formula, where peaks are cut only by the minimum (§5.3, and
/// negotiation-and-civil-society.md §1.2.3).
/// </para>
/// </summary>
public static class UruguayRound
{
    /// <summary>Allocates cuts to the lines.</summary>
    /// <param name="t0">Initial rates as fractions; lines with rate 0 or NaN (unknown) get no cut.</param>
    /// <param name="averageCut">The required simple-average cut c̄, a fraction from 0 to 1.</param>
    /// <param name="minimumCut">The minimum cut per line, from 0 to <paramref name="averageCut"/>.</param>
    /// <param name="allocation">The allocation rule.</param>
    /// <param name="cuts">Receives the cut of every line (same length as <paramref name="t0"/>).</param>
    /// <returns>The simple-average cut achieved over the dutiable lines (0 when there are none).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Cuts outside [0, 1], a minimum above the average, or spans of different lengths.</exception>
    public static double Allocate(ReadOnlySpan<double> t0, double averageCut, double minimumCut, CutAllocation allocation, Span<double> cuts)
    {
        var order = new int[t0.Length];
        var keys = new double[t0.Length];
        return Allocate(t0, averageCut, minimumCut, allocation, cuts, order, keys);
    }

    /// <summary>Allocates cuts using caller-supplied scratch space (no allocation): the bulk path.</summary>
    /// <param name="t0">Initial rates as fractions; lines with rate 0 or NaN get no cut.</param>
    /// <param name="averageCut">The required simple-average cut.</param>
    /// <param name="minimumCut">The minimum cut per line.</param>
    /// <param name="allocation">The allocation rule.</param>
    /// <param name="cuts">Receives the cuts.</param>
    /// <param name="order">Scratch of at least the number of lines.</param>
    /// <param name="keys">Scratch of at least the number of lines.</param>
    /// <returns>The simple-average cut achieved over the dutiable lines.</returns>
    public static double Allocate(ReadOnlySpan<double> t0, double averageCut, double minimumCut, CutAllocation allocation, Span<double> cuts, Span<int> order, Span<double> keys)
    {
        Check.Cut(averageCut, nameof(averageCut));
        Check.Cut(minimumCut, nameof(minimumCut));
        if (minimumCut > averageCut)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumCut), minimumCut, "The minimum cut cannot exceed the average cut.");
        }

        if (cuts.Length != t0.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(cuts), cuts.Length, "One cut per line is needed.");
        }

        var n = 0;
        for (var i = 0; i < t0.Length; i++)
        {
            cuts[i] = 0;
            if (t0[i] > 0)
            {
                order[n] = i;
                keys[n] = t0[i];
                n++;
            }
        }

        if (n == 0)
        {
            return 0;
        }

        if (allocation == CutAllocation.Neutral)
        {
            for (var k = 0; k < n; k++)
            {
                cuts[order[k]] = averageCut;
            }

            return averageCut;
        }

        SortAscending(keys[..n], order[..n]);
        var budget = n * (averageCut - minimumCut);
        var total = 0.0;
        for (var k = 0; k < n; k++)
        {
            var extra = Math.Min(1.0 - minimumCut, Math.Max(0.0, budget));
            budget -= extra;
            var cut = minimumCut + extra;
            cuts[order[k]] = cut;
            total += cut;
        }

        return total / n;
    }

    /// <summary>Sorts lines by rate, ascending, ties by original position (so that results never depend on the sort algorithm).</summary>
    internal static void SortAscending(Span<double> keys, Span<int> order)
    {
        keys.Sort(order);
        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                order[start..end].Sort();
            }

            start = end;
        }
    }
}
