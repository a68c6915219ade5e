namespace Campo.Schedules.Flexibilities;

/// <summary>
/// Special products (developing members): a share of lines, self-designated, cut less than the formula; some of
/// them not at all.
/// <para>
/// Counts, with n dutiable lines: at most ⌊s_SP · n⌋ special lines and at most ⌊s_0 · n⌋ of them with a zero cut.
/// Cuts: the zero-cut lines take 0; the other n_SP − n_0 special lines share a uniform cut
/// c = c̄_SP · n_SP / (n_SP − n_0), so that the simple average over all special lines is c̄_SP. The zero-cut count is
/// lowered, if needed, so that c ≤ 1: n_0 ≤ ⌊n_SP · (1 − c̄_SP)⌋. Which lines get the zero cut is the member's
/// choice; Campo gives it to the highest tariffs among the special products (the defensive choice).
/// </para>
/// <para>
/// Source: Rev.4: 12% of lines self-designated, 5% of lines with zero cut, overall average cut 11% (reference
/// market-models-and-modalities.md §5.6, [R], to verify); July 2004 Framework: special products for developing
/// members (§5.5); Harbinson "strategic products" with an average cut of 10% (§5.2, [R]).
/// </para>
/// </summary>
public static class SpecialProducts
{
    /// <summary>The number of special lines a member may designate.</summary>
    /// <param name="dutiableLines">The member's dutiable lines.</param>
    /// <param name="share">s_SP, share of lines (fraction).</param>
    public static int AllowedLines(int dutiableLines, double share) => (int)Math.Floor((share * dutiableLines) + 1e-9);

    /// <summary>The number of special lines given a zero cut.</summary>
    /// <param name="dutiableLines">The member's dutiable lines.</param>
    /// <param name="specialLines">n_SP, the designated special lines.</param>
    /// <param name="zeroCutShare">s_0, share of all dutiable lines that may have a zero cut (fraction).</param>
    /// <param name="averageCut">c̄_SP, the average cut required over the special lines (fraction).</param>
    public static int ZeroCutLines(int dutiableLines, int specialLines, double zeroCutShare, double averageCut)
    {
        var allowed = (int)Math.Floor((zeroCutShare * dutiableLines) + 1e-9);
        var feasible = (int)Math.Floor((specialLines * (1.0 - averageCut)) + 1e-9);
        return Math.Max(0, Math.Min(Math.Min(allowed, specialLines), feasible));
    }

    /// <summary>The uniform cut of the special lines that are cut.</summary>
    /// <param name="specialLines">n_SP.</param>
    /// <param name="zeroCutLines">n_0.</param>
    /// <param name="averageCut">c̄_SP.</param>
    /// <returns>c̄_SP · n_SP / (n_SP − n_0), or 0 when every special line has a zero cut.</returns>
    public static double CutOfOthers(int specialLines, int zeroCutLines, double averageCut) =>
        specialLines > zeroCutLines ? Math.Min(1.0, averageCut * specialLines / (specialLines - zeroCutLines)) : 0;
}
