using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>
/// Integer-coded fixed effects, built once: for each dimension (exporter-year, importer-year, pair, ...) the
/// dense level of every observation, stored as a global index into one coefficient vector (the level plus
/// the dimension's offset), so every sweep over observations reads contiguous <c>int</c> arrays.
/// </summary>
internal sealed class FixedEffectIndex
{
    /// <summary>Creates the index from dense codes (0..levels-1) per dimension.</summary>
    /// <param name="names">Dimension names as the user wrote them (<c>exp^year</c>).</param>
    /// <param name="localCodes">For each dimension, the level of each observation.</param>
    /// <param name="levels">Number of levels of each dimension.</param>
    /// <param name="count">Number of observations.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FixedEffectIndex(string[] names, int[][] localCodes, int[] levels, int count)
    {
        Names = names;
        Levels = levels;
        Count = count;
        Offsets = new int[levels.Length];
        var total = 0;
        for (var k = 0; k < levels.Length; k++)
        {
            Offsets[k] = total;
            total += levels[k];
        }

        TotalLevels = total;
        LocalCodes = localCodes;
        Codes = new int[localCodes.Length][];
        for (var k = 0; k < localCodes.Length; k++)
        {
            var local = localCodes[k];
            var global = new int[local.Length];
            var offset = Offsets[k];
            for (var i = 0; i < local.Length; i++)
            {
                global[i] = local[i] + offset;
            }

            Codes[k] = global;
        }
    }

    /// <summary>Dimension names.</summary>
    public string[] Names { get; }

    /// <summary>Observations.</summary>
    public int Count { get; }

    /// <summary>Number of dimensions.</summary>
    public int Dimensions => Levels.Length;

    /// <summary>Levels per dimension.</summary>
    public int[] Levels { get; }

    /// <summary>Offset of each dimension in the global coefficient vector.</summary>
    public int[] Offsets { get; }

    /// <summary>Sum of the levels.</summary>
    public int TotalLevels { get; }

    /// <summary>Global codes (level plus offset) per dimension.</summary>
    public int[][] Codes { get; }

    /// <summary>Dense local codes per dimension.</summary>
    public int[][] LocalCodes { get; }

    /// <summary>The index restricted to the kept observations, with levels made dense again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FixedEffectIndex Subset(int[] keep, out int[][] levelMaps)
    {
        var k = Dimensions;
        var codes = new int[k][];
        var levels = new int[k];
        levelMaps = new int[k][];
        for (var d = 0; d < k; d++)
        {
            var map = new int[Levels[d]];
            Array.Fill(map, -1);
            var source = LocalCodes[d];
            var target = new int[keep.Length];
            var next = 0;
            for (var i = 0; i < keep.Length; i++)
            {
                var old = source[keep[i]];
                var now = map[old];
                if (now < 0)
                {
                    now = map[old] = next++;
                }

                target[i] = now;
            }

            codes[d] = target;
            levels[d] = next;
            levelMaps[d] = map;
        }

        return new FixedEffectIndex(Names, codes, levels, keep.Length);
    }

    /// <summary>Number of observations in each level of dimension <paramref name="dimension"/>.</summary>
    public int[] LevelCounts(int dimension)
    {
        var counts = new int[Levels[dimension]];
        foreach (var code in LocalCodes[dimension])
        {
            counts[code]++;
        }

        return counts;
    }

    /// <summary>True when every level of <paramref name="dimension"/> lies within one group of <paramref name="groups"/>.</summary>
    public bool IsNestedIn(int dimension, int[] groups)
    {
        var owner = new int[Levels[dimension]];
        Array.Fill(owner, -1);
        var codes = LocalCodes[dimension];
        for (var i = 0; i < codes.Length; i++)
        {
            ref var o = ref owner[codes[i]];
            if (o < 0)
            {
                o = groups[i];
            }
            else if (o != groups[i])
            {
                return false;
            }
        }

        return true;
    }
}
