namespace Campo.Schedules.Flexibilities;

/// <summary>
/// Sensitive products: a member may deviate from the formula cut on a limited share of its lines, and pays for it
/// with more tariff-quota access.
/// <para>
/// Number of lines: n_s = ⌊(s + s_extra · [top-band share &gt; θ]) · n⌋, with n the member's dutiable lines, s the
/// share of lines, s_extra the extra share allowed when more than θ of the lines lie in the top band (rounded
/// down: a member may not exceed the share). Cut: c_s = φ · c_formula, with φ the fraction of the formula cut
/// the member takes (1/3, 1/2 or 2/3; a deviation of 2/3, 1/2 or 1/3). Tariff-quota expansion:
/// ΔQ = e · C, with C the line's domestic consumption and e the expansion share.
/// </para>
/// <para>
/// Source: Rev.4 (TN/AG/W/4/Rev.4, 6 Dec 2008): 4% of dutiable lines (+2% where more than 30% of lines are in the
/// top band), a cut of 1/3, 1/2 or 2/3 of the formula cut, TRQ expansion of 4%, 3.5% or 3% of domestic
/// consumption; July 2004 Framework: self-designated sensitive products (reference market-models-and-modalities.md
/// §5.5–5.6; numbers [R], to verify).
/// </para>
/// </summary>
public static class SensitiveProducts
{
    /// <summary>The number of lines a member may designate.</summary>
    /// <param name="dutiableLines">The member's dutiable lines.</param>
    /// <param name="share">Share of lines s (fraction).</param>
    /// <param name="extraShare">Extra share s_extra (fraction); 0 for none.</param>
    /// <param name="topBandShare">Share of the member's dutiable lines in the top band (fraction); 0 when the formula has no bands.</param>
    /// <param name="topBandThreshold">θ: the extra share applies when <paramref name="topBandShare"/> exceeds it; null for never.</param>
    public static int AllowedLines(int dutiableLines, double share, double extraShare, double topBandShare, double? topBandThreshold)
    {
        var total = share + (topBandThreshold is { } theta && topBandShare > theta ? extraShare : 0);
        return (int)Math.Floor((total * dutiableLines) + 1e-9);
    }

    /// <summary>The cut of a sensitive line: the fraction φ of its formula cut.</summary>
    /// <param name="formulaCut">The formula cut (fraction).</param>
    /// <param name="fractionOfFormulaCut">φ, from 0 to 1.</param>
    public static double Cut(double formulaCut, double fractionOfFormulaCut) => formulaCut * fractionOfFormulaCut;

    /// <summary>The tariff-quota expansion on a sensitive line, in the unit of <paramref name="consumption"/>.</summary>
    /// <param name="consumption">Domestic consumption of the product.</param>
    /// <param name="expansionShare">e, the expansion as a share of consumption (fraction).</param>
    public static double QuotaExpansion(double consumption, double expansionShare) => consumption * expansionShare;
}
