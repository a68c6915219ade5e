using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>
/// The numbers an estimation works on, after the formula has been applied to the data and rows with missing
/// values removed: outcome, regressors (columns), optional offset and weights, fixed effects, cluster ids.
/// <see cref="Rows"/> maps each observation back to its row in the data (for reports of dropped rows).
/// </summary>
internal sealed class GravityDesign
{
    public required double[] Y { get; init; }

    public required double[][] X { get; init; }

    public required string[] XNames { get; init; }

    public double[]? Offset { get; init; }

    public double[]? Weights { get; init; }

    public required FixedEffectIndex FixedEffects { get; init; }

    public required int[] Rows { get; init; }

    /// <summary>Dense cluster codes per clustering variable (one for one-way, two for two-way).</summary>
    public int[][] Clusters { get; init; } = [];

    public string[] ClusterNames { get; init; } = [];

    public int Count => Y.Length;

    /// <summary>The design restricted to the observations in <paramref name="keep"/> (indices into this design).</summary>
    public GravityDesign Subset(int[] keep)
    {
        var fe = FixedEffects.Subset(keep, out _);
        var x = new double[X.Length][];
        for (var k = 0; k < X.Length; k++)
        {
            x[k] = Pick(X[k], keep);
        }

        var clusters = new int[Clusters.Length][];
        for (var c = 0; c < Clusters.Length; c++)
        {
            clusters[c] = Densify(Pick(Clusters[c], keep));
        }

        return new GravityDesign
        {
            Y = Pick(Y, keep),
            X = x,
            XNames = XNames,
            Offset = Offset is null ? null : Pick(Offset, keep),
            Weights = Weights is null ? null : Pick(Weights, keep),
            FixedEffects = fe,
            Rows = Pick(Rows, keep),
            Clusters = clusters,
            ClusterNames = ClusterNames,
        };
    }

    /// <summary>The design with only the regressors flagged in <paramref name="keep"/>.</summary>
    public GravityDesign WithRegressors(bool[] keep)
    {
        var x = new List<double[]>();
        var names = new List<string>();
        for (var k = 0; k < X.Length; k++)
        {
            if (keep[k])
            {
                x.Add(X[k]);
                names.Add(XNames[k]);
            }
        }

        return new GravityDesign
        {
            Y = Y,
            X = [.. x],
            XNames = [.. names],
            Offset = Offset,
            Weights = Weights,
            FixedEffects = FixedEffects,
            Rows = Rows,
            Clusters = Clusters,
            ClusterNames = ClusterNames,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static T[] Pick<T>(T[] source, int[] keep)
    {
        var result = new T[keep.Length];
        for (var i = 0; i < keep.Length; i++)
        {
            result[i] = source[keep[i]];
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[] Densify(int[] codes)
    {
        var map = new Dictionary<int, int>();
        var result = new int[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            if (!map.TryGetValue(codes[i], out var code))
            {
                code = map.Count;
                map[codes[i]] = code;
            }

            result[i] = code;
        }

        return result;
    }
}
