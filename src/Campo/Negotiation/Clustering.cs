namespace Campo.Negotiation;

/// <summary>
/// Hierarchical clustering and partition comparison for coalition discovery.
/// <para>
/// <b>Ward's method</b> (Ward 1963): agglomerative clustering that merges, at each step, the two clusters whose union
/// least increases the within-cluster sum of squares. Implemented with the Lance–Williams recurrence on squared
/// Euclidean distances, which implements Ward's criterion (Lance and Williams 1967; Murtagh and Legendre 2014,
/// "Ward's hierarchical agglomerative clustering method", J. Classification 31):
/// <code>
///   d(k, i∪j) = [(n_i + n_k)·d(k, i) + (n_j + n_k)·d(k, j) − n_k·d(i, j)] / (n_i + n_j + n_k)
/// </code>
/// starting from d(a, b) = ‖x_a − x_b‖². Ties are broken by the smallest pair of cluster indices, so the result is
/// deterministic. Merging stops when k clusters remain.
/// </para>
/// <para>
/// <b>Adjusted Rand index</b> (Hubert and Arabie 1985, J. Classification 2): with n_ij the contingency table of two
/// partitions of n items, a_i and b_j its margins and C(m) = m(m − 1)/2,
/// <code>
///   ARI = [Σ C(n_ij) − Σ C(a_i)·Σ C(b_j)/C(n)] / [½(Σ C(a_i) + Σ C(b_j)) − Σ C(a_i)·Σ C(b_j)/C(n)]
/// </code>
/// 1 for identical partitions, about 0 for independent ones (negative below chance). When the denominator is 0 (both
/// partitions put every item in one cluster, or every item alone) the index is 1 if the partitions are equal, else 0.
/// </para>
/// </summary>
public static class Clustering
{
    /// <summary>Clusters points into <paramref name="k"/> groups by Ward's method.</summary>
    /// <param name="points">The points, one feature vector each, all of the same length.</param>
    /// <param name="k">The number of clusters, 1 to the number of points.</param>
    /// <returns>A cluster label per point, 0 to k − 1, numbered by each cluster's first point.</returns>
    /// <exception cref="ArgumentException">No points, vectors of different lengths, or non-finite features.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> out of range.</exception>
    public static int[] Ward(IReadOnlyList<double[]> points, int k)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Count;
        if (n == 0 || points.Any(p => p.Length != points[0].Length || !p.All(double.IsFinite)))
        {
            throw new ArgumentException("Ward clustering needs at least one point, all with the same number of finite features.", nameof(points));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        var d = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var s = 0.0;
                for (var f = 0; f < points[a].Length; f++)
                {
                    var delta = points[a][f] - points[b][f];
                    s += delta * delta;
                }

                d[a, b] = d[b, a] = s;
            }
        }

        var size = Enumerable.Repeat(1, n).ToArray();
        var active = Enumerable.Repeat(true, n).ToArray();
        var label = Enumerable.Range(0, n).ToArray();
        for (var clusters = n; clusters > k; clusters--)
        {
            int bi = -1, bj = -1;
            var best = double.PositiveInfinity;
            for (var i = 0; i < n; i++)
            {
                if (!active[i])
                {
                    continue;
                }

                for (var j = i + 1; j < n; j++)
                {
                    if (active[j] && d[i, j] < best)
                    {
                        (best, bi, bj) = (d[i, j], i, j);
                    }
                }
            }

            for (var m = 0; m < n; m++)
            {
                if (!active[m] || m == bi || m == bj)
                {
                    continue;
                }

                var nk = size[m];
                var updated = (((size[bi] + nk) * d[m, bi]) + ((size[bj] + nk) * d[m, bj]) - (nk * best)) / (size[bi] + size[bj] + nk);
                d[m, bi] = d[bi, m] = updated;
            }

            size[bi] += size[bj];
            active[bj] = false;
            for (var p = 0; p < n; p++)
            {
                if (label[p] == bj)
                {
                    label[p] = bi;
                }
            }
        }

        var renumber = new Dictionary<int, int>();
        var result = new int[n];
        for (var p = 0; p < n; p++)
        {
            if (!renumber.TryGetValue(label[p], out var id))
            {
                renumber[label[p]] = id = renumber.Count;
            }

            result[p] = id;
        }

        return result;
    }

    /// <summary>The adjusted Rand index of two partitions of the same items.</summary>
    /// <param name="first">A label per item.</param>
    /// <param name="second">A label per item, parallel to <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException">Lengths differ or there are fewer than two items.</exception>
    public static double AdjustedRandIndex<TA, TB>(IReadOnlyList<TA> first, IReadOnlyList<TB> second)
        where TA : notnull
        where TB : notnull
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count || first.Count < 2)
        {
            throw new ArgumentException("The adjusted Rand index compares two labellings of the same two or more items.", nameof(second));
        }

        static double C(double m) => m * (m - 1) / 2;
        var cells = new Dictionary<(TA, TB), int>();
        var rows = new Dictionary<TA, int>();
        var columns = new Dictionary<TB, int>();
        for (var i = 0; i < first.Count; i++)
        {
            cells[(first[i], second[i])] = cells.GetValueOrDefault((first[i], second[i])) + 1;
            rows[first[i]] = rows.GetValueOrDefault(first[i]) + 1;
            columns[second[i]] = columns.GetValueOrDefault(second[i]) + 1;
        }

        var index = cells.Values.Sum(v => C(v));
        var sumA = rows.Values.Sum(v => C(v));
        var sumB = columns.Values.Sum(v => C(v));
        var expected = sumA * sumB / C(first.Count);
        var maximum = 0.5 * (sumA + sumB);
        if (maximum - expected == 0)
        {
            return cells.Count == rows.Count && cells.Count == columns.Count ? 1.0 : 0.0;
        }

        return (index - expected) / (maximum - expected);
    }
}
