using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>The passes over observations of <see cref="FixedEffectSolver"/>, one range of observations per call.</summary>
internal sealed partial class FixedEffectSolver
{
    /// <summary>D'WD p over one range of observations (no eliminated dimension).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MultiplyKernel(int chunk)
    {
        var from = _start[chunk];
        var to = _start[chunk + 1];
        var w = _w;
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var pc = _passIn[c];
            var bc = _buffers[chunk][c];
            Array.Clear(bc);
            switch (_kept.Length)
            {
                case 1:
                    {
                        var c0 = _kept[0];
                        for (var i = from; i < to; i++)
                        {
                            var g0 = c0[i];
                            bc[g0] += w[i] * pc[g0];
                        }

                        break;
                    }

                case 2:
                    {
                        var c0 = _kept[0];
                        var c1 = _kept[1];
                        for (var i = from; i < to; i++)
                        {
                            var g0 = c0[i];
                            var g1 = c1[i];
                            var t = w[i] * (pc[g0] + pc[g1]);
                            bc[g0] += t;
                            bc[g1] += t;
                        }

                        break;
                    }

                case 3:
                    {
                        // The three-way panel of the ReLU check (no eliminated dimension): same sums as the loop below.
                        var c0 = _kept[0];
                        var c1 = _kept[1];
                        var c2 = _kept[2];
                        for (var i = from; i < to; i++)
                        {
                            var g0 = c0[i];
                            var g1 = c1[i];
                            var g2 = c2[i];
                            var t = w[i] * (pc[g0] + pc[g1] + pc[g2]);
                            bc[g0] += t;
                            bc[g1] += t;
                            bc[g2] += t;
                        }

                        break;
                    }

                default:
                    for (var i = from; i < to; i++)
                    {
                        var s = 0.0;
                        foreach (var codes in _kept)
                        {
                            s += pc[codes[i]];
                        }

                        var t = w[i] * s;
                        foreach (var codes in _kept)
                        {
                            bc[codes[i]] += t;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>e = x − Dα, its weighted norm and D'We over one range of observations (no eliminated dimension).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResidualKernel(int chunk)
    {
        var from = _start[chunk];
        var to = _start[chunk + 1];
        var w = _w;
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var bc = _buffers[chunk][c];
            Array.Clear(bc);
            var x = _passX[c];
            var al = _passAlpha[c];
            var e = _passOut[c];
            var norm = 0.0;
            var normX = 0.0;
            if (_kept.Length == 3)
            {
                // The three-way panel of the ReLU check: the loop below with its dimensions unrolled.
                var c0 = _kept[0];
                var c1 = _kept[1];
                var c2 = _kept[2];
                for (var i = from; i < to; i++)
                {
                    var g0 = c0[i];
                    var g1 = c1[i];
                    var g2 = c2[i];
                    var xi = x[i];
                    var s = xi - al[g0] - al[g1] - al[g2];
                    e[i] = s;
                    var we = w[i] * s;
                    norm += we * s;
                    normX += w[i] * xi * xi;
                    bc[g0] += we;
                    bc[g1] += we;
                    bc[g2] += we;
                }

                _partialNorms[chunk][c] = norm;
                _partialNormsX[chunk][c] = normX;
                continue;
            }

            for (var i = from; i < to; i++)
            {
                var s = x[i];
                foreach (var codes in _kept)
                {
                    s -= al[codes[i]];
                }

                e[i] = s;
                var we = w[i] * s;
                norm += we * s;
                normX += w[i] * x[i] * x[i];
                foreach (var codes in _kept)
                {
                    bc[codes[i]] += we;
                }
            }

            _partialNorms[chunk][c] = norm;
            _partialNormsX[chunk][c] = normX;
        }
    }

    /// <summary>
    /// S p = D₁'W(D₁p − P D₁p) over one range of whole groups of the eliminated dimension, where P replaces a value
    /// by its weighted group mean. The observations of a group are contiguous, so the group mean and the scatter of
    /// its deviations are one pass over memory, with the group's few observations in cache for the second loop;
    /// the columns are handled group by group so that the codes and weights are read once for all of them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MultiplyGroupedKernel(int chunk)
    {
        var w = _w;
        var starts = _groupStart;
        var inv = _invSwElim;
        var buffers = _buffers[chunk];
        var active = _active;
        var count = _activeCount;
        for (var a = 0; a < count; a++)
        {
            Array.Clear(buffers[active[a]]);
        }

        var lastGroup = _chunkGroup[chunk + 1];
        if (_kept.Length == 2)
        {
            var c0 = _kept[0];
            var c1 = _kept[1];
            var scratch = _scratch[chunk];
            for (var g = _chunkGroup[chunk]; g < lastGroup; g++)
            {
                var from = starts[g];
                var to = starts[g + 1];
                for (var a = 0; a < count; a++)
                {
                    var c = active[a];
                    var pc = _passIn[c];
                    var bc = buffers[c];

                    // (D₁p)_i is gathered once and kept for the scatter: same sums, in the same order.
                    var sum = 0.0;
                    for (var i = from; i < to; i++)
                    {
                        var v = pc[c0[i]] + pc[c1[i]];
                        scratch[i - from] = v;
                        sum += w[i] * v;
                    }

                    var mean = sum * inv[g];
                    for (var i = from; i < to; i++)
                    {
                        var t = w[i] * (scratch[i - from] - mean);
                        bc[c0[i]] += t;
                        bc[c1[i]] += t;
                    }
                }
            }

            return;
        }

        for (var g = _chunkGroup[chunk]; g < lastGroup; g++)
        {
            var from = starts[g];
            var to = starts[g + 1];
            for (var a = 0; a < count; a++)
            {
                var c = active[a];
                var pc = _passIn[c];
                var bc = buffers[c];
                var sum = 0.0;
                for (var i = from; i < to; i++)
                {
                    var s = 0.0;
                    foreach (var codes in _kept)
                    {
                        s += pc[codes[i]];
                    }

                    sum += w[i] * s;
                }

                var mean = sum * inv[g];
                for (var i = from; i < to; i++)
                {
                    var s = -mean;
                    foreach (var codes in _kept)
                    {
                        s += pc[codes[i]];
                    }

                    var t = w[i] * s;
                    foreach (var codes in _kept)
                    {
                        bc[codes[i]] += t;
                    }
                }
            }
        }
    }

    /// <summary>
    /// e = x − D₁α − (eliminated effects at their optimum, the weighted group means of x − D₁α), its weighted
    /// norm and D₁'We, over one range of whole groups; x is read and e written in the caller's row order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResidualGroupedKernel(int chunk)
    {
        var w = _w;
        var perm = _perm!;
        var starts = _groupStart;
        var inv = _invSwElim;
        var lastGroup = _chunkGroup[chunk + 1];
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var bc = _buffers[chunk][c];
            Array.Clear(bc);
            var x = _passX[c];
            var al = _passAlpha[c];
            var e = _passOut[c];
            var norm = 0.0;
            var normX = 0.0;
            if (_kept.Length == 2)
            {
                // The three-way panel (pair effects eliminated): the loop below with its two dimensions unrolled.
                var c0 = _kept[0];
                var c1 = _kept[1];
                for (var g = _chunkGroup[chunk]; g < lastGroup; g++)
                {
                    var from = starts[g];
                    var to = starts[g + 1];
                    var sum = 0.0;
                    for (var i = from; i < to; i++)
                    {
                        sum += w[i] * (x[perm[i]] - al[c0[i]] - al[c1[i]]);
                    }

                    var mean = sum * inv[g];
                    for (var i = from; i < to; i++)
                    {
                        var row = perm[i];
                        var xi = x[row];
                        var g0 = c0[i];
                        var g1 = c1[i];
                        var s = xi - mean - al[g0] - al[g1];
                        e[row] = s;
                        var we = w[i] * s;
                        norm += we * s;
                        normX += w[i] * xi * xi;
                        bc[g0] += we;
                        bc[g1] += we;
                    }
                }

                _partialNorms[chunk][c] = norm;
                _partialNormsX[chunk][c] = normX;
                continue;
            }

            for (var g = _chunkGroup[chunk]; g < lastGroup; g++)
            {
                var from = starts[g];
                var to = starts[g + 1];
                var sum = 0.0;
                for (var i = from; i < to; i++)
                {
                    var s = x[perm[i]];
                    foreach (var codes in _kept)
                    {
                        s -= al[codes[i]];
                    }

                    sum += w[i] * s;
                }

                var mean = sum * inv[g];
                for (var i = from; i < to; i++)
                {
                    var row = perm[i];
                    var xi = x[row];
                    var s = xi - mean;
                    foreach (var codes in _kept)
                    {
                        s -= al[codes[i]];
                    }

                    e[row] = s;
                    var we = w[i] * s;
                    norm += we * s;
                    normX += w[i] * xi * xi;
                    foreach (var codes in _kept)
                    {
                        bc[codes[i]] += we;
                    }
                }
            }

            _partialNorms[chunk][c] = norm;
            _partialNormsX[chunk][c] = normX;
        }
    }
}
