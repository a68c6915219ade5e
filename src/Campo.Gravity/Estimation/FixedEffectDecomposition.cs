using Campo.Gravity.Data;

namespace Campo.Gravity.Estimation;

/// <summary>
/// Splits the fixed-effect part of a fitted linear predictor into the value of each level of each fixed effect,
/// so that an estimated pair effect can serve as a trade cost and a fitted model can predict rows it did not use.
/// </summary>
/// <remarks>
/// Given <c>f_i = Σ_k α_k[g_k(i)]</c> on the rows used (the linear predictor less the regressors' terms and the
/// offset), the levels' values solve the least-squares problem <c>min_α Σ_i (f_i − Σ_k α_k[g_k(i)])²</c>, whose
/// minimum is 0 (f lies in the span of the dummies). The solution is unique up to the null space of the dummies
/// (a constant moved between dimensions, for example): a caller uses only combinations that the null space leaves
/// unchanged — differences of pair effects when every domestic flow shares one pair level, or <c>a_i + b_j</c>.
/// Solved with <see cref="FixedEffectSolver"/> (unit weights, every dimension kept), to the rounding floor.
/// </remarks>
internal static class FixedEffectDecomposition
{
    /// <summary>The key of a row's level of a fixed effect (its columns' cells joined).</summary>
    public static string Key(GravityTable table, IReadOnlyList<string> columns, int row) =>
        columns.Count == 1 ? table.Cell(columns[0], row) : string.Join('\u001f', columns.Select(c => table.Cell(c, row)));

    /// <summary>
    /// The value of every level of every fixed effect, by level key, from <paramref name="values"/> (NaN on the rows
    /// the fit did not use).
    /// </summary>
    /// <exception cref="GravityException">The fixed effects do not reproduce the values (not a fitted fixed-effect part).</exception>
    public static IReadOnlyList<Dictionary<string, double>> Decompose(GravityTable table, IReadOnlyList<IReadOnlyList<string>> effects, double[] values, int threads)
    {
        var rows = Enumerable.Range(0, table.RowCount).Where(i => !double.IsNaN(values[i])).ToArray();
        var dimensions = effects.Count;
        var keys = new List<string>[dimensions];
        var localCodes = new int[dimensions][];
        var levels = new int[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            keys[d] = [];
            localCodes[d] = new int[rows.Length];
            for (var r = 0; r < rows.Length; r++)
            {
                var key = Key(table, effects[d], rows[r]);
                if (!index.TryGetValue(key, out var code))
                {
                    code = index.Count;
                    index[key] = code;
                    keys[d].Add(key);
                }

                localCodes[d][r] = code;
            }

            levels[d] = index.Count;
        }

        var x = rows.Select(i => values[i]).ToArray();
        var result = new Dictionary<string, double>[dimensions];
        if (dimensions == 0)
        {
            return result;
        }

        var fe = new FixedEffectIndex(effects.Select(GravityFormula.NameOf).ToArray(), localCodes, levels, rows.Length);
        var solver = new FixedEffectSolver(fe, threads, eliminateLargest: false);
        solver.SetWeights(Enumerable.Repeat(1.0, rows.Length).ToArray());
        var alpha = new[] { new double[solver.CoefficientCount] };
        var residual = new[] { new double[rows.Length] };
        solver.Partial([x], alpha, residual, 1e-14, 200_000);
        var scale = x.Length == 0 ? 0 : x.Max(Math.Abs);
        var worst = residual[0].Length == 0 ? 0 : residual[0].Max(Math.Abs);
        if (worst > 1e-7 * Math.Max(scale, 1))
        {
            throw new GravityException(
                $"the fixed effects reproduce the fitted values only to {worst:G3}",
                "the fixed effects of the formula are not connected enough to give each level a value",
                GravityLocation.OfField("pair_effects"));
        }

        var offset = 0;
        for (var d = 0; d < dimensions; d++)
        {
            result[d] = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var l = 0; l < levels[d]; l++)
            {
                result[d][keys[d][l]] = alpha[0][offset + l];
            }

            offset += levels[d];
        }

        return result;
    }
}
