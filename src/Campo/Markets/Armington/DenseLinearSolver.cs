namespace Campo.Markets.Armington;

/// <summary>Gaussian elimination with partial pivoting for the small dense systems of the Armington model.</summary>
internal static class DenseLinearSolver
{
    /// <summary>Solves A·x = b in place (A and b are overwritten); returns false when A is singular to working precision.</summary>
    public static bool TrySolve(double[,] a, double[] b, double[] x)
    {
        var n = b.Length;
        var scale = 0.0;
        foreach (var v in a)
        {
            scale = Math.Max(scale, Math.Abs(v));
        }

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (!(Math.Abs(a[pivot, col]) > 1e-14 * scale))
            {
                return false;
            }

            if (pivot != col)
            {
                for (var j = 0; j < n; j++)
                {
                    (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
                }

                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            for (var row = col + 1; row < n; row++)
            {
                var f = a[row, col] / a[col, col];
                if (f == 0)
                {
                    continue;
                }

                for (var j = col; j < n; j++)
                {
                    a[row, j] -= f * a[col, j];
                }

                b[row] -= f * b[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var j = row + 1; j < n; j++)
            {
                sum -= a[row, j] * x[j];
            }

            x[row] = sum / a[row, row];
        }

        return true;
    }
}
