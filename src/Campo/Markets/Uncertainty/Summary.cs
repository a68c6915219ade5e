namespace Campo.Markets.Uncertainty;

/// <summary>
/// The distribution of one result over the Monte Carlo draws that converged: its median, the 5th and 95th
/// percentiles (a 90% band) and its mean. Percentiles interpolate linearly between order statistics
/// (Hyndman and Fan 1996, definition 7, the default of R and NumPy).
/// </summary>
/// <param name="Median">The 50th percentile.</param>
/// <param name="P5">The 5th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="Mean">The arithmetic mean.</param>
/// <param name="Count">The number of draws summarised.</param>
public sealed record Summary(double Median, double P5, double P95, double Mean, int Count)
{
    /// <summary>Summarises values (they are sorted in place).</summary>
    /// <exception cref="ArgumentException">No values.</exception>
    public static Summary Of(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("A summary needs at least one value.", nameof(values));
        }

        Array.Sort(values);
        return new Summary(Quantile(values, 0.5), Quantile(values, 0.05), Quantile(values, 0.95), values.Average(), values.Length);
    }

    /// <summary>The q-quantile of sorted values, definition 7: h = (n − 1)·q, linear between floor(h) and ceil(h).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var h = (sorted.Count - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}

/// <summary>Summaries of every welfare component of a region or group.</summary>
/// <param name="ProducerSurplus">Producer surplus change.</param>
/// <param name="ConsumerSurplus">Consumer surplus change.</param>
/// <param name="Government">Treasury change.</param>
/// <param name="QuotaRent">Quota rent change.</param>
/// <param name="Total">Net welfare change.</param>
public sealed record WelfareSummary(Summary ProducerSurplus, Summary ConsumerSurplus, Summary Government, Summary QuotaRent, Summary Total);
