using System.Globalization;

namespace Campo.Markets.Uncertainty;

/// <summary>
/// The distribution of a multiplicative factor applied to a base value, such as an elasticity: each draw
/// multiplies the base elasticity by a factor drawn from it, independently for every region, commodity and
/// curve. A factor is always positive, so an elasticity keeps its sign.
/// </summary>
public abstract record FactorDistribution
{
    /// <summary>No uncertainty: the factor is 1.</summary>
    public static FactorDistribution None { get; } = new FixedFactor();

    /// <summary>A one-line description for reports, such as "lognormal, mean 1, CV 0.3".</summary>
    public abstract string Describe();

    internal abstract double Sample(ref RandomStream random);

    private sealed record FixedFactor : FactorDistribution
    {
        public override string Describe() => "none (factor 1)";

        internal override double Sample(ref RandomStream random) => 1.0;
    }
}

/// <summary>
/// A lognormal factor with mean 1 and a stated coefficient of variation: ln F ~ N(−σ²/2, σ²) with
/// σ² = ln(1 + CV²), so E[F] = 1 and sd[F] = CV (the base elasticity is the mean of the draws; the median is
/// slightly below it, exp(−σ²/2)).
/// </summary>
public sealed record LogNormalFactor : FactorDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="coefficientOfVariation">The coefficient of variation of the factor; 0 to 5.</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside that range.</exception>
    public LogNormalFactor(double coefficientOfVariation)
    {
        if (!(coefficientOfVariation >= 0 && coefficientOfVariation <= 5))
        {
            throw new ArgumentOutOfRangeException(nameof(coefficientOfVariation), coefficientOfVariation, "A coefficient of variation is between 0 and 5 (0.3 for 30%).");
        }

        CoefficientOfVariation = coefficientOfVariation;
        Sigma = Math.Sqrt(Math.Log(1 + (coefficientOfVariation * coefficientOfVariation)));
    }

    /// <summary>The coefficient of variation of the factor.</summary>
    public double CoefficientOfVariation { get; }

    /// <summary>σ, the standard deviation of ln F.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"lognormal factor, mean 1, coefficient of variation {CoefficientOfVariation:0.###}");

    internal override double Sample(ref RandomStream random) => Math.Exp((-0.5 * Sigma * Sigma) + (Sigma * random.NextNormal()));
}

/// <summary>A factor drawn uniformly between two positive bounds, such as 0.5 to 1.5 times the base elasticity.</summary>
public sealed record UniformFactor : FactorDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="low">Lowest factor; above 0.</param>
    /// <param name="high">Highest factor; at least <paramref name="low"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not positive or they are out of order.</exception>
    public UniformFactor(double low, double high)
    {
        if (!(low > 0 && high >= low && double.IsFinite(high)))
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, "A uniform factor range has 0 < low ≤ high.");
        }

        (Low, High) = (low, high);
    }

    /// <summary>Lowest factor.</summary>
    public double Low { get; }

    /// <summary>Highest factor.</summary>
    public double High { get; }

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"uniform factor from {Low:0.###} to {High:0.###}");

    internal override double Sample(ref RandomStream random) => Low + ((High - Low) * random.NextUniform());
}

/// <summary>
/// A share in [0, 1] drawn uniformly between two bounds: an assumption such as who holds quota rents. Equal
/// bounds fix the share.
/// </summary>
public sealed record ShareRange
{
    /// <summary>Creates the range.</summary>
    /// <param name="low">Lowest share, 0 to 1.</param>
    /// <param name="high">Highest share, <paramref name="low"/> to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1] or out of order.</exception>
    public ShareRange(double low, double high)
    {
        if (!(low >= 0 && high <= 1 && high >= low))
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, "A share range has 0 ≤ low ≤ high ≤ 1.");
        }

        (Low, High) = (low, high);
    }

    /// <summary>Lowest share.</summary>
    public double Low { get; }

    /// <summary>Highest share.</summary>
    public double High { get; }

    /// <summary>A one-line description.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"uniform share from {Low:0.###} to {High:0.###}");

    internal double Sample(ref RandomStream random) => Low + ((High - Low) * random.NextUniform());
}
