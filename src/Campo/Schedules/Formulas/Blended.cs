namespace Campo.Schedules.Formulas;

/// <summary>The part of the blended formula a line is placed in.</summary>
public enum BlendPart : byte
{
    /// <summary>Not placed (duty-free already, or unknown rate).</summary>
    None,

    /// <summary>Cut under the Uruguay Round approach (average and minimum).</summary>
    UruguayRound,

    /// <summary>Cut under the Swiss formula.</summary>
    Swiss,

    /// <summary>Made duty-free.</summary>
    DutyFree,
}

/// <summary>
/// The blended formula: a member's dutiable lines are split into a Uruguay Round part (average cut with a minimum
/// per line), a Swiss-formula part and a duty-free part, in shares the draft sets, with the member choosing which
/// lines go where.
/// <para>
/// Counts: with n dutiable lines and shares s_UR, s_Swiss, s_free summing to 1: n_free = round(s_free · n),
/// n_UR = round(s_UR · n), n_Swiss = n − n_free − n_UR (rounding half away from zero).
/// Placement (the member's choice, an explicit option): <see cref="CutAllocation.Defensive"/> puts the n_UR highest
/// tariffs in the UR part (where peaks can be cut by the minimum only), the n_free lowest in the duty-free part,
/// the rest under Swiss; <see cref="CutAllocation.Neutral"/> spreads each part evenly over the range of tariffs
/// (lines in ascending order of t0 are dealt to the part furthest behind its share).
/// Cuts: UR part by <see cref="UruguayRound"/> over its own lines; Swiss part c = t0 / (a + t0); duty-free part c = 1.
/// </para>
/// <para>
/// Sources: EC–US joint text of 13 Aug 2003 (JOB(03)/157), carried into the Derbez text (JOB(03)/150/Rev.2 Annex A)
/// with all numbers in square brackets; G-20 communication "The Blended Formula: A Fundamentally Flawed Approach"
/// (7 May 2004) on the self-declared split and the UR leg sheltering peaks (reference market-models-and-modalities.md
/// §5.3–5.4; negotiation-and-civil-society.md §1.2.3).
/// </para>
/// </summary>
public static class Blended
{
    /// <summary>The number of lines in each part.</summary>
    /// <param name="dutiable">The number of dutiable lines.</param>
    /// <param name="uruguayRoundShare">Share of lines in the UR part (fraction).</param>
    /// <param name="dutyFreeShare">Share of lines made duty-free (fraction).</param>
    /// <returns>The UR, Swiss and duty-free counts.</returns>
    public static (int UruguayRound, int Swiss, int DutyFree) Counts(int dutiable, double uruguayRoundShare, double dutyFreeShare)
    {
        var free = (int)Math.Round(dutyFreeShare * dutiable, MidpointRounding.AwayFromZero);
        var ur = Math.Min(dutiable - free, (int)Math.Round(uruguayRoundShare * dutiable, MidpointRounding.AwayFromZero));
        return (ur, dutiable - free - ur, free);
    }

    /// <summary>Places the lines and computes their cuts.</summary>
    /// <param name="t0">Initial rates as fractions; 0 or NaN lines are not placed and get no cut.</param>
    /// <param name="uruguayRoundShare">Share of lines in the UR part.</param>
    /// <param name="dutyFreeShare">Share of lines made duty-free (the Swiss part takes the rest).</param>
    /// <param name="averageCut">The UR part's average cut.</param>
    /// <param name="minimumCut">The UR part's minimum cut.</param>
    /// <param name="swissCoefficient">The Swiss coefficient as a fraction.</param>
    /// <param name="placement">How the member places lines (and spreads the UR part's cuts).</param>
    /// <param name="parts">Receives each line's part.</param>
    /// <param name="cuts">Receives each line's cut.</param>
    public static void Apply(ReadOnlySpan<double> t0, double uruguayRoundShare, double dutyFreeShare, double averageCut, double minimumCut, double swissCoefficient, CutAllocation placement, Span<BlendPart> parts, Span<double> cuts)
    {
        var n = t0.Length;
        Apply(t0, uruguayRoundShare, dutyFreeShare, averageCut, minimumCut, swissCoefficient, placement, parts, cuts, new BandScratch(new int[n], new double[n], new double[n], new double[n], new int[n]));
    }

    internal static void Apply(ReadOnlySpan<double> t0, double uruguayRoundShare, double dutyFreeShare, double averageCut, double minimumCut, double swissCoefficient, CutAllocation placement, Span<BlendPart> parts, Span<double> cuts, BandScratch scratch)
    {
        var order = scratch.Order;
        var keys = scratch.Keys;
        var n = 0;
        for (var i = 0; i < t0.Length; i++)
        {
            parts[i] = BlendPart.None;
            cuts[i] = 0;
            if (t0[i] > 0)
            {
                order[n] = i;
                keys[n] = t0[i];
                n++;
            }
        }

        UruguayRound.SortAscending(keys.AsSpan(0, n), order.AsSpan(0, n));
        var (nUr, nSwiss, nFree) = Counts(n, uruguayRoundShare, dutyFreeShare);
        if (placement == CutAllocation.Defensive)
        {
            for (var k = 0; k < n; k++)
            {
                parts[order[k]] = k < nFree ? BlendPart.DutyFree : k < nFree + nSwiss ? BlendPart.Swiss : BlendPart.UruguayRound;
            }
        }
        else
        {
            Span<int> dealt = stackalloc int[3];
            Span<int> wanted = [nUr, nSwiss, nFree];
            for (var k = 0; k < n; k++)
            {
                var best = -1;
                var bestGap = double.NegativeInfinity;
                for (var p = 0; p < 3; p++)
                {
                    if (dealt[p] >= wanted[p])
                    {
                        continue;
                    }

                    var gap = ((double)wanted[p] * (k + 1) / n) - dealt[p];
                    if (gap > bestGap)
                    {
                        bestGap = gap;
                        best = p;
                    }
                }

                dealt[best]++;
                parts[order[k]] = best switch { 0 => BlendPart.UruguayRound, 1 => BlendPart.Swiss, _ => BlendPart.DutyFree };
            }
        }

        var m = 0;
        for (var i = 0; i < t0.Length; i++)
        {
            switch (parts[i])
            {
                case BlendPart.UruguayRound:
                    scratch.Subset[m] = t0[i];
                    scratch.Map[m] = i;
                    m++;
                    break;
                case BlendPart.Swiss:
                    cuts[i] = Swiss.CutOf(t0[i], swissCoefficient);
                    break;
                case BlendPart.DutyFree:
                    cuts[i] = 1.0;
                    break;
                default:
                    break;
            }
        }

        if (m > 0)
        {
            UruguayRound.Allocate(scratch.Subset.AsSpan(0, m), averageCut, minimumCut, placement, scratch.SubCuts.AsSpan(0, m), order, keys);
            for (var k = 0; k < m; k++)
            {
                cuts[scratch.Map[k]] = scratch.SubCuts[k];
            }
        }
    }
}
