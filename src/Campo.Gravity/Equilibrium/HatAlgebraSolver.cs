using System.Runtime.CompilerServices;

namespace Campo.Gravity.Equilibrium;

/// <summary>Options of the exact hat-algebra solver.</summary>
public sealed record HatAlgebraOptions
{
    /// <summary>Stop when the largest change of log trade flows between iterations is below this. Default 1e-12.</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>Iteration cap. Default 1,000,000 (as ge_gravity).</summary>
    public int MaxIterations { get; init; } = 1_000_000;
}

/// <summary>The general-equilibrium response to a change in trade costs, per country.</summary>
public sealed record HatAlgebraResult
{
    /// <summary>Country codes in matrix order.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>Change in the factory-gate price (nominal wage) <c>ŵ_i</c>, world output held constant (numeraire).</summary>
    public required double[] FactoryPrice { get; init; }

    /// <summary>Change in the consumer price index (inward multilateral resistance) <c>P̂_j</c>, same numeraire.</summary>
    public required double[] PriceIndex { get; init; }

    /// <summary>Change in real output <c>ŵ_i / P̂_i</c> (the Guide's real GDP; ge_gravity's real wage).</summary>
    public required double[] RealOutput { get; init; }

    /// <summary>Welfare change: real expenditure <c>(Y_i ŵ_i + D_i) / (Y_i + D_i) / P̂_i</c> with additive imbalances, the real wage with multiplicative ones (ge_gravity's definitions).</summary>
    public required double[] Welfare { get; init; }

    /// <summary>New trade flows, exporter i by importer j, row-major N×N, same numeraire.</summary>
    public required double[] Flows { get; init; }

    /// <summary>Conditional flows: trade costs change, output and expenditure do not (the Guide's "conditional general equilibrium"), row-major N×N.</summary>
    public required double[] ConditionalFlows { get; init; }

    /// <summary>
    /// The conditional balancing scales: <c>X^c_ij = r_i c_j X_ij B_ij</c> with r the row scales (index 0) and c the
    /// column scales (index 1). With output and expenditure fixed, <c>X^c_ij = Y_i E_j (t^c_ij)^{1−σ} / (Π^c_i P^c_j)^{1−σ}</c>,
    /// so <c>r_i c_j = (Π̂_i P̂_j)^{θ}</c>: only the product is identified (see <see cref="HatAlgebraSolver.ConditionalResistances"/>).
    /// </summary>
    public required (double[] Rows, double[] Columns) ConditionalScales { get; init; }

    /// <summary>True when the tolerance was met.</summary>
    public required bool Converged { get; init; }

    /// <summary>Iterations used.</summary>
    public required int Iterations { get; init; }

    /// <summary>Largest change of log flows in the last iteration.</summary>
    public required double Residual { get; init; }
}

/// <summary>
/// The exact hat-algebra fixed point of the one-sector Armington-CES (or Eaton-Kortum) gravity model, after
/// Baier, Yotov and Zylkin (2019), "On the widely differing effects of free trade agreements", JIE 116, and
/// Zylkin's <c>ge_gravity</c> (Stata, 2019).
/// </summary>
/// <remarks>
/// <para><b>Equations</b> (θ the trade elasticity, σ − 1 in Armington terms; π_ij = X_ij/E_j; B_ij = e^{β·Δx_ij}
/// the partial effect; D_j = E_j − Y_j):
/// (1) <c>Y_i ŵ_i = ŵ_i^{−θ} Σ_j π_ij B_ij E'_j / P̂_j^{−θ}</c> (market clearing);
/// (2) <c>P̂_j^{−θ} = Σ_i π_ij B_ij ŵ_i^{−θ}</c> (price index);
/// (3) <c>E'_j = Y_j ŵ_j + D_j</c> (additive) or <c>E_j ŵ_j</c> (multiplicative);
/// numeraire <c>Σ_i Y_i ŵ_i = Σ_i Y_i</c>.</para>
/// <para><b>Algorithm</b> (ge_gravity's): from ŵ = P̂ = 1, E' = E, repeat: ŵ_i ← [Σ_j π_ij B_ij E'_j/P̂_j^{−θ} / Y_i]^{1/(1+θ)}
/// (equation 1 solved for ŵ with the other terms at their last values); rescale ŵ to the numeraire; update
/// P̂^{−θ} by (2) and E' by (3); compute the flows <c>X'_ij = π_ij B_ij ŵ_i^{−θ} E'_j / P̂_j^{−θ}</c>.</para>
/// <para><b>Stopping rule.</b> <c>max |log X'_new − log X'_old| &lt; Tolerance</c> over positive flows (ge_gravity uses
/// 1e-8; the default here is 1e-12, a full convergence).</para>
/// <para>The conditional flows solve <c>X' = diag(r) (X∘B) diag(c)</c> with the baseline row sums Y and column
/// sums E by Sinkhorn-Knopp balancing: the conditional equilibrium of Anderson and van Wincoop's multilateral
/// resistances with output and expenditure fixed.</para>
/// </remarks>
public static class HatAlgebraSolver
{
    /// <summary>Solves the counterfactual.</summary>
    /// <param name="countries">Country codes, in matrix order.</param>
    /// <param name="flows">Baseline flows X_ij, row-major N×N, exporter by importer, domestic flows on the diagonal (all positive).</param>
    /// <param name="partialEffects">log B_ij = β·Δx_ij, row-major N×N (0 where nothing changes).</param>
    /// <param name="theta">The trade elasticity θ &gt; 0.</param>
    /// <param name="imbalance">How imbalances move.</param>
    /// <param name="options">Tolerance and cap.</param>
    /// <exception cref="ArgumentException">The sizes disagree, θ is not positive, or a domestic flow is not positive.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HatAlgebraResult Solve(IReadOnlyList<string> countries, double[] flows, double[] partialEffects, double theta, TradeImbalance imbalance, HatAlgebraOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(partialEffects);
        options ??= new HatAlgebraOptions();
        var n = countries.Count;
        if (flows.Length != n * n || partialEffects.Length != n * n)
        {
            throw new ArgumentException($"Flows and partial effects must be {n}×{n}.", nameof(flows));
        }

        if (!(theta > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(theta), theta, "The trade elasticity is positive.");
        }

        var y = new double[n];
        var e = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (!(flows[(i * n) + i] > 0))
            {
                throw new ArgumentException($"The domestic flow of {countries[i]} must be positive.", nameof(flows));
            }

            for (var j = 0; j < n; j++)
            {
                var x = flows[(i * n) + j];
                if (x < 0 || !double.IsFinite(x))
                {
                    throw new ArgumentException($"Flow {countries[i]}→{countries[j]} is {x}; flows are finite and non-negative.", nameof(flows));
                }

                y[i] += x;
                e[j] += x;
            }
        }

        var d = new double[n];
        for (var j = 0; j < n; j++)
        {
            d[j] = e[j] - y[j];
        }

        // piB_ij = π_ij B_ij.
        var piB = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                piB[(i * n) + j] = flows[(i * n) + j] / e[j] * Math.Exp(partialEffects[(i * n) + j]);
            }
        }

        var sumY = y.Sum();
        var w = Enumerable.Repeat(1.0, n).ToArray();
        var pTheta = Enumerable.Repeat(1.0, n).ToArray();
        var eNew = (double[])e.Clone();
        var xNew = (double[])flows.Clone();
        var xOld = new double[n * n];
        var wTheta = new double[n];
        var crit = double.PositiveInfinity;
        var iteration = 0;
        while (iteration < options.MaxIterations)
        {
            iteration++;
            Array.Copy(xNew, xOld, xNew.Length);
            for (var i = 0; i < n; i++)
            {
                var s = 0.0;
                for (var j = 0; j < n; j++)
                {
                    s += piB[(i * n) + j] * eNew[j] / pTheta[j];
                }

                w[i] = Math.Pow(s / y[i], 1 / (1 + theta));
            }

            var output = 0.0;
            for (var i = 0; i < n; i++)
            {
                output += y[i] * w[i];
            }

            var scale = sumY / output;
            for (var i = 0; i < n; i++)
            {
                w[i] *= scale;
                wTheta[i] = Math.Pow(w[i], -theta);
            }

            for (var j = 0; j < n; j++)
            {
                var s = 0.0;
                for (var i = 0; i < n; i++)
                {
                    s += piB[(i * n) + j] * wTheta[i];
                }

                pTheta[j] = s;
                eNew[j] = imbalance == TradeImbalance.Multiplicative ? e[j] * w[j] : (y[j] * w[j]) + d[j];
            }

            crit = 0.0;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var k = (i * n) + j;
                    var x = piB[k] * wTheta[i] / pTheta[j] * eNew[j];
                    xNew[k] = x;
                    if (x > 0 && xOld[k] > 0)
                    {
                        crit = Math.Max(crit, Math.Abs(Math.Log(x / xOld[k])));
                    }
                }
            }

            if (crit < options.Tolerance)
            {
                break;
            }
        }

        var price = pTheta.Select(p => Math.Pow(p, -1 / theta)).ToArray();
        var (conditional, rowScale, columnScale) = Conditional(flows, partialEffects, y, e, n, options.Tolerance);
        var real = new double[n];
        var welfare = new double[n];
        for (var i = 0; i < n; i++)
        {
            real[i] = w[i] / price[i];
            welfare[i] = imbalance == TradeImbalance.Multiplicative ? real[i] : ((y[i] * w[i]) + d[i]) / (y[i] + d[i]) / price[i];
        }

        return new HatAlgebraResult
        {
            Countries = countries,
            FactoryPrice = w,
            PriceIndex = price,
            RealOutput = real,
            Welfare = welfare,
            Flows = xNew,
            ConditionalFlows = conditional,
            ConditionalScales = (rowScale, columnScale),
            Converged = crit < options.Tolerance,
            Iterations = iteration,
            Residual = crit,
        };
    }

    /// <summary>
    /// The conditional changes of the multilateral resistances, the Guide's "conditional general equilibrium"
    /// indexes (Yotov, Piermartini, Monteiro and Larch 2016, ch. 2, eqs. (6)-(7) with Y and E fixed):
    /// <c>Π̂_i = (r_i c_ref)^{1/θ}</c>, <c>P̂_j = (c_j / c_ref)^{1/θ}</c>, normalised as the Guide does so that the
    /// reference country's inward resistance does not change (<c>P̂_ref = 1</c>).
    /// </summary>
    /// <param name="result">A solution.</param>
    /// <param name="reference">Index of the reference country.</param>
    /// <param name="theta">The trade elasticity θ = σ − 1 the solution used.</param>
    /// <returns>The ratios P̂_j (inward) and Π̂_i (outward), conditional.</returns>
    public static (double[] Inward, double[] Outward) ConditionalResistances(HatAlgebraResult result, int reference, double theta)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (rows, columns) = result.ConditionalScales;
        var cRef = columns[reference];
        var inward = columns.Select(c => Math.Pow(c / cRef, 1 / theta)).ToArray();
        var outward = rows.Select(r => Math.Pow(r * cRef, 1 / theta)).ToArray();
        return (inward, outward);
    }

    /// <summary>Sinkhorn-Knopp: scale rows and columns of X∘B until they sum to Y and E; returns the flows and the
    /// accumulated row and column scales.</summary>
    private static (double[] Flows, double[] Rows, double[] Columns) Conditional(double[] flows, double[] partialEffects, double[] y, double[] e, int n, double tolerance)
    {
        var x = new double[n * n];
        for (var k = 0; k < x.Length; k++)
        {
            x[k] = flows[k] * Math.Exp(partialEffects[k]);
        }

        var rows = Enumerable.Repeat(1.0, n).ToArray();
        var columns = Enumerable.Repeat(1.0, n).ToArray();
        for (var iteration = 0; iteration < 100_000; iteration++)
        {
            var worst = 0.0;
            for (var i = 0; i < n; i++)
            {
                var s = 0.0;
                for (var j = 0; j < n; j++)
                {
                    s += x[(i * n) + j];
                }

                var f = y[i] / s;
                rows[i] *= f;
                worst = Math.Max(worst, Math.Abs(Math.Log(f)));
                for (var j = 0; j < n; j++)
                {
                    x[(i * n) + j] *= f;
                }
            }

            for (var j = 0; j < n; j++)
            {
                var s = 0.0;
                for (var i = 0; i < n; i++)
                {
                    s += x[(i * n) + j];
                }

                var f = e[j] / s;
                columns[j] *= f;
                worst = Math.Max(worst, Math.Abs(Math.Log(f)));
                for (var i = 0; i < n; i++)
                {
                    x[(i * n) + j] *= f;
                }
            }

            if (worst < tolerance)
            {
                break;
            }
        }

        return (x, rows, columns);
    }
}
