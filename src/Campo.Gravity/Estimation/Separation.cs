using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>
/// Detection of observations for which the Poisson maximum-likelihood estimate does not exist ("separated"
/// observations), after Correia, Guimarães and Zylkin (2019), "Verifying the existence of maximum likelihood
/// estimates for generalized linear models", arXiv:1903.01633, sections 3-4.
/// </summary>
/// <remarks>
/// An observation with <c>y_i = 0</c> is separated when some linear combination <c>z = Xγ + Dα</c> of the
/// regressors and fixed effects has <c>z_i = 0</c> wherever <c>y_i &gt; 0</c>, <c>z_i ≥ 0</c> wherever
/// <c>y_i = 0</c>, and <c>z_i &gt; 0</c> at that observation: moving the estimate along <c>−z</c> raises the
/// likelihood for ever and drives <c>μ_i</c> to zero. Dropping separated observations leaves the estimates of
/// the identified coefficients unchanged and makes the estimate exist. Three checks find them:
/// (1) fixed-effect groups whose outcomes are all zero (z is that group's dummy);
/// (2) a linear program over the regressors alone, <see cref="Simplex"/>;
/// (3) the iterative rectifier (<see cref="Relu"/>), which also covers the fixed effects.
/// </remarks>
internal static class Separation
{
    /// <summary>
    /// For each observation, the first fixed-effect dimension in which its level has outcomes that sum to zero,
    /// or −1. Removing zeros changes no group's sum, so one pass finds them all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] ZeroGroups(GravityDesign design)
    {
        var fe = design.FixedEffects;
        var n = design.Count;
        var flagged = new int[n];
        Array.Fill(flagged, -1);
        for (var d = 0; d < fe.Dimensions; d++)
        {
            var sums = new double[fe.Levels[d]];
            var codes = fe.LocalCodes[d];
            for (var i = 0; i < n; i++)
            {
                sums[codes[i]] += design.Y[i];
            }

            for (var i = 0; i < n; i++)
            {
                if (sums[codes[i]] <= 0 && flagged[i] < 0)
                {
                    flagged[i] = d;
                }
            }
        }

        return flagged;
    }

    /// <summary>Observations alone in a level of some dimension, found iteratively (dropping one can make another).</summary>
    public static int[] Singletons(GravityDesign design)
    {
        var fe = design.FixedEffects;
        var n = design.Count;
        var drop = new bool[n];
        var changed = fe.Dimensions > 0;
        while (changed)
        {
            changed = false;
            for (var d = 0; d < fe.Dimensions; d++)
            {
                var counts = new int[fe.Levels[d]];
                var codes = fe.LocalCodes[d];
                for (var i = 0; i < n; i++)
                {
                    if (!drop[i])
                    {
                        counts[codes[i]]++;
                    }
                }

                for (var i = 0; i < n; i++)
                {
                    if (!drop[i] && counts[codes[i]] == 1)
                    {
                        drop[i] = true;
                        changed = true;
                    }
                }
            }
        }

        return Indices(drop, true);
    }

    /// <summary>
    /// The simplex check on the regressors without fixed effects: γ must lie in the null space of the regressors
    /// on the positive outcomes; within it, a linear program <c>max Σ z_i</c> subject to <c>0 ≤ z_i ≤ 1</c> on the
    /// zero outcomes finds certificates; it is repeated on the remaining zeros until none is found, since the
    /// optimum of one program need not cover every separated observation.
    /// </summary>
    /// <param name="design">The design (its regressors only are used).</param>
    /// <param name="maxZeros">Above this many zero outcomes the dense program is not attempted (the ReLU check covers it).</param>
    /// <param name="skipped">True when the program was too large and not run.</param>
    public static int[] Simplex(GravityDesign design, int maxZeros, out bool skipped)
    {
        skipped = false;
        var k = design.X.Length;
        var n = design.Count;
        if (k == 0)
        {
            return [];
        }

        // Scale columns so the null-space tolerance is unit-free.
        var norms = new double[k];
        for (var j = 0; j < k; j++)
        {
            var s = 0.0;
            foreach (var v in design.X[j])
            {
                s += v * v;
            }

            norms[j] = s > 0 ? Math.Sqrt(s) : 1;
        }

        var gram = new double[k, k];
        var zeros = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (design.Y[i] > 0)
            {
                for (var a = 0; a < k; a++)
                {
                    var xa = design.X[a][i] / norms[a];
                    for (var b = 0; b <= a; b++)
                    {
                        gram[a, b] += xa * design.X[b][i] / norms[b];
                    }
                }
            }
            else
            {
                zeros.Add(i);
            }
        }

        if (zeros.Count == 0)
        {
            return [];
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < a; b++)
            {
                gram[b, a] = gram[a, b];
            }
        }

        var basis = DenseMatrix.NullSpace(gram, 1e-12);
        if (basis.Length == 0)
        {
            return [];
        }

        if (zeros.Count > maxZeros)
        {
            skipped = true;
            return [];
        }

        // G = X_0 N: the values a certificate can take on the zero outcomes.
        var r = basis.Length;
        var remaining = new List<int>(zeros);
        var separated = new List<int>();
        while (remaining.Count > 0)
        {
            var g = new double[remaining.Count, r];
            for (var row = 0; row < remaining.Count; row++)
            {
                var i = remaining[row];
                for (var c = 0; c < r; c++)
                {
                    var s = 0.0;
                    for (var j = 0; j < k; j++)
                    {
                        s += design.X[j][i] / norms[j] * basis[c][j];
                    }

                    g[row, c] = Math.Abs(s) < 1e-12 ? 0 : s;
                }
            }

            var zValues = SimplexSolver.MaximiseCertificate(g);
            var found = new List<int>();
            for (var row = 0; row < remaining.Count; row++)
            {
                if (zValues[row] > 1e-9)
                {
                    found.Add(remaining[row]);
                }
            }

            if (found.Count == 0)
            {
                break;
            }

            separated.AddRange(found);
            var set = new HashSet<int>(found);
            remaining.RemoveAll(set.Contains);
        }

        separated.Sort();
        return [.. separated];
    }

    /// <summary>
    /// The iterative rectifier: <c>u_i = 1[y_i = 0]</c>; regress u on the regressors and fixed effects with
    /// weight 1 on zero outcomes and a large weight on positive ones (which forces the fit to zero there);
    /// set fitted values within the tolerance to zero; stop when every fitted value is non-negative (the
    /// positive ones are the separated observations); otherwise replace u on the zero outcomes by the
    /// rectified fit <c>max(ẑ, 0)</c> and repeat. Converges to a certificate or to zero (no separation).
    /// </summary>
    /// <returns>The separated observations, and the iterations used; null when the cap was reached.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int[]? Separated, int Iterations) Relu(GravityDesign design, GravityOptions options)
    {
        var n = design.Count;
        var y = design.Y;
        var zeroCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (y[i] <= 0)
            {
                zeroCount++;
            }
        }

        if (zeroCount == 0)
        {
            return ([], 0);
        }

        var tol = options.ReluTolerance;
        var heavy = Math.Max(1.0, n - zeroCount) / (tol * tol);
        var omega = new double[n];
        var u = new double[n];
        for (var i = 0; i < n; i++)
        {
            omega[i] = y[i] > 0 ? heavy : 1.0;
            u[i] = y[i] > 0 ? 0.0 : 1.0;
        }

        var solver = new FixedEffectSolver(design.FixedEffects, options.Threads, eliminateLargest: false);
        solver.SetWeights(omega);
        var k = design.X.Length;
        var levels = solver.CoefficientCount;
        var xAlpha = new double[k][];
        var xTilde = new double[k][];
        for (var j = 0; j < k; j++)
        {
            xAlpha[j] = new double[levels];
            xTilde[j] = new double[n];
        }

        const double innerTolerance = 1e-10;
        var innerCap = Math.Max(options.MaxInnerIterations, 100_000);
        if (k > 0)
        {
            solver.Partial(design.X, xAlpha, xTilde, innerTolerance, innerCap);
        }

        // Keep only independent regressors for the regression (collinear ones add nothing to the span).
        var xtx = new double[k, k];
        var scale = new double[k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var s = 0.0;
                for (var i = 0; i < n; i++)
                {
                    s += omega[i] * xTilde[a][i] * xTilde[b][i];
                }

                xtx[a, b] = s;
                xtx[b, a] = s;
            }

            var raw = 0.0;
            for (var i = 0; i < n; i++)
            {
                raw += omega[i] * design.X[a][i] * design.X[a][i];
            }

            scale[a] = raw;
        }

        var keep = DenseMatrix.IndependentColumns(xtx, scale, 1e-12);
        var used = Enumerable.Range(0, k).Where(j => keep[j]).ToArray();
        var reduced = new double[used.Length, used.Length];
        for (var a = 0; a < used.Length; a++)
        {
            for (var b = 0; b < used.Length; b++)
            {
                reduced[a, b] = xtx[used[a], used[b]];
            }
        }

        var inverse = used.Length > 0 ? DenseMatrix.InvertSpd(reduced) : new double[0, 0];
        var uAlpha = new[] { new double[levels] };
        var uTilde = new[] { new double[n] };
        var fitted = new double[n];
        for (var iteration = 1; iteration <= options.ReluMaxIterations; iteration++)
        {
            var any = false;
            for (var i = 0; i < n; i++)
            {
                if (u[i] != 0)
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return ([], iteration - 1);
            }

            solver.Partial([u], uAlpha, uTilde, innerTolerance, innerCap);
            var ut = uTilde[0];
            var beta = new double[used.Length];
            if (inverse is not null && used.Length > 0)
            {
                var xtu = new double[used.Length];
                for (var a = 0; a < used.Length; a++)
                {
                    var xa = xTilde[used[a]];
                    var s = 0.0;
                    for (var i = 0; i < n; i++)
                    {
                        s += omega[i] * xa[i] * ut[i];
                    }

                    xtu[a] = s;
                }

                beta = DenseMatrix.Multiply(inverse, xtu);
            }

            var allNonNegative = true;
            for (var i = 0; i < n; i++)
            {
                var resid = ut[i];
                for (var a = 0; a < used.Length; a++)
                {
                    resid -= xTilde[used[a]][i] * beta[a];
                }

                var f = u[i] - resid;
                if (y[i] > 0 || (f > -0.1 * tol && f < tol))
                {
                    f = 0;
                }

                fitted[i] = f;
                if (f < 0)
                {
                    allNonNegative = false;
                }
            }

            if (allNonNegative)
            {
                var separated = new List<int>();
                for (var i = 0; i < n; i++)
                {
                    if (fitted[i] > 0)
                    {
                        separated.Add(i);
                    }
                }

                return ([.. separated], iteration);
            }

            for (var i = 0; i < n; i++)
            {
                u[i] = y[i] > 0 ? 0 : Math.Max(fitted[i], 0);
            }
        }

        return (null, options.ReluMaxIterations);
    }

    /// <summary>
    /// The check during IRLS: zero outcomes whose fitted value is below 1e-6 of the mean outcome at
    /// convergence. On a separated observation μ keeps shrinking geometrically while the deviance barely moves,
    /// so IRLS "converges" with μ there many orders below every other fit (Correia, Guimarães and Zylkin 2019, §5).
    /// A backstop only: it can also flag a genuine zero with a tiny fitted value, which the ReLU certificate does not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Collapsed(GravityDesign design, double[] mu)
    {
        var mean = 0.0;
        for (var i = 0; i < design.Count; i++)
        {
            mean += design.Y[i];
        }

        mean /= design.Count;
        var list = new List<int>();
        for (var i = 0; i < design.Count; i++)
        {
            if (design.Y[i] <= 0 && mu[i] < 1e-6 * mean)
            {
                list.Add(i);
            }
        }

        return [.. list];
    }

    internal static int[] Indices(bool[] flags, bool value)
    {
        var list = new List<int>();
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i] == value)
            {
                list.Add(i);
            }
        }

        return [.. list];
    }
}
