namespace Campo.Gravity.Estimation;

/// <summary>
/// A dense tableau simplex (Dantzig 1963) with Bland's anti-cycling rule, for the separation certificate
/// program: maximise <c>Σ_i z_i</c> over <c>z = Gδ</c> with <c>0 ≤ z_i ≤ 1</c> and δ free. The origin is
/// feasible, so one phase suffices.
/// </summary>
internal static class SimplexSolver
{
    /// <summary>Returns the optimal z (one value per row of <paramref name="g"/>).</summary>
    public static double[] MaximiseCertificate(double[,] g)
    {
        var m = g.GetLength(0);
        var r = g.GetLength(1);

        // Variables: δ⁺ (r), δ⁻ (r), slacks for −Gδ ≤ 0 (m) and for Gδ ≤ 1 (m).
        var vars = (2 * r) + (2 * m);
        var rows = 2 * m;
        var t = new double[rows + 1, vars + 1];
        var basis = new int[rows];
        for (var i = 0; i < m; i++)
        {
            for (var c = 0; c < r; c++)
            {
                t[i, c] = -g[i, c];
                t[i, r + c] = g[i, c];
                t[m + i, c] = g[i, c];
                t[m + i, r + c] = -g[i, c];
            }

            t[i, (2 * r) + i] = 1;
            t[m + i, (2 * r) + m + i] = 1;
            t[m + i, vars] = 1;
            basis[i] = (2 * r) + i;
            basis[m + i] = (2 * r) + m + i;
        }

        // Objective row holds −c (reduced costs); c = Σ_i G_i for δ⁺ and −Σ_i G_i for δ⁻.
        for (var c = 0; c < r; c++)
        {
            var s = 0.0;
            for (var i = 0; i < m; i++)
            {
                s += g[i, c];
            }

            t[rows, c] = -s;
            t[rows, r + c] = s;
        }

        const double eps = 1e-11;
        for (var step = 0; step < 50_000; step++)
        {
            var enter = -1;
            for (var j = 0; j < vars; j++)
            {
                if (t[rows, j] < -eps)
                {
                    enter = j;
                    break;
                }
            }

            if (enter < 0)
            {
                break;
            }

            var leave = -1;
            var best = double.PositiveInfinity;
            for (var i = 0; i < rows; i++)
            {
                if (t[i, enter] > eps)
                {
                    var ratio = t[i, vars] / t[i, enter];
                    if (ratio < best - eps || (Math.Abs(ratio - best) <= eps && leave >= 0 && basis[i] < basis[leave]))
                    {
                        best = ratio;
                        leave = i;
                    }
                }
            }

            if (leave < 0)
            {
                // Unbounded direction: cannot happen with z ≤ 1 bounding the objective; stop.
                break;
            }

            var pivot = t[leave, enter];
            for (var j = 0; j <= vars; j++)
            {
                t[leave, j] /= pivot;
            }

            for (var i = 0; i <= rows; i++)
            {
                if (i == leave)
                {
                    continue;
                }

                var f = t[i, enter];
                if (f == 0)
                {
                    continue;
                }

                for (var j = 0; j <= vars; j++)
                {
                    t[i, j] -= f * t[leave, j];
                }
            }

            basis[leave] = enter;
        }

        var delta = new double[r];
        for (var i = 0; i < rows; i++)
        {
            if (basis[i] < r)
            {
                delta[basis[i]] += t[i, vars];
            }
            else if (basis[i] < 2 * r)
            {
                delta[basis[i] - r] -= t[i, vars];
            }
        }

        var z = new double[m];
        for (var i = 0; i < m; i++)
        {
            var s = 0.0;
            for (var c = 0; c < r; c++)
            {
                s += g[i, c] * delta[c];
            }

            z[i] = s;
        }

        return z;
    }
}
