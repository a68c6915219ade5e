namespace Campo.Schedules.Formulas;

/// <summary>
/// Band lookup shared by the banded formulas. Bands are given by their lower edges e_0 &lt; e_1 &lt; ... (fractions);
/// a rate t &gt; 0 lies in band b, the largest b with t &gt; e_b, so a rate equal to an edge stays in the lower band
/// ("&gt; 20% and ≤ 50%" in Working Document No. 9, reference market-models-and-modalities.md §5.6).
/// </summary>
public static class Bands
{
    /// <summary>The band of a rate, or −1 when the rate is not above the first edge (including duty-free lines).</summary>
    /// <param name="t0">The rate as a fraction.</param>
    /// <param name="lowerEdges">Lower edges, strictly increasing.</param>
    public static int IndexOf(double t0, ReadOnlySpan<double> lowerEdges)
    {
        var band = -1;
        for (var b = 0; b < lowerEdges.Length; b++)
        {
            if (t0 > lowerEdges[b])
            {
                band = b;
            }
            else
            {
                break;
            }
        }

        return band;
    }
}
