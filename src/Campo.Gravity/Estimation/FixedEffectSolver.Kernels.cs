using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>The passes over observations of <see cref="FixedEffectSolver"/>, one range of observations per call.</summary>
internal sealed partial class FixedEffectSolver
{
    /// <summary>First pass of S p: weighted sums of D₁p over the eliminated groups.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MultiplyFirst(int chunk)
    {
        var from = _start[chunk];
        var to = _start[chunk + 1];
        var w = _w;
        var elim = _elim!;
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var pc = _passIn[c];
            var bc = _elimBuffers[chunk][c];
            Array.Clear(bc);
            switch (_kept.Length)
            {
                case 1:
                    {
                        var c0 = _kept[0];
                        for (var i = from; i < to; i++)
                        {
                            bc[elim[i]] += w[i] * pc[c0[i]];
                        }

                        break;
                    }

                case 2:
                    {
                        var c0 = _kept[0];
                        var c1 = _kept[1];
                        for (var i = from; i < to; i++)
                        {
                            bc[elim[i]] += w[i] * (pc[c0[i]] + pc[c1[i]]);
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

                        bc[elim[i]] += w[i] * s;
                    }

                    break;
            }
        }
    }

    /// <summary>Second pass of S p (or the whole of D'WD p without elimination).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MultiplySecond(int chunk)
    {
        var from = _start[chunk];
        var to = _start[chunk + 1];
        var w = _w;
        var elim = _elim;
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var pc = _passIn[c];
            var bc = _buffers[chunk][c];
            Array.Clear(bc);
            var means = elim is null ? null : _elimMeans[c];
            switch (_kept.Length)
            {
                case 1 when means is not null:
                    {
                        var c0 = _kept[0];
                        for (var i = from; i < to; i++)
                        {
                            var g0 = c0[i];
                            bc[g0] += w[i] * (pc[g0] - means[elim![i]]);
                        }

                        break;
                    }

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

                case 2 when means is not null:
                    {
                        var c0 = _kept[0];
                        var c1 = _kept[1];
                        for (var i = from; i < to; i++)
                        {
                            var g0 = c0[i];
                            var g1 = c1[i];
                            var t = w[i] * (pc[g0] + pc[g1] - means[elim![i]]);
                            bc[g0] += t;
                            bc[g1] += t;
                        }

                        break;
                    }

                default:
                    for (var i = from; i < to; i++)
                    {
                        var s = means is null ? 0.0 : -means[elim![i]];
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

    /// <summary>First pass of the residual: weighted sums of x − D₁α over the eliminated groups.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResidualFirst(int chunk)
    {
        var from = _start[chunk];
        var to = _start[chunk + 1];
        var w = _w;
        var elim = _elim!;
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var x = _passX[c];
            var al = _passAlpha[c];
            var bc = _elimBuffers[chunk][c];
            Array.Clear(bc);
            for (var i = from; i < to; i++)
            {
                var s = x[i];
                foreach (var codes in _kept)
                {
                    s -= al[codes[i]];
                }

                bc[elim[i]] += w[i] * s;
            }
        }
    }

    /// <summary>Second pass of the residual: e, its weighted norm and D₁'We.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResidualSecond(int chunk)
    {
        var from = _start[chunk];
        var to = _start[chunk + 1];
        var w = _w;
        var elim = _elim;
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var bc = _buffers[chunk][c];
            Array.Clear(bc);
            var x = _passX[c];
            var al = _passAlpha[c];
            var e = _passOut[c];
            var means = elim is null ? null : _elimMeans[c];
            var norm = 0.0;
            var normX = 0.0;
            for (var i = from; i < to; i++)
            {
                var s = x[i];
                foreach (var codes in _kept)
                {
                    s -= al[codes[i]];
                }

                if (means is not null)
                {
                    s -= means[elim![i]];
                }

                e[i] = s;
                var we = w[i] * s;
                norm += we * s;
                if (_passWantX)
                {
                    normX += w[i] * x[i] * x[i];
                }

                foreach (var codes in _kept)
                {
                    bc[codes[i]] += we;
                }
            }

            _partialNorms[chunk][c] = norm;
            _partialNormsX[chunk][c] = normX;
        }
    }
}
