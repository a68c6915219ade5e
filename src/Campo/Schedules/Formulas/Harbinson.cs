namespace Campo.Schedules.Formulas;

/// <summary>
/// Harbinson bands: the Uruguay Round approach applied separately within bands of initial tariffs, each band with
/// its own simple-average and minimum cut.
/// <para>
/// For every band b with lower edge e_b: the dutiable lines with e_b &lt; t0 ≤ e_(b+1) are cut under
/// <see cref="UruguayRound"/> with that band's average c̄_b and minimum c_min,b, by the member's allocation rule.
/// </para>
/// <para>
/// Source: TN/AG/W/1 (17 Feb 2003) and Rev.1 (18 Mar 2003): developed bands > 90%, 15–90%, ≤ 15% with averages
/// 60/50/40% and minima 45/35/25%; developing (Rev.1) bands > 120%, 60–120%, 20–60%, ≤ 20% with averages 40/35/30/25%
/// and minima 30/25/20/15% (reference market-models-and-modalities.md §5.2; band numbers [R], to verify; the
/// developing ≤ 20% band's 25%/15% is [V] through CTA Agritrade).
/// </para>
/// </summary>
public static class Harbinson
{
    /// <summary>Allocates cuts band by band.</summary>
    /// <param name="t0">Initial rates as fractions; 0 or NaN lines get no cut.</param>
    /// <param name="lowerEdges">Band lower edges, strictly increasing, the first usually 0.</param>
    /// <param name="averageCuts">The average cut of each band.</param>
    /// <param name="minimumCuts">The minimum cut of each band.</param>
    /// <param name="allocation">The member's allocation rule within each band.</param>
    /// <param name="cuts">Receives the cuts.</param>
    public static void Allocate(ReadOnlySpan<double> t0, ReadOnlySpan<double> lowerEdges, ReadOnlySpan<double> averageCuts, ReadOnlySpan<double> minimumCuts, CutAllocation allocation, Span<double> cuts)
    {
        var order = new int[t0.Length];
        var keys = new double[t0.Length];
        var subset = new double[t0.Length];
        var subCuts = new double[t0.Length];
        var map = new int[t0.Length];
        Allocate(t0, lowerEdges, averageCuts, minimumCuts, allocation, cuts, new BandScratch(order, keys, subset, subCuts, map));
    }

    internal static void Allocate(ReadOnlySpan<double> t0, ReadOnlySpan<double> lowerEdges, ReadOnlySpan<double> averageCuts, ReadOnlySpan<double> minimumCuts, CutAllocation allocation, Span<double> cuts, BandScratch scratch)
    {
        cuts.Clear();
        for (var b = 0; b < lowerEdges.Length; b++)
        {
            var m = 0;
            for (var i = 0; i < t0.Length; i++)
            {
                if (t0[i] > 0 && Bands.IndexOf(t0[i], lowerEdges) == b)
                {
                    scratch.Subset[m] = t0[i];
                    scratch.Map[m] = i;
                    m++;
                }
            }

            if (m == 0)
            {
                continue;
            }

            UruguayRound.Allocate(scratch.Subset.AsSpan(0, m), averageCuts[b], minimumCuts[b], allocation, scratch.SubCuts.AsSpan(0, m), scratch.Order, scratch.Keys);
            for (var k = 0; k < m; k++)
            {
                cuts[scratch.Map[k]] = scratch.SubCuts[k];
            }
        }
    }
}

/// <summary>Scratch arrays for the banded and blended allocations, each at least as long as the member's lines.</summary>
internal sealed record BandScratch(int[] Order, double[] Keys, double[] Subset, double[] SubCuts, int[] Map);
