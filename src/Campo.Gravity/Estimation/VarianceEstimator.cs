using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>
/// Sandwich variances of the coefficients: <c>V = c · B M B</c> with bread <c>B = (X̃'WX̃)⁻¹</c> and meat
/// <c>M = Σ s s'</c> over observations (robust) or cluster sums (clustered), where <c>s_i = w⁰_i (y_i − μ_i) x̃_i</c>
/// is the score with prior weight <c>w⁰</c>. Two-way clustering is <c>V_a + V_b − V_{a∩b}</c> (Cameron, Gelbach
/// and Miller 2011, JBES 29(2)). The factor <c>c</c> follows <see cref="SmallSampleConvention"/>.
/// IID is the bread alone for PPML and <c>s² B</c> with <c>s² = RSS/(N − K)</c> for OLS.
/// </summary>
internal static class VarianceEstimator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[,] Compute(
        GravityDesign design,
        IrlsFit fit,
        VarianceType type,
        SmallSampleConvention convention,
        bool poisson,
        out int[] clusterCounts)
    {
        clusterCounts = [];
        var x = fit.XTilde;
        var k = x.Length;
        var n = design.Count;
        var w = fit.WorkingWeights;
        var bread = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var s = 0.0;
                for (var i = 0; i < n; i++)
                {
                    s += w[i] * x[a][i] * x[b][i];
                }

                bread[a, b] = s;
                bread[b, a] = s;
            }
        }

        var inverse = DenseMatrix.InvertSpd(bread) ?? Nan(k);
        var fixestK = FixestK(design, k, type == VarianceType.Cluster ? design.Clusters : []);
        var nMinus1OverNMinusK = (n - 1.0) / (n - fixestK);
        var residual = new double[n];
        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var r = design.Y[i] - fit.Mu[i];
            residual[i] = (design.Weights?[i] ?? 1.0) * r;
            rss += (design.Weights?[i] ?? 1.0) * r * r;
        }

        switch (type)
        {
            case VarianceType.Iid:
                {
                    var factor = poisson ? 1.0 : rss / (n - fixestK);
                    if (convention == SmallSampleConvention.Fixest && poisson)
                    {
                        factor *= nMinus1OverNMinusK;
                    }

                    return Scale(inverse, factor);
                }

            case VarianceType.Hetero:
                {
                    var meat = Meat(x, residual, null, 0);
                    var factor = convention == SmallSampleConvention.Stata ? n / (n - 1.0) : nMinus1OverNMinusK;
                    return Scale(DenseMatrix.Sandwich(inverse, meat), factor);
                }

            default:
                {
                    var clusters = design.Clusters;
                    if (clusters.Length == 1)
                    {
                        var g = Count(clusters[0]);
                        clusterCounts = [g];
                        var factor = g / (g - 1.0) * (convention == SmallSampleConvention.Fixest ? nMinus1OverNMinusK : 1.0);
                        return Scale(DenseMatrix.Sandwich(inverse, Meat(x, residual, clusters[0], g)), factor);
                    }

                    var a = clusters[0];
                    var b = clusters[1];
                    var both = GravityDesign.Densify(Pair(a, b));
                    var ga = Count(a);
                    var gb = Count(b);
                    var gab = Count(both);
                    clusterCounts = [ga, gb];
                    var gMin = Math.Min(ga, gb);
                    double Factor(int g) => convention == SmallSampleConvention.Stata
                        ? g / (g - 1.0)
                        : gMin / (gMin - 1.0) * nMinus1OverNMinusK;
                    var va = Scale(DenseMatrix.Sandwich(inverse, Meat(x, residual, a, ga)), Factor(ga));
                    var vb = Scale(DenseMatrix.Sandwich(inverse, Meat(x, residual, b, gb)), Factor(gb));
                    var vab = Scale(DenseMatrix.Sandwich(inverse, Meat(x, residual, both, gab)), Factor(gab));
                    var v = new double[k, k];
                    for (var i = 0; i < k; i++)
                    {
                        for (var j = 0; j < k; j++)
                        {
                            v[i, j] = va[i, j] + vb[i, j] - vab[i, j];
                        }
                    }

                    return v;
                }
        }
    }

    /// <summary>
    /// fixest's K: the coefficients plus the levels of the fixed-effect dimensions not nested in a cluster
    /// variable, less one for each such dimension after the first.
    /// </summary>
    internal static int FixestK(GravityDesign design, int coefficients, int[][] clusters)
    {
        var fe = design.FixedEffects;
        var levels = 0;
        var dims = 0;
        for (var d = 0; d < fe.Dimensions; d++)
        {
            if (clusters.Any(c => fe.IsNestedIn(d, c)))
            {
                continue;
            }

            levels += fe.Levels[d];
            dims++;
        }

        return coefficients + levels - Math.Max(0, dims - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[,] Meat(double[][] x, double[] residual, int[]? clusters, int groups)
    {
        var k = x.Length;
        var n = residual.Length;
        var meat = new double[k, k];
        if (clusters is null)
        {
            var s = new double[k];
            for (var i = 0; i < n; i++)
            {
                for (var a = 0; a < k; a++)
                {
                    s[a] = x[a][i] * residual[i];
                }

                for (var a = 0; a < k; a++)
                {
                    for (var b = 0; b <= a; b++)
                    {
                        meat[a, b] += s[a] * s[b];
                    }
                }
            }
        }
        else
        {
            var sums = new double[groups, k];
            for (var i = 0; i < n; i++)
            {
                var g = clusters[i];
                for (var a = 0; a < k; a++)
                {
                    sums[g, a] += x[a][i] * residual[i];
                }
            }

            for (var g = 0; g < groups; g++)
            {
                for (var a = 0; a < k; a++)
                {
                    for (var b = 0; b <= a; b++)
                    {
                        meat[a, b] += sums[g, a] * sums[g, b];
                    }
                }
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < a; b++)
            {
                meat[b, a] = meat[a, b];
            }
        }

        return meat;
    }

    private static int[] Pair(int[] a, int[] b)
    {
        var result = new int[a.Length];
        var map = new Dictionary<long, int>();
        for (var i = 0; i < a.Length; i++)
        {
            var key = ((long)a[i] << 32) | (uint)b[i];
            if (!map.TryGetValue(key, out var code))
            {
                code = map.Count;
                map[key] = code;
            }

            result[i] = code;
        }

        return result;
    }

    private static int Count(int[] codes)
    {
        var max = -1;
        foreach (var c in codes)
        {
            max = Math.Max(max, c);
        }

        return max + 1;
    }

    private static double[,] Scale(double[,] m, double factor)
    {
        var k = m.GetLength(0);
        var result = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                result[i, j] = m[i, j] * factor;
            }
        }

        return result;
    }

    private static double[,] Nan(int k)
    {
        var m = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                m[i, j] = double.NaN;
            }
        }

        return m;
    }
}
