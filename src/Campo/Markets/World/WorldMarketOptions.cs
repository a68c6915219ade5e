namespace Campo.Markets.World;

/// <summary>Tolerances, caps and default assumptions of the world market model. Every one is a named option.</summary>
public sealed record WorldMarketOptions
{
    /// <summary>
    /// A market clears when |Σ_r N_r(pw) − Σ_r N_r0| is at most this fraction of the commodity's world volume
    /// (half the sum of world production and world demand). Default 1e-10.
    /// </summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Cap on Newton or bisection steps for one commodity's world price in one solve. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Cap on Gauss–Seidel sweeps over commodities linked by cross-price elasticities. Default 100.</summary>
    public int MaxSweeps { get; init; } = 100;

    /// <summary>
    /// The world price is sought within exp(±MaxLogPriceChange) times its base value: beyond that no answer
    /// is meaningful and the commodity is reported as not converged. Default 20 (a factor of about 5e8).
    /// </summary>
    public double MaxLogPriceChange { get; init; } = 20;

    /// <summary>
    /// Relative tolerance of the base balance check, Production + Imports − Exports = Demand + StockChange,
    /// as a fraction of the largest of the four volumes. Smaller imbalances are absorbed in the stock change;
    /// larger ones are an error. Default 1e-6.
    /// </summary>
    public double BalanceTolerance { get; init; } = 1e-6;

    /// <summary>
    /// Share of a quota rent kept in the importing region when its quota does not say: 1 (all of it) by
    /// default, an assumption in place of the ATPSM manual's allocation rule (reference §1.2 item 7).
    /// </summary>
    public double DefaultDomesticRentShare { get; init; } = 1.0;

    /// <summary>The defaults.</summary>
    public static WorldMarketOptions Default { get; } = new();

    /// <summary>Checks every option's range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its range.</exception>
    public void Validate()
    {
        Require(Tolerance > 0 && Tolerance < 1, nameof(Tolerance), Tolerance, "a relative tolerance between 0 and 1");
        Require(MaxIterations >= 1, nameof(MaxIterations), MaxIterations, "at least 1");
        Require(MaxSweeps >= 1, nameof(MaxSweeps), MaxSweeps, "at least 1");
        Require(MaxLogPriceChange > 0 && MaxLogPriceChange <= 700, nameof(MaxLogPriceChange), MaxLogPriceChange, "between 0 and 700");
        Require(BalanceTolerance >= 0 && BalanceTolerance < 1, nameof(BalanceTolerance), BalanceTolerance, "between 0 and 1");
        Require(DefaultDomesticRentShare is >= 0 and <= 1, nameof(DefaultDomesticRentShare), DefaultDomesticRentShare, "a share between 0 and 1");
    }

    private static void Require(bool ok, string name, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {expected}.");
        }
    }
}
