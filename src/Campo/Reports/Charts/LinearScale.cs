namespace Campo.Reports.Charts;

/// <summary>
/// Maps values to pixels on one axis, over a domain widened to "nice" round numbers and always containing zero
/// (bars start at zero). Ticks are multiples of 1, 2 or 5 times a power of ten (Heckbert, "Nice numbers for
/// graph labels", Graphics Gems, 1990).
/// </summary>
public sealed class LinearScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="values">The values to show (may be empty; non-finite values are ignored).</param>
    /// <param name="start">The pixel of the domain's low end.</param>
    /// <param name="end">The pixel of the domain's high end (greater than <paramref name="start"/>).</param>
    /// <param name="targetTicks">About how many ticks to draw (at least 2).</param>
    /// <exception cref="ArgumentOutOfRangeException">An empty pixel range or fewer than 2 ticks.</exception>
    public LinearScale(IEnumerable<double> values, double start, double end, int targetTicks = 5)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetTicks, 2);
        var finite = values.Where(double.IsFinite).ToArray();
        var low = Math.Min(0, finite.Length == 0 ? 0 : finite.Min());
        var high = Math.Max(0, finite.Length == 0 ? 0 : finite.Max());
        if (high - low < 1e-12)
        {
            high = low + 1;
        }

        Step = NiceStep((high - low) / targetTicks);
        Min = Math.Floor((low / Step) + 1e-9) * Step;
        Max = Math.Ceiling((high / Step) - 1e-9) * Step;
        Start = start;
        End = end;
    }

    /// <summary>The domain's low end (a multiple of <see cref="Step"/>, at most zero).</summary>
    public double Min { get; }

    /// <summary>The domain's high end (a multiple of <see cref="Step"/>, at least zero).</summary>
    public double Max { get; }

    /// <summary>The distance between ticks.</summary>
    public double Step { get; }

    /// <summary>The pixel of <see cref="Min"/>.</summary>
    public double Start { get; }

    /// <summary>The pixel of <see cref="Max"/>.</summary>
    public double End { get; }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            return [.. Enumerable.Range(0, count + 1).Select(i => Math.Round(Min + (i * Step), 10))];
        }
    }

    /// <summary>The pixel of a value (values outside the domain are clamped to it).</summary>
    public double this[double value] => Start + ((Math.Clamp(value, Min, Max) - Min) / (Max - Min) * (End - Start));

    /// <summary>The smallest of 1, 2, 5 or 10 times a power of ten that is at least <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rough);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * power;
    }
}
