namespace Campo.Gravity.Estimation;

/// <summary>Small dense symmetric linear algebra for the K×K cross-products of the regressors.</summary>
internal static class DenseMatrix
{
    /// <summary>
    /// Finds the regressors that are linear combinations of earlier ones: a Cholesky factorisation of
    /// <paramref name="xtx"/> that skips a column when its remaining diagonal is at most <paramref name="tolerance"/>
    /// times its own sum of squares <paramref name="scale"/> (the test of Stata's <c>_rmcoll</c> and fixest).
    /// </summary>
    /// <returns>True for each column kept.</returns>
    public static bool[] IndependentColumns(double[,] xtx, double[] scale, double tolerance)
    {
        var k = xtx.GetLength(0);
        var keep = new bool[k];
        var l = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            var d = xtx[j, j];
            for (var p = 0; p < j; p++)
            {
                if (keep[p])
                {
                    d -= l[j, p] * l[j, p];
                }
            }

            if (!(d > tolerance * scale[j]) || !(scale[j] > 0))
            {
                continue;
            }

            keep[j] = true;
            var root = Math.Sqrt(d);
            l[j, j] = root;
            for (var i = j + 1; i < k; i++)
            {
                var s = xtx[i, j];
                for (var p = 0; p < j; p++)
                {
                    if (keep[p])
                    {
                        s -= l[i, p] * l[j, p];
                    }
                }

                l[i, j] = s / root;
            }
        }

        return keep;
    }

    /// <summary>Inverse of a symmetric positive definite matrix by Cholesky; null when it is not positive definite.</summary>
    public static double[,]? InvertSpd(double[,] a)
    {
        var k = a.GetLength(0);
        var l = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            var d = a[j, j];
            for (var p = 0; p < j; p++)
            {
                d -= l[j, p] * l[j, p];
            }

            if (!(d > 0))
            {
                return null;
            }

            var root = Math.Sqrt(d);
            l[j, j] = root;
            for (var i = j + 1; i < k; i++)
            {
                var s = a[i, j];
                for (var p = 0; p < j; p++)
                {
                    s -= l[i, p] * l[j, p];
                }

                l[i, j] = s / root;
            }
        }

        // Invert L, then A⁻¹ = L⁻ᵀ L⁻¹.
        var li = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            li[j, j] = 1.0 / l[j, j];
            for (var i = j + 1; i < k; i++)
            {
                var s = 0.0;
                for (var p = j; p < i; p++)
                {
                    s -= l[i, p] * li[p, j];
                }

                li[i, j] = s / l[i, i];
            }
        }

        var inv = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = 0.0;
                for (var p = i; p < k; p++)
                {
                    s += li[p, i] * li[p, j];
                }

                inv[i, j] = s;
                inv[j, i] = s;
            }
        }

        return inv;
    }

    /// <summary>y = A x.</summary>
    public static double[] Multiply(double[,] a, double[] x)
    {
        var k = x.Length;
        var y = new double[k];
        for (var i = 0; i < k; i++)
        {
            var s = 0.0;
            for (var j = 0; j < k; j++)
            {
                s += a[i, j] * x[j];
            }

            y[i] = s;
        }

        return y;
    }

    /// <summary>A B A for symmetric A and B (the sandwich).</summary>
    public static double[,] Sandwich(double[,] bread, double[,] meat)
    {
        var k = bread.GetLength(0);
        var t = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var s = 0.0;
                for (var p = 0; p < k; p++)
                {
                    s += bread[i, p] * meat[p, j];
                }

                t[i, j] = s;
            }
        }

        var v = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var s = 0.0;
                for (var p = 0; p < k; p++)
                {
                    s += t[i, p] * bread[p, j];
                }

                v[i, j] = s;
            }
        }

        return v;
    }

    /// <summary>
    /// An orthonormal basis of the null space of a matrix R given its Gram matrix <paramref name="gram"/> = RᵀR, found from the
    /// eigen-decomposition of the Gram matrix by cyclic Jacobi rotations; eigenvalues at most
    /// <paramref name="tolerance"/> times the largest count as zero.
    /// </summary>
    public static double[][] NullSpace(double[,] gram, double tolerance)
    {
        var k = gram.GetLength(0);
        var a = (double[,])gram.Clone();
        var v = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < k; p++)
            {
                for (var q = p + 1; q < k; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-30)
            {
                break;
            }

            for (var p = 0; p < k; p++)
            {
                for (var q = p + 1; q < k; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var r = 0; r < k; r++)
                    {
                        var arp = a[r, p];
                        var arq = a[r, q];
                        a[r, p] = (c * arp) - (s * arq);
                        a[r, q] = (s * arp) + (c * arq);
                    }

                    for (var r = 0; r < k; r++)
                    {
                        var apr = a[p, r];
                        var aqr = a[q, r];
                        a[p, r] = (c * apr) - (s * aqr);
                        a[q, r] = (s * apr) + (c * aqr);
                    }

                    for (var r = 0; r < k; r++)
                    {
                        var vrp = v[r, p];
                        var vrq = v[r, q];
                        v[r, p] = (c * vrp) - (s * vrq);
                        v[r, q] = (s * vrp) + (c * vrq);
                    }
                }
            }
        }

        var largest = 0.0;
        for (var i = 0; i < k; i++)
        {
            largest = Math.Max(largest, Math.Abs(a[i, i]));
        }

        var basis = new List<double[]>();
        for (var i = 0; i < k; i++)
        {
            if (Math.Abs(a[i, i]) <= tolerance * Math.Max(largest, 1e-300))
            {
                var column = new double[k];
                for (var r = 0; r < k; r++)
                {
                    column[r] = v[r, i];
                }

                basis.Add(column);
            }
        }

        return [.. basis];
    }
}
