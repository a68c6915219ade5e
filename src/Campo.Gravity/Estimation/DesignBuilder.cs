using System.Globalization;
using System.Runtime.CompilerServices;
using Campo.Gravity.Data;

namespace Campo.Gravity.Estimation;

/// <summary>
/// Applies a formula to a table: checks the columns, takes logs, codes the fixed effects and clusters as
/// integers once, and drops rows with missing values (counted by reason).
/// </summary>
internal static class DesignBuilder
{
    public static GravityDesign Build(GravityTable table, GravityFormula formula, GravityOptions options, List<(string Reason, int[] Rows)> dropped)
    {
        var n = table.RowCount;
        var bad = new bool[n];
        var poisson = options.Estimator == GravityEstimator.Ppml;

        var y = Numeric(table, formula.Outcome, "outcome", bad, dropped);
        for (var i = 0; i < n; i++)
        {
            if (poisson && y[i] < 0)
            {
                throw new GravityException(
                    $"negative outcome {table.Cell(formula.Outcome.Column, i)}",
                    "trade flows for PPML are zero or positive; correct or remove the row",
                    table.Where(i, formula.Outcome.Column));
            }
        }

        var regressors = new List<double[]>();
        var names = new List<string>();
        foreach (var term in formula.Regressors)
        {
            regressors.Add(Numeric(table, term, "regressor", bad, dropped));
            names.Add(term.Label);
        }

        var offset = formula.Offset is null ? null : Numeric(table, formula.Offset, "offset", bad, dropped);
        double[]? weights = null;
        if (options.Weights is { } weightColumn)
        {
            weights = Numeric(table, new FormulaTerm(weightColumn, false), "weight", bad, dropped);
            var zero = new List<int>();
            for (var i = 0; i < n; i++)
            {
                if (weights[i] < 0)
                {
                    throw new GravityException($"negative weight {table.Cell(weightColumn, i)}", "weights are zero or positive", table.Where(i, weightColumn));
                }

                if (weights[i] == 0 && !bad[i])
                {
                    bad[i] = true;
                    zero.Add(i);
                }
            }

            if (zero.Count > 0)
            {
                dropped.Add(("zero weight", [.. zero]));
            }
        }

        var feCodes = new List<int[]>();
        var feNames = new List<string>();
        foreach (var interaction in formula.FixedEffects)
        {
            feCodes.Add(Codes(table, interaction, bad, dropped, "fixed effect"));
            feNames.Add(GravityFormula.NameOf(interaction));
        }

        var clusterCodes = new List<int[]>();
        foreach (var cluster in options.Cluster)
        {
            var parts = cluster.Split('^', '#').Select(p => p.Trim()).ToArray();
            clusterCodes.Add(Codes(table, parts, bad, dropped, "cluster"));
        }

        if (formula.FixedEffects.Count == 0)
        {
            regressors.Add(Enumerable.Repeat(1.0, n).ToArray());
            names.Add("_cons");
        }

        var keep = Separation.Indices(bad, false);
        if (keep.Length == 0)
        {
            throw new GravityException(
                "no row has all the values the formula needs",
                "check the columns for missing values (or zero and negative values under log())",
                GravityLocation.OfField("formula"));
        }

        var fullFe = new FixedEffectIndex([.. feNames], feCodes.Select(c => Dense(c)).ToArray(), feCodes.Select(c => Dense(c).Max() + 1).ToArray(), n);
        var full = new GravityDesign
        {
            Y = y,
            X = [.. regressors],
            XNames = [.. names],
            Offset = offset,
            Weights = weights,
            FixedEffects = fullFe,
            Rows = Enumerable.Range(0, n).ToArray(),
            Clusters = clusterCodes.Select(Dense).ToArray(),
            ClusterNames = [.. options.Cluster],
        };
        return keep.Length == n ? full : full.Subset(keep);
    }

    private static bool IsInfinite(string value)
    {
        var bare = value.TrimStart('+').TrimStart('-');
        return bare.Equals("inf", StringComparison.OrdinalIgnoreCase) || bare.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsInfinity(v));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Numeric(GravityTable table, FormulaTerm term, string role, bool[] bad, List<(string Reason, int[] Rows)> dropped)
    {
        var column = table.Column(term.Column);
        if (!column.IsNumeric)
        {
            var row = Array.FindIndex(column.Text!, t => t is not null);
            throw new GravityException(
                $"the {role} column holds text ('{column.Text![Math.Max(row, 0)]}'), not numbers",
                "use a numeric column, or use this one as a fixed effect after '|'",
                table.Where(Math.Max(row, 0), term.Column));
        }

        if (column.BadRow >= 0 && IsInfinite(column.BadValue!))
        {
            throw new GravityException(
                $"'{column.BadValue}' is infinite",
                "a gravity model uses finite numbers: correct the value, or leave the cell empty (or NA) to drop the row",
                table.Where(column.BadRow, term.Column));
        }

        if (column.BadRow >= 0)
        {
            throw new GravityException(
                $"'{column.BadValue}' is not a number",
                "numbers use a dot for decimals (1234.5); leave the cell empty or write NA when missing",
                table.Where(column.BadRow, term.Column));
        }

        var source = column.Numbers!;
        var values = new double[source.Length];
        var missing = new List<int>();
        var nonPositive = new List<int>();
        for (var i = 0; i < source.Length; i++)
        {
            var v = source[i];
            if (double.IsInfinity(v))
            {
                throw new GravityException(
                    $"'{v.ToString(CultureInfo.InvariantCulture)}' is infinite",
                    "a gravity model uses finite numbers: correct the value, or leave it missing to drop the row",
                    table.Where(i, term.Column));
            }

            if (double.IsNaN(v))
            {
                if (!bad[i])
                {
                    missing.Add(i);
                }

                bad[i] = true;
                continue;
            }

            if (term.Log)
            {
                if (v <= 0)
                {
                    if (!bad[i])
                    {
                        nonPositive.Add(i);
                    }

                    bad[i] = true;
                    continue;
                }

                v = Math.Log(v);
            }

            values[i] = v;
        }

        if (missing.Count > 0)
        {
            dropped.Add(($"missing value in {term.Column}", [.. missing]));
        }

        if (nonPositive.Count > 0)
        {
            dropped.Add(($"{term.Label} undefined (zero or negative {term.Column})", [.. nonPositive]));
        }

        return values;
    }

    /// <summary>
    /// Dense codes 0, 1, … of a column's values in order of first appearance; a missing value marks its row bad and is
    /// listed once in <paramref name="missing"/>. Returns the number of levels.
    /// </summary>
    private static int EncodeLevels<T>(T?[] values, Func<T?, bool> isMissing, IEqualityComparer<T> comparer, int[] codes, bool[] bad, List<int> missing)
        where T : notnull
    {
        var map = new Dictionary<T, int>(comparer);
        for (var i = 0; i < codes.Length; i++)
        {
            var v = values[i];
            if (isMissing(v))
            {
                if (!bad[i])
                {
                    missing.Add(i);
                }

                bad[i] = true;
                continue;
            }

            if (!map.TryGetValue(v!, out var code))
            {
                code = map.Count;
                map[v!] = code;
            }

            codes[i] = code;
        }

        return map.Count;
    }

    /// <summary>
    /// <see cref="EncodeLevels{T}"/> for a numeric column whose values are small non-negative integers (country and year
    /// codes): the same codes in the same order of first appearance, from a table indexed by the value instead of a
    /// dictionary. Returns −1, having changed nothing, when a value is not such an integer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int EncodeSmallIntegers(double[] values, int[] codes, bool[] bad, List<int> missing)
    {
        var limit = Math.Max(1 << 16, 2 * values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (!double.IsNaN(v) && !(v >= 0 && v < limit && v == Math.Floor(v)))
            {
                return -1;
            }
        }

        var table = new int[limit];
        Array.Fill(table, -1);
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                if (!bad[i])
                {
                    missing.Add(i);
                }

                bad[i] = true;
                continue;
            }

            ref var slot = ref table[(int)v];
            if (slot < 0)
            {
                slot = count++;
            }

            codes[i] = slot;
        }

        return count;
    }

    /// <summary>Dense integer codes of a column or an interaction of columns; missing values mark the row bad.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int[] Codes(GravityTable table, IReadOnlyList<string> columns, bool[] bad, List<(string Reason, int[] Rows)> dropped, string role)
    {
        var n = table.RowCount;
        int[]? combined = null;
        var combinedLevels = 1L;
        foreach (var name in columns)
        {
            var column = table.Column(name);
            var codes = new int[n];
            var missing = new List<int>();
            var levels = column.IsNumeric
                ? EncodeSmallIntegers(column.Numbers!, codes, bad, missing)
                : -1;
            if (levels < 0)
            {
                levels = column.IsNumeric
                    ? EncodeLevels(column.Numbers!, double.IsNaN, EqualityComparer<double>.Default, codes, bad, missing)
                    : EncodeLevels(column.Text!, v => v is null, StringComparer.Ordinal, codes, bad, missing);
            }

            if (missing.Count > 0)
            {
                dropped.Add(($"missing value in {name} ({role})", [.. missing]));
            }

            if (combined is null)
            {
                combined = codes;
                combinedLevels = levels;
            }
            else
            {
                var next = new int[n];
                var width = (long)Math.Max(levels, 1);
                if (combinedLevels * width <= Math.Max(1L << 16, 4L * n))
                {
                    // Few enough combinations for a table indexed by the key: the same codes as the dictionary below
                    // (order of first appearance), without hashing.
                    var table2 = new int[combinedLevels * width];
                    Array.Fill(table2, -1);
                    var count = 0;
                    for (var i = 0; i < n; i++)
                    {
                        ref var slot = ref table2[(combined[i] * width) + codes[i]];
                        if (slot < 0)
                        {
                            slot = count++;
                        }

                        next[i] = slot;
                    }

                    combined = next;
                    combinedLevels = count;
                    continue;
                }

                var map = new Dictionary<long, int>();
                for (var i = 0; i < n; i++)
                {
                    var key = (combined[i] * width) + codes[i];
                    if (!map.TryGetValue(key, out var code))
                    {
                        code = map.Count;
                        map[key] = code;
                    }

                    next[i] = code;
                }

                combined = next;
                combinedLevels = map.Count;
            }
        }

        _ = combinedLevels;
        return combined ?? new int[n];
    }

    private static int[] Dense(int[] codes) => codes;

    internal static string Describe(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
