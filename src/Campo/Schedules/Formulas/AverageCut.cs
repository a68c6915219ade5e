namespace Campo.Schedules.Formulas;

/// <summary>The outcome of an average-cut constraint.</summary>
/// <param name="Before">The simple-average cut of the constrained lines before scaling.</param>
/// <param name="After">The simple-average cut after scaling.</param>
/// <param name="Factor">The factor k every constrained cut was multiplied by (1 when the constraint did not bind).</param>
/// <param name="Lines">The number of constrained lines.</param>
public readonly record struct AverageCutOutcome(double Before, double After, double Factor, int Lines)
{
    /// <summary>True when the cuts had to be scaled.</summary>
    public bool Binding => Factor != 1.0;
}

/// <summary>
/// The average-cut floor (developed members: at least c̲ on average) or ceiling (developing members: at most c̄ on
/// average) of the tiered formula, met by scaling the formula cuts.
/// <para>
/// With A = (1/n) Σ c_i over the constrained lines: when A &lt; c̲, every cut becomes min(1, k · c_i) with k chosen so
/// that the average is exactly c̲; k is found exactly by capping the lines that reach 1 and solving
/// k = (n · c̲ − capped) / Σ_uncapped c_i, repeated until no new line reaches 1 (at most n rounds; the set of capped
/// lines only grows). When A &gt; c̄, every cut becomes k · c_i with k = c̄ / A. Otherwise nothing changes.
/// </para>
/// <para>
/// Sources: reference market-models-and-modalities.md §4.2 step 4 ("if it is not met, scale the cuts up or
/// down"); Rev.4 minimum average cut 54% (developed) and maximum 36% (developing) ([R], to verify). Which lines
/// count is set by the caller: Campo constrains the lines cut by the formula itself (not sensitive or special
/// products), an interpretation stated in docs/models/schedules.md.
/// </para>
/// </summary>
public static class AverageCut
{
    /// <summary>Scales the cuts of the lines in <paramref name="members"/> to meet the floor or ceiling.</summary>
    /// <param name="cuts">The cuts, changed in place for the constrained lines.</param>
    /// <param name="members">Indices of the constrained lines.</param>
    /// <param name="floor">Minimum average cut (fraction), or null.</param>
    /// <param name="ceiling">Maximum average cut (fraction), or null.</param>
    /// <returns>What happened.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A floor above 1, or a floor above the ceiling.</exception>
    public static AverageCutOutcome Apply(Span<double> cuts, ReadOnlySpan<int> members, double? floor, double? ceiling)
    {
        if (floor is { } f)
        {
            Check.Cut(f, nameof(floor));
        }

        if (ceiling is { } c)
        {
            Check.Cut(c, nameof(ceiling));
        }

        if (floor > ceiling)
        {
            throw new ArgumentOutOfRangeException(nameof(floor), floor, "The floor on the average cut is above its ceiling.");
        }

        var n = members.Length;
        if (n == 0)
        {
            return new AverageCutOutcome(0, 0, 1, 0);
        }

        var sum = 0.0;
        foreach (var i in members)
        {
            sum += cuts[i];
        }

        var before = sum / n;
        if (floor is { } target && before < target)
        {
            if (sum <= 0)
            {
                // Nothing to scale: every constrained cut is zero. Reported as not met.
                return new AverageCutOutcome(before, before, 1, n);
            }

            var k = ScaleUp(cuts, members, target);
            var after = 0.0;
            foreach (var i in members)
            {
                cuts[i] = cuts[i] > 0 ? Math.Min(1.0, k * cuts[i]) : 0;
                after += cuts[i];
            }

            return new AverageCutOutcome(before, after / n, k, n);
        }

        if (ceiling is { } cap && before > cap)
        {
            var k = cap / before;
            var after = 0.0;
            foreach (var i in members)
            {
                cuts[i] *= k;
                after += cuts[i];
            }

            return new AverageCutOutcome(before, after / n, k, n);
        }

        return new AverageCutOutcome(before, before, 1, n);
    }

    private static double ScaleUp(ReadOnlySpan<double> cuts, ReadOnlySpan<int> members, double target)
    {
        var n = members.Length;
        var threshold = double.PositiveInfinity;
        var k = 1.0;
        for (var round = 0; round <= n; round++)
        {
            // Lines with c_i >= threshold are capped at 1 in this round.
            var capped = 0;
            var uncappedSum = 0.0;
            foreach (var i in members)
            {
                if (cuts[i] >= threshold)
                {
                    capped++;
                }
                else
                {
                    uncappedSum += cuts[i];
                }
            }

            if (uncappedSum <= 0)
            {
                return double.PositiveInfinity;
            }

            k = ((n * target) - capped) / uncappedSum;
            var next = 1.0 / k;
            if (next >= threshold)
            {
                return k;
            }

            var grows = false;
            foreach (var i in members)
            {
                if (cuts[i] < threshold && cuts[i] >= next)
                {
                    grows = true;
                    break;
                }
            }

            threshold = next;
            if (!grows)
            {
                return k;
            }
        }

        return k;
    }
}
