namespace Campo.Schedules.Formulas;

/// <summary>The jump of the tiered formula at a band edge: a line just above the edge ends lower than the edge itself.</summary>
/// <param name="Edge">The band edge e (a fraction): a line at e stays in the lower band.</param>
/// <param name="AtEdge">The new rate of a line at the edge, e · (1 − c_lower).</param>
/// <param name="JustAbove">The limit of the new rate just above the edge, e · (1 − c_upper).</param>
public sealed record EdgeJump(double Edge, double AtEdge, double JustAbove)
{
    /// <summary>The fall of the new rate across the edge, e · (c_upper − c_lower); positive when higher bands cut more.</summary>
    public double Drop => AtEdge - JustAbove;
}

/// <summary>
/// The tiered formula: lines are sorted into bands by their initial bound rate (or AVE), and every line in a band
/// takes that band's linear cut; higher bands cut more.
/// <para>
/// Equation: t1 = t0 · (1 − c_b), with b the band of t0 (<see cref="Bands.IndexOf"/>: e_b &lt; t0 ≤ e_(b+1)).
/// Because the cut jumps at each edge, the new rate falls across it by e · (c_(b+1) − c_b) (<see cref="Jumps"/>).
/// Developing members: the same structure with their own edges and cuts of two-thirds of the developed cuts.
/// Tariff escalation: a processed product whose rate lies in the same band as its primary product, or a lower
/// one, takes the cut of the next-higher band (the top band stays in the top band).
/// </para>
/// <para>
/// Sources: July 2004 Framework (WT/L/579 Annex A: tiered formula, deeper cuts in higher tariffs); Working Document
/// No. 9 (developed bands 20/50/75 with cuts [48–52]/[55–60]/[62–65]/[66–73]%, developing "2/3 of the cut for
/// developed"; [V]); Rev.4 single numbers 50/57/64/70% at 20/50/75, developing 30/80/130 ([R], to verify);
/// Working Document No. 11 on tariff escalation (processed product takes the cut of the next-higher band);
/// reference market-models-and-modalities.md §4.2, §4.3 (discontinuity table), §5.5–5.6.
/// </para>
/// </summary>
public static class Tiered
{
    /// <summary>The band cut for a rate, or 0 for a duty-free line.</summary>
    /// <param name="t0">The initial rate as a fraction, at least 0.</param>
    /// <param name="lowerEdges">Band lower edges, strictly increasing (the first usually 0).</param>
    /// <param name="cuts">The cut of each band, fractions from 0 to 1.</param>
    public static double CutOf(double t0, ReadOnlySpan<double> lowerEdges, ReadOnlySpan<double> cuts)
    {
        var band = Bands.IndexOf(t0, lowerEdges);
        return band < 0 ? 0 : cuts[band];
    }

    /// <summary>The new rate under the tiered formula.</summary>
    /// <param name="t0">The initial rate as a fraction, at least 0.</param>
    /// <param name="lowerEdges">Band lower edges, strictly increasing.</param>
    /// <param name="cuts">The cut of each band.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative rate.</exception>
    public static double Apply(double t0, ReadOnlySpan<double> lowerEdges, ReadOnlySpan<double> cuts)
    {
        Check.Rate(t0, nameof(t0));
        return t0 * (1.0 - CutOf(t0, lowerEdges, cuts));
    }

    /// <summary>The band a processed product is cut in under the escalation rule.</summary>
    /// <param name="band">The processed product's own band.</param>
    /// <param name="primaryBand">Its primary product's band.</param>
    /// <param name="bandCount">The number of bands.</param>
    /// <returns>The next-higher band when the processed product is in the same or a lower band than its primary product (capped at the top band); otherwise its own band.</returns>
    public static int EscalatedBand(int band, int primaryBand, int bandCount) =>
        band >= 0 && band <= primaryBand ? Math.Min(band + 1, bandCount - 1) : band;

    /// <summary>The jump at every interior edge (every edge but the first).</summary>
    /// <param name="lowerEdges">Band lower edges, strictly increasing.</param>
    /// <param name="cuts">The cut of each band.</param>
    public static IReadOnlyList<EdgeJump> Jumps(IReadOnlyList<double> lowerEdges, IReadOnlyList<double> cuts)
    {
        ArgumentNullException.ThrowIfNull(lowerEdges);
        ArgumentNullException.ThrowIfNull(cuts);
        var jumps = new List<EdgeJump>();
        for (var b = 1; b < lowerEdges.Count; b++)
        {
            var edge = lowerEdges[b];
            jumps.Add(new EdgeJump(edge, edge * (1.0 - cuts[b - 1]), edge * (1.0 - cuts[b])));
        }

        return jumps;
    }
}
