namespace Campo.Markets;

/// <summary>
/// Exact areas under constant-elasticity curves, the building block of every surplus in the world market
/// model. For a curve <c>Q(p) = Q0·(p/p0)^e</c> the area between the prices <c>p0</c> and <c>p1</c> is
/// <code>
///   ∫[p0, p1] Q(p) dp = Q0·p0·((p1/p0)^(e+1) − 1)/(e + 1)     for e ≠ −1
///                     = Q0·p0·ln(p1/p0)                     for e = −1
/// </code>
/// (elementary calculus: the antiderivative of p^e). Writing <c>L = ln(p1/p0)</c> and <c>a = e + 1</c>, both
/// cases are <c>Q0·p0·(exp(a·L) − 1)/a</c>, whose limit as a → 0 is <c>Q0·p0·L</c>; near that limit the
/// quotient is evaluated by its Taylor series so that elasticities close to −1 lose no precision.
/// </summary>
public static class SurplusIntegrals
{
    /// <summary>
    /// The area <c>∫ Q0·(p/p0)^e dp</c> from <c>p0</c> to <c>p0·exp(logPriceChange)</c>, in the units of
    /// quantity times price.
    /// </summary>
    /// <param name="baseQuantity">Q0, the quantity at the base price; at least 0.</param>
    /// <param name="basePrice">p0, the base price; above 0.</param>
    /// <param name="elasticity">e, the constant elasticity (any finite value, −1 included).</param>
    /// <param name="logPriceChange">L = ln(p1/p0).</param>
    /// <returns>The signed area: positive when the price rises.</returns>
    public static double Area(double baseQuantity, double basePrice, double elasticity, double logPriceChange)
    {
        if (logPriceChange == 0 || baseQuantity == 0)
        {
            return 0;
        }

        return baseQuantity * basePrice * ExpRatio(elasticity + 1.0, logPriceChange);
    }

    /// <summary><c>(exp(a·L) − 1)/a</c>, with its limit <c>L</c> at a = 0, accurate for small a·L.</summary>
    internal static double ExpRatio(double a, double logChange)
    {
        var u = a * logChange;
        if (Math.Abs(u) < 1e-4)
        {
            // exp(u) − 1 = u·(1 + u/2 + u²/6 + u³/24 + …); truncation error below 1e-17 relative here.
            return logChange * (1.0 + (u / 2.0 * (1.0 + (u / 3.0 * (1.0 + (u / 4.0))))));
        }

        return (Math.Exp(u) - 1.0) / a;
    }
}
