using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>What an IRLS run produced, before variance and reporting.</summary>
internal sealed class IrlsFit
{
    public required double[] Beta { get; init; }

    public required double[] Mu { get; init; }

    public required double[] Eta { get; init; }

    public required double Deviance { get; init; }

    public required int Iterations { get; init; }

    public required int InnerIterations { get; init; }

    public required bool Converged { get; init; }

    public required string ExitReason { get; init; }

    /// <summary>Regressors partialled out of the fixed effects at the final weights.</summary>
    public required double[][] XTilde { get; init; }

    /// <summary>Final working weights (prior weight times μ for PPML; the prior weight for OLS).</summary>
    public required double[] WorkingWeights { get; init; }

    /// <summary>The columns that were kept (not collinear), over the design's regressors.</summary>
    public required bool[] Kept { get; init; }

    /// <summary>Wall time spent partialling out the fixed effects (setting weights included), in seconds.</summary>
    public double DemeaningSeconds { get; init; }

    /// <summary>Whether an omitted column was absorbed by the fixed effects (true) or collinear with other regressors (false).</summary>
    public required bool[] Absorbed { get; init; }
}

/// <summary>
/// Iteratively reweighted least squares for Poisson pseudo-maximum likelihood with high-dimensional fixed effects,
/// and the one-step weighted least squares of OLS.
/// </summary>
/// <remarks>
/// <para><b>Model.</b> <c>E[y_i | x_i] = μ_i = exp(x_i'β + Σ_k α_k[g_k(i)] + o_i)</c>, estimated by maximising the
/// Poisson pseudo-likelihood (Santos Silva and Tenreyro 2006, REStat 88(4)); the estimator is consistent
/// whenever the conditional mean is right, whatever the distribution of y.</para>
/// <para><b>Algorithm</b> (Guimarães and Portugal 2010; Correia, Guimarães and Zylkin 2020, Stata Journal 20(1),
/// "Fast Poisson estimation with high-dimensional fixed effects", section 3):
/// 1. start with <c>μ_i = y_i + 0.1·min{y_j : y_j &gt; 0}</c>, <c>η_i = log μ_i</c> (R's <c>poisson()</c> start
///    <c>y + 0.1</c>, fixest's default, in the outcome's own unit);
/// 2. working outcome <c>z_i = η_i − o_i + (y_i − μ_i)/μ_i</c>, weights <c>w_i = μ_i</c> (times prior weights);
/// 3. partial the fixed effects out of z and of every regressor with weights w (<see cref="FixedEffectSolver"/>,
///    warm-started from the previous iteration's coefficients);
/// 4. <c>β = (X̃'WX̃)⁻¹ X̃'W z̃</c>; the new linear predictor is <c>η_i = z_i − (z̃_i − x̃_i'β) + o_i</c>;
/// 5. <c>μ = exp(η)</c>, deviance <c>D = 2 Σ w_i [y_i log(y_i/μ_i) − (y_i − μ_i)]</c>; the step is halved if D is not finite.</para>
/// <para><b>Stopping rule.</b> <c>|D − D_prev| / max(min(D, D_prev), 0.1) &lt; tol</c> (ppmlhdfe's), or a change
/// below the rounding noise of the deviance (<c>1e-12 Σ w y</c>, reached by a perfect fit), declared only
/// once the fixed-effect solves run at their target tolerance. The inner tolerance starts loose and is tightened
/// to <c>max(target, 0.1 × the deviance change)</c> each iteration (the adaptive rule of ppmlhdfe).</para>
/// </remarks>
internal static class IrlsSolver
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IrlsFit Fit(GravityDesign design, GravityOptions options, bool poisson)
    {
        var n = design.Count;
        var k = design.X.Length;
        var y = design.Y;
        var prior = design.Weights;
        var offset = design.Offset;
        var solver = new FixedEffectSolver(design.FixedEffects, options.Threads);
        var levels = solver.CoefficientCount;

        var mu = new double[n];
        var eta = new double[n];
        var z = new double[n];
        var w = new double[n];
        var columns = new double[k + 1][];
        columns[0] = z;
        for (var j = 0; j < k; j++)
        {
            columns[j + 1] = design.X[j];
        }

        var alpha = new double[k + 1][];
        var tilde = new double[k + 1][];
        for (var c = 0; c <= k; c++)
        {
            alpha[c] = new double[levels];
            tilde[c] = new double[n];
        }

        if (poisson)
        {
            // The start of R's poisson() family (mustart = y + 0.1), which fixest's fepois uses, made free of the
            // outcome's unit: 0.1 becomes a tenth of the smallest positive outcome (the same for counts, where it is 1).
            // Near the data from the first iteration, IRLS needs about half the iterations of (y + ȳ)/2.
            var smallest = double.PositiveInfinity;
            for (var i = 0; i < n; i++)
            {
                if (y[i] > 0 && y[i] < smallest)
                {
                    smallest = y[i];
                }
            }

            var shift = double.IsFinite(smallest) ? 0.1 * smallest : 0.1;
            for (var i = 0; i < n; i++)
            {
                mu[i] = y[i] + shift;
                eta[i] = Math.Log(mu[i]);
            }
        }

        // Rounding noise of the deviance is about 1e-16 of Σy: a change below 1e-12 Σy is no change (a perfect fit).
        var outcomeTotal = 0.0;
        for (var i = 0; i < n; i++)
        {
            outcomeTotal += (prior?[i] ?? 1.0) * Math.Abs(y[i]);
        }

        var kept = Enumerable.Repeat(true, k).ToArray();
        var absorbed = new bool[k];
        var beta = new double[k];
        var deviance = double.PositiveInfinity;
        var innerTolerance = poisson ? Math.Max(options.InitialInnerTolerance, options.InnerTolerance) : options.InnerTolerance;
        var converged = false;
        var exitReason = "iteration cap reached";
        var iterations = 0;
        var innerTotal = 0;
        long demeanTicks = 0;
        var etaOld = new double[n];
        var activeColumns = columns;
        var activeAlpha = alpha;
        var activeTilde = tilde;

        // The sweeps over observations outside the fixed-effect solves (working outcome and weights, cross-products,
        // fitted linear predictor and deviance) run over contiguous ranges, one per thread, as the solver's passes do;
        // sums are kept per range and added in range order, so a given thread count gives the same digits every run.
        var ranges = new ObservationRanges(n, options.Threads);

        for (var iteration = 1; iteration <= (poisson ? options.MaxIterations : 1); iteration++)
        {
            iterations = iteration;
            ranges.For([MethodImpl(MethodImplOptions.AggressiveOptimization)] (_, from, to) =>
            {
                for (var i = from; i < to; i++)
                {
                    var pw = prior?[i] ?? 1.0;
                    if (poisson)
                    {
                        z[i] = eta[i] - (offset?[i] ?? 0.0) + ((y[i] - mu[i]) / mu[i]);
                        w[i] = pw * mu[i];
                    }
                    else
                    {
                        z[i] = y[i] - (offset?[i] ?? 0.0);
                        w[i] = pw;
                    }
                }
            });

            var demeanStart = System.Diagnostics.Stopwatch.GetTimestamp();
            solver.SetWeights(w);
            var (inner, _) = solver.Partial(activeColumns, activeAlpha, activeTilde, innerTolerance, options.MaxInnerIterations);
            innerTotal += inner;
            demeanTicks += System.Diagnostics.Stopwatch.GetTimestamp() - demeanStart;

            if (iteration == 1)
            {
                (kept, absorbed) = FindCollinear(design, tilde, w, options.CollinearityTolerance);
                var count = kept.Count(x => x);
                if (count < k)
                {
                    activeColumns = new double[count + 1][];
                    activeAlpha = new double[count + 1][];
                    activeTilde = new double[count + 1][];
                    activeColumns[0] = z;
                    activeAlpha[0] = alpha[0];
                    activeTilde[0] = tilde[0];
                    var next = 1;
                    for (var j = 0; j < k; j++)
                    {
                        if (kept[j])
                        {
                            activeColumns[next] = columns[j + 1];
                            activeAlpha[next] = alpha[j + 1];
                            activeTilde[next] = tilde[j + 1];
                            next++;
                        }
                    }
                }
            }

            var kk = activeColumns.Length - 1;
            var b = SolveLeastSquares(activeTilde, w, kk, ranges);
            if (b is null)
            {
                exitReason = "the weighted cross-product of the regressors is singular";
                break;
            }

            Array.Copy(eta, etaOld, n);
            var zt = activeTilde[0];
            var fitTilde = activeTilde;
            ranges.For([MethodImpl(MethodImplOptions.AggressiveOptimization)] (_, from, to) =>
            {
                for (var i = from; i < to; i++)
                {
                    var fit = 0.0;
                    for (var j = 0; j < kk; j++)
                    {
                        fit += fitTilde[j + 1][i] * b[j];
                    }

                    eta[i] = z[i] - (zt[i] - fit) + (offset?[i] ?? 0.0);
                }
            });

            var newDeviance = Deviance(y, eta, mu, prior, poisson, ranges);
            var halvings = 0;
            while (!double.IsFinite(newDeviance) && halvings < 30 && iteration > 1)
            {
                for (var i = 0; i < n; i++)
                {
                    eta[i] = (eta[i] + etaOld[i]) / 2;
                }

                newDeviance = Deviance(y, eta, mu, prior, poisson, ranges);
                halvings++;
            }

            if (!double.IsFinite(newDeviance))
            {
                exitReason = "the deviance is not finite";
                break;
            }

            var next2 = 0;
            for (var j = 0; j < k; j++)
            {
                beta[j] = kept[j] ? b[next2++] : double.NaN;
            }

            if (!poisson)
            {
                deviance = newDeviance;
                converged = true;
                exitReason = "closed form";
                break;
            }

            var change = Math.Abs(newDeviance - deviance) / Math.Max(Math.Min(newDeviance, deviance), 0.1);
            var atNoise = Math.Abs(newDeviance - deviance) <= 1e-12 * outcomeTotal;
            deviance = newDeviance;
            if (change < options.Tolerance || atNoise)
            {
                if (innerTolerance <= options.InnerTolerance)
                {
                    converged = true;
                    exitReason = "deviance change below tolerance";
                    break;
                }

                innerTolerance = options.InnerTolerance;
            }
            else
            {
                innerTolerance = Math.Max(options.InnerTolerance, Math.Min(innerTolerance, 0.1 * change));
            }
        }

        // The variance uses the regressors as partialled out in the last iteration (at the weights of the
        // iteration before, which the stopping rule makes indistinguishable from the final ones), as ppmlhdfe
        // and fixest do; the bread is evaluated at the final weights.
        var finalW = w; // the loop's weights are no longer needed: reuse their array
        for (var i = 0; i < n; i++)
        {
            finalW[i] = (prior?[i] ?? 1.0) * (poisson ? mu[i] : 1.0);
        }

        var xCount = activeColumns.Length - 1;
        var xTilde = new double[xCount][];
        for (var j = 0; j < xCount; j++)
        {
            xTilde[j] = activeTilde[j + 1];
        }

        return new IrlsFit
        {
            Beta = beta,
            Mu = mu,
            Eta = eta,
            Deviance = deviance,
            Iterations = iterations,
            InnerIterations = innerTotal,
            Converged = converged,
            ExitReason = exitReason,
            XTilde = xTilde,
            WorkingWeights = finalW,
            Kept = kept,
            Absorbed = absorbed,
            DemeaningSeconds = demeanTicks / (double)System.Diagnostics.Stopwatch.Frequency,
        };
    }

    /// <summary>Poisson deviance (or the weighted residual sum of squares) at η; fills μ.</summary>
    private static double Deviance(double[] y, double[] eta, double[] mu, double[]? prior, bool poisson, ObservationRanges ranges)
    {
        var sum = ranges.Sum((_, from, to) => DevianceTerms(y, eta, mu, prior, poisson, from, to));
        return poisson ? 2 * sum : sum;
    }

    /// <summary>Σ w⁰_i [y_i log(y_i/μ_i) − (y_i − μ_i)] (or Σ w⁰_i (y_i − η_i)²) over observations from..to − 1; fills μ there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double DevianceTerms(double[] y, double[] eta, double[] mu, double[]? prior, bool poisson, int from, int to)
    {
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            var pw = prior?[i] ?? 1.0;
            if (poisson)
            {
                var m = Math.Exp(eta[i]);
                mu[i] = m;
                var yi = y[i];
                sum += pw * (yi > 0 ? (yi * Math.Log(yi / m)) - (yi - m) : m);
            }
            else
            {
                mu[i] = eta[i];
                var r = y[i] - eta[i];
                sum += pw * r * r;
            }
        }

        return sum;
    }

    /// <summary>β = (X̃'WX̃)⁻¹X̃'Wz̃ with column 0 of <paramref name="tilde"/> the outcome.</summary>
    private static double[]? SolveLeastSquares(double[][] tilde, double[] w, int k, ObservationRanges ranges)
    {
        if (k == 0)
        {
            return [];
        }

        // Per range: X̃'Wz̃ (k sums) then the lower triangle of X̃'WX̃, added over ranges in range order.
        var parts = new double[ranges.Count][];
        ranges.For((chunk, from, to) => parts[chunk] = CrossProducts(tilde, w, k, from, to));
        var xtx = new double[k, k];
        var xtz = new double[k];
        foreach (var part in parts)
        {
            var next = 0;
            for (var a = 0; a < k; a++)
            {
                xtz[a] += part[next++];
                for (var b = 0; b <= a; b++)
                {
                    xtx[a, b] += part[next++];
                }
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < a; b++)
            {
                xtx[b, a] = xtx[a, b];
            }
        }

        var inverse = DenseMatrix.InvertSpd(xtx);
        return inverse is null ? null : DenseMatrix.Multiply(inverse, xtz);
    }

    /// <summary>The sums w x̃_a z̃ and w x̃_a x̃_b (b ≤ a) over observations from..to − 1, in the order SolveLeastSquares reads them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] CrossProducts(double[][] tilde, double[] w, int k, int from, int to)
    {
        var result = new double[k + (k * (k + 1) / 2)];
        var z = tilde[0];
        var next = 0;
        for (var a = 0; a < k; a++)
        {
            var xa = tilde[a + 1];
            var s = 0.0;
            for (var i = from; i < to; i++)
            {
                s += w[i] * xa[i] * z[i];
            }

            result[next++] = s;
            for (var b = 0; b <= a; b++)
            {
                var xb = tilde[b + 1];
                var t = 0.0;
                for (var i = from; i < to; i++)
                {
                    t += w[i] * xa[i] * xb[i];
                }

                result[next++] = t;
            }
        }

        return result;
    }

    /// <summary>
    /// Flags regressors that are collinear once the fixed effects are partialled out: absorbed when the
    /// partialled column has (almost) no variation left compared with its own weighted variance; otherwise
    /// collinear with the regressors before it.
    /// </summary>
    private static (bool[] Kept, bool[] Absorbed) FindCollinear(GravityDesign design, double[][] tilde, double[] w, double tolerance)
    {
        var k = design.X.Length;
        var n = design.Count;
        var xtx = new double[k, k];
        var scale = new double[k];
        var absorbed = new bool[k];
        var sumW = 0.0;
        for (var i = 0; i < n; i++)
        {
            sumW += w[i];
        }

        var hasFixedEffects = design.FixedEffects.Dimensions > 0;
        for (var a = 0; a < k; a++)
        {
            var x = design.X[a];
            var mean = 0.0;
            for (var i = 0; i < n; i++)
            {
                mean += w[i] * x[i];
            }

            mean /= sumW;
            var centred = 0.0;
            var raw = 0.0;
            for (var i = 0; i < n; i++)
            {
                var d = x[i] - mean;
                centred += w[i] * d * d;
                raw += w[i] * x[i] * x[i];
            }

            // Without fixed effects the constant is a regressor and its variation is its level.
            scale[a] = hasFixedEffects ? centred : raw;
            var xa = tilde[a + 1];
            for (var b = 0; b <= a; b++)
            {
                var xb = tilde[b + 1];
                var t = 0.0;
                for (var i = 0; i < n; i++)
                {
                    t += w[i] * xa[i] * xb[i];
                }

                xtx[a, b] = t;
                xtx[b, a] = t;
            }

            absorbed[a] = hasFixedEffects && !(xtx[a, a] > tolerance * Math.Max(centred, 1e-300));
        }

        var kept = DenseMatrix.IndependentColumns(xtx, scale, tolerance);
        for (var a = 0; a < k; a++)
        {
            if (kept[a])
            {
                absorbed[a] = false;
            }
        }

        return (kept, absorbed);
    }
}

/// <summary>
/// Contiguous ranges of observations, one per thread (none below 50,000 observations a range), for the sweeps of
/// <see cref="IrlsSolver"/> outside the fixed-effect solver.
/// </summary>
internal sealed class ObservationRanges
{
    private readonly int[] _bounds;
    private readonly ParallelOptions _parallel;

    /// <summary>Splits <paramref name="n"/> observations for <paramref name="threads"/> threads.</summary>
    public ObservationRanges(int n, int threads)
    {
        var chunks = Math.Max(1, Math.Min(threads, n / 50_000));
        _bounds = new int[chunks + 1];
        for (var c = 0; c <= chunks; c++)
        {
            _bounds[c] = (int)((long)n * c / chunks);
        }

        _parallel = new ParallelOptions { MaxDegreeOfParallelism = chunks };
    }

    /// <summary>Number of ranges.</summary>
    public int Count => _bounds.Length - 1;

    /// <summary>Runs the body on every range (range index, first observation, one past the last).</summary>
    public void For(Action<int, int, int> body)
    {
        if (Count == 1)
        {
            body(0, 0, _bounds[1]);
            return;
        }

        Parallel.For(0, Count, _parallel, c => body(c, _bounds[c], _bounds[c + 1]));
    }

    /// <summary>The body's sums over every range, added in range order.</summary>
    public double Sum(Func<int, int, int, double> body)
    {
        if (Count == 1)
        {
            return body(0, 0, _bounds[1]);
        }

        var partial = new double[Count];
        Parallel.For(0, Count, _parallel, c => partial[c] = body(c, _bounds[c], _bounds[c + 1]));
        var total = 0.0;
        foreach (var p in partial)
        {
            total += p;
        }

        return total;
    }
}
