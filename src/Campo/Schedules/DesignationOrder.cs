namespace Campo.Schedules;

/// <summary>
/// The order in which lines of equal rate are chosen when a draft lets Campo designate sensitive or special products
/// (designation = "highest": the member's highest bound rates) and when it gives the zero cut among special
/// products. At commodity level many products share one rate (India's tropical fruit and beans both at IMPACT's
/// 35.9%), so the tie-break decides who is protected; it is an economic rule, never the position of a line in a file:
/// <list type="number">
/// <item>higher imports first (the trade value at stake when the tariff falls: a member shields the products whose
/// import competition a cut would raise most);</item>
/// <item>then higher domestic production at world prices (the farm income at stake);</item>
/// <item>then the line identifier in ordinal order (only lines equal in rate, imports and production remain; the
/// result is then deterministic, and stated).</item>
/// </list>
/// Lines without a trade or production value come after those with one.
/// </summary>
public static class DesignationOrder
{
    /// <summary>The rule in words, printed with every result that designates products.</summary>
    public const string Rule = "designation: the highest bound rates; ties broken by import value, then production value (both at world prices, larger first), then line code";

    /// <summary>Compares two lines for the tie-break order (negative: <paramref name="a"/> first).</summary>
    public static int Compare(TariffLine a, TariffLine b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byImports = Descending(a.TradeValue?.Value, b.TradeValue?.Value);
        if (byImports != 0)
        {
            return byImports;
        }

        var byProduction = Descending(a.ProductionValue?.Value, b.ProductionValue?.Value);
        return byProduction != 0 ? byProduction : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Indices of <paramref name="lines"/> in tie-break order.</summary>
    public static int[] Permutation(IReadOnlyList<TariffLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var order = Enumerable.Range(0, lines.Count).ToArray();
        Array.Sort(order, (i, j) =>
        {
            var c = Compare(lines[i], lines[j]);
            return c != 0 ? c : i.CompareTo(j);
        });
        return order;
    }

    private static int Descending(double? x, double? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => y!.Value.CompareTo(x!.Value),
    };
}
