using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>
/// Weighted partialling-out of fixed effects ("demeaning"): for each column <c>x</c> it finds the fixed-effect
/// coefficients <c>α</c> minimising <c>Σ_i w_i (x_i − Σ_k α_k[g_k(i)])²</c> and returns the residual
/// <c>e = x − Dα</c>, where <c>D</c> is the 0/1 matrix of all fixed-effect dimensions.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Conjugate gradients on the normal equations <c>D'WD α = D'Wx</c>, preconditioned by the
/// block-diagonal of <c>D'WD</c> (the weighted group sizes, so one step of the preconditioner is one round of
/// group means: a Jacobi version of the alternating projections). The method of alternating projections
/// (Gaure 2013, "OLS with multiple high dimensional category variables", CSDA 66) converges linearly at the rate
/// set by the smallest principal angle between the fixed-effect subspaces; conjugate gradients on the same
/// operator converge at the square root of that condition number (Hestenes and Stiefel 1952; the same
/// acceleration reghdfe uses, Correia 2017, "Linear models with high-dimensional fixed effects"). The singular
/// system (fixed effects are collinear with each other) is consistent, so CG converges to a solution; the
/// residual <c>e</c> is unique.</para>
/// <para><b>Elimination of the largest dimension.</b> With two or more dimensions, the one with the most levels
/// (the pair effects of a three-way panel) is eliminated exactly: for given coefficients <c>a</c> of the other
/// dimensions its coefficients are the weighted group means of <c>x − D₁a</c>, so CG runs on the Schur
/// complement <c>S = D₁'W^{1/2}(I − P_p)W^{1/2}D₁</c> (the problem of the remaining dimensions after the
/// eliminated one is partialled out), which is better conditioned and smaller. One product with S costs two
/// passes over the observations (one, in the layout below). This is the reduction fixest and lfe use for two-way effects, applied to the
/// largest dimension of any number of them.</para>
/// <para><b>Warm starts.</b> <c>α</c> is read and written by the caller, so an IRLS loop starts each solve
/// from the coefficients of its previous iteration.</para>
/// <para><b>Stopping rule.</b> The gradient of the problem is <c>r = D'We</c>. The solve stops when
/// <c>‖r‖_{M⁻¹} ≤ tol · ‖e‖_W</c>, checked on the exact residual (recomputed, not the recursively updated
/// one), where <c>M</c> is the preconditioner: the share of the current residual that the fixed effects can still
/// explain. An absolute floor of <c>1e-13·‖x‖_W</c>, the level of rounding noise, stops columns that the fixed
/// effects explain entirely (then ‖e‖ itself is noise and the relative test cannot be met).</para>
/// <para><b>Memory layout.</b> With an eliminated dimension the solver keeps its own copy of the weights and of
/// the other dimensions' codes in the order of the eliminated groups (a counting sort, once per solver), so that a
/// product with S is a single pass over memory: for each group, the weighted mean of <c>D₁p</c> over its
/// contiguous observations, then the scatter of the deviations from it, while the group is still in cache; all
/// columns are handled group by group, reading the codes and weights once for them all. (The textbook order —
/// group sums by scatter into the eliminated dimension, then a second pass — reads memory twice per column.)
/// The caller's columns stay in its own row order; the residual pass gathers and scatters through the permutation.</para>
/// <para><b>Parallelism.</b> Every product with <c>D'WD</c> is one pass over the observations split into
/// contiguous ranges (of whole eliminated groups), one per thread; each range accumulates weighted group sums into
/// its own preallocated buffers, which are added afterwards. Nothing is allocated per iteration.</para>
/// </remarks>
internal sealed partial class FixedEffectSolver
{
    private readonly FixedEffectIndex _fe;
    private readonly int _n;
    private readonly int _chunks;
    private readonly int[] _start;
    private readonly int[][] _kept;
    private readonly int _levels;
    private readonly int _elimLevels;
    private readonly double[] _sw;
    private readonly double[] _invSw;
    private readonly double[] _invSwElim;
    private readonly ParallelOptions _parallel;
    private readonly Action<int> _multiply;
    private readonly Action<int> _residual;
    private readonly Action<int> _multiplyGrouped;
    private readonly Action<int> _residualGrouped;

    // With an eliminated dimension, observations are kept internally in the order of its groups: _perm[i] is the
    // caller's row of internal position i, group g holds positions _groupStart[g] .. _groupStart[g + 1] − 1, and
    // chunk c holds groups _chunkGroup[c] .. _chunkGroup[c + 1] − 1.
    private readonly int[]? _perm;
    private readonly int[] _groupStart = [];
    private readonly int[] _chunkGroup = [];
    private readonly double[][] _scratch = [];
    private double[] _w = [];
    private double[][][] _buffers = [];
    private double[][] _partialNorms = [];
    private double[][] _partialNormsX = [];
    private double[][] _r = [];
    private double[][] _z = [];
    private double[][] _p = [];
    private double[][] _q = [];
    private int[] _active = [];
    private int _activeCount;

    // State of the current pass (fields, so the cached delegates need no closure).
    private double[][] _passIn = [];
    private double[][] _passAlpha = [];
    private double[][] _passOut = [];
    private double[][] _passX = [];

    /// <summary>Creates a solver for one fixed-effect structure.</summary>
    /// <param name="fe">The fixed effects.</param>
    /// <param name="threads">Threads for the observation sweeps (1 or more).</param>
    /// <param name="eliminateLargest">Eliminate the largest dimension exactly (faster for IRLS weights; off for
    /// the extreme weights of the ReLU check, where the Jacobi scaling of the Schur complement is poor).</param>
    public FixedEffectSolver(FixedEffectIndex fe, int threads, bool eliminateLargest = true)
    {
        _fe = fe;
        _n = fe.Count;
        _chunks = Math.Max(1, Math.Min(threads, Math.Max(1, _n / 20000)));
        _start = new int[_chunks + 1];
        for (var c = 0; c <= _chunks; c++)
        {
            _start[c] = (int)((long)_n * c / _chunks);
        }

        // Eliminate the dimension with the most levels when there are two or more.
        var eliminated = -1;
        if (fe.Dimensions >= 2 && eliminateLargest)
        {
            eliminated = 0;
            for (var d = 1; d < fe.Dimensions; d++)
            {
                if (fe.Levels[d] > fe.Levels[eliminated])
                {
                    eliminated = d;
                }
            }
        }

        if (eliminated >= 0)
        {
            // Counting sort of the observations by their group of the eliminated dimension.
            var groups = fe.Levels[eliminated];
            var elimCodes = fe.LocalCodes[eliminated];
            _groupStart = new int[groups + 1];
            for (var i = 0; i < _n; i++)
            {
                _groupStart[elimCodes[i] + 1]++;
            }

            for (var g = 0; g < groups; g++)
            {
                _groupStart[g + 1] += _groupStart[g];
            }

            _perm = new int[_n];
            var next = (int[])_groupStart.Clone();
            for (var i = 0; i < _n; i++)
            {
                _perm[next[elimCodes[i]]++] = i;
            }

            // Chunks of whole groups with about the same number of observations.
            _chunkGroup = new int[_chunks + 1];
            var group = 0;
            for (var c = 1; c < _chunks; c++)
            {
                while (group < groups && _groupStart[group] < _start[c])
                {
                    group++;
                }

                _chunkGroup[c] = group;
            }

            _chunkGroup[_chunks] = groups;

            // One scratch row per chunk, as long as the largest group, for the gathered values of a group.
            var largest = 0;
            for (var g = 0; g < groups; g++)
            {
                largest = Math.Max(largest, _groupStart[g + 1] - _groupStart[g]);
            }

            _scratch = new double[_chunks][];
            for (var c = 0; c < _chunks; c++)
            {
                _scratch[c] = new double[largest];
            }
        }

        var kept = new List<int[]>();
        var offset = 0;
        for (var d = 0; d < fe.Dimensions; d++)
        {
            if (d == eliminated)
            {
                continue;
            }

            var local = fe.LocalCodes[d];
            var codes = new int[_n];
            for (var i = 0; i < _n; i++)
            {
                codes[i] = local[_perm?[i] ?? i] + offset;
            }

            kept.Add(codes);
            offset += fe.Levels[d];
        }

        _kept = [.. kept];
        _levels = offset;
        _elimLevels = eliminated >= 0 ? fe.Levels[eliminated] : 0;
        _sw = new double[_levels];
        _invSw = new double[_levels];
        _invSwElim = new double[_elimLevels];
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = _chunks };
        _multiply = MultiplyKernel;
        _residual = ResidualKernel;
        _multiplyGrouped = MultiplyGroupedKernel;
        _residualGrouped = ResidualGroupedKernel;
    }

    /// <summary>Number of observations.</summary>
    public int Count => _n;

    /// <summary>Length of each coefficient vector the caller keeps for warm starts.</summary>
    public int CoefficientCount => _levels;

    /// <summary>Sets the observation weights (all positive) and recomputes the weighted group sizes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetWeights(double[] w)
    {
        if (_perm is null)
        {
            _w = w;
        }
        else
        {
            if (_w.Length != _n)
            {
                _w = new double[_n];
            }

            for (var i = 0; i < _n; i++)
            {
                _w[i] = w[_perm[i]];
            }

            for (var g = 0; g < _elimLevels; g++)
            {
                var sum = 0.0;
                for (var i = _groupStart[g]; i < _groupStart[g + 1]; i++)
                {
                    sum += _w[i];
                }

                _invSwElim[g] = sum > 0 ? 1.0 / sum : 0.0;
            }
        }

        w = _w;
        Array.Clear(_sw);
        foreach (var codes in _kept)
        {
            for (var i = 0; i < _n; i++)
            {
                _sw[codes[i]] += w[i];
            }
        }

        for (var l = 0; l < _levels; l++)
        {
            _invSw[l] = _sw[l] > 0 ? 1.0 / _sw[l] : 0.0;
        }
    }

    /// <summary>
    /// Partials the fixed effects out of each column. <paramref name="alpha"/> holds the starting coefficients
    /// (zeros for a cold start, length <see cref="CoefficientCount"/>) and receives the solution;
    /// <paramref name="residual"/> receives <c>e</c>.
    /// </summary>
    /// <returns>The largest number of CG iterations any column needed, and whether all met the tolerance.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Iterations, bool Converged) Partial(double[][] x, double[][] alpha, double[][] residual, double tolerance, int maxIterations)
    {
        var m = x.Length;
        if (_fe.Dimensions == 0)
        {
            for (var c = 0; c < m; c++)
            {
                Array.Copy(x[c], residual[c], _n);
            }

            return (0, true);
        }

        EnsureCapacity(m);
        var active = _active;
        for (var c = 0; c < m; c++)
        {
            active[c] = c;
        }

        _activeCount = m;
        var normE = new double[m];
        var floor = new double[m];
        var rz = new double[m];
        var iterations = new int[m];
        var done = new bool[m];

        // Exact residual and gradient at the warm start.
        Residual(x, alpha, residual, wantNormX: true, normE, floor);
        for (var c = 0; c < m; c++)
        {
            floor[c] = 1e-13 * Math.Sqrt(floor[c]);
        }

        var remaining = m;
        var maxIterationsUsed = 0;
        while (remaining > 0)
        {
            // (Re)start CG for the columns not yet done from their exact gradient.
            _activeCount = 0;
            for (var c = 0; c < m; c++)
            {
                if (done[c])
                {
                    continue;
                }

                var r = _r[c];
                var z = _z[c];
                var p = _p[c];
                var dot = 0.0;
                for (var l = 0; l < _levels; l++)
                {
                    var zl = r[l] * _invSw[l];
                    z[l] = zl;
                    p[l] = zl;
                    dot += r[l] * zl;
                }

                rz[c] = dot;
                var target = Math.Max(tolerance * Math.Sqrt(normE[c]), floor[c]);
                if (Math.Sqrt(dot) <= target || iterations[c] >= maxIterations)
                {
                    done[c] = true;
                    remaining--;
                    continue;
                }

                active[_activeCount++] = c;
            }

            if (_activeCount == 0)
            {
                break;
            }

            // CG iterations until the recursive residual says the column is done.
            while (_activeCount > 0)
            {
                Multiply(_p, _q);
                var kept = 0;
                for (var a = 0; a < _activeCount; a++)
                {
                    var c = active[a];
                    var p = _p[c];
                    var q = _q[c];
                    var pq = 0.0;
                    for (var l = 0; l < _levels; l++)
                    {
                        pq += p[l] * q[l];
                    }

                    iterations[c]++;
                    if (pq <= 0 || !double.IsFinite(pq))
                    {
                        continue;
                    }

                    var step = rz[c] / pq;
                    var al = alpha[c];
                    var r = _r[c];
                    var z = _z[c];
                    var next = 0.0;
                    for (var l = 0; l < _levels; l++)
                    {
                        al[l] += step * p[l];
                        var rl = r[l] - (step * q[l]);
                        r[l] = rl;
                        var zl = rl * _invSw[l];
                        z[l] = zl;
                        next += rl * zl;
                    }

                    var beta = rz[c] > 0 ? next / rz[c] : 0.0;
                    rz[c] = next;
                    for (var l = 0; l < _levels; l++)
                    {
                        p[l] = z[l] + (beta * p[l]);
                    }

                    var target = Math.Max(tolerance * Math.Sqrt(normE[c]), floor[c]);
                    if (Math.Sqrt(next) > target && iterations[c] < maxIterations)
                    {
                        active[kept++] = c;
                    }
                }

                _activeCount = kept;
            }

            // Exact residual for every column not yet done; the restart loop checks it.
            _activeCount = 0;
            for (var c = 0; c < m; c++)
            {
                if (!done[c])
                {
                    active[_activeCount++] = c;
                }
            }

            Residual(x, alpha, residual, wantNormX: false, normE, floor);
            for (var c = 0; c < m; c++)
            {
                maxIterationsUsed = Math.Max(maxIterationsUsed, iterations[c]);
            }
        }

        var converged = true;
        for (var c = 0; c < m; c++)
        {
            if (iterations[c] >= maxIterations)
            {
                converged = false;
            }
        }

        return (maxIterationsUsed, converged);
    }

    private void EnsureCapacity(int m)
    {
        if (_r.Length >= m)
        {
            return;
        }

        _r = Allocate(m, _levels);
        _z = Allocate(m, _levels);
        _p = Allocate(m, _levels);
        _q = Allocate(m, _levels);
        _active = new int[m];
        _buffers = new double[_chunks][][];
        _partialNorms = new double[_chunks][];
        _partialNormsX = new double[_chunks][];
        for (var c = 0; c < _chunks; c++)
        {
            _buffers[c] = Allocate(m, _levels);
            _partialNorms[c] = new double[m];
            _partialNormsX[c] = new double[m];
        }
    }

    private static double[][] Allocate(int m, int length)
    {
        var result = new double[m][];
        for (var c = 0; c < m; c++)
        {
            result[c] = new double[length];
        }

        return result;
    }

    private void Run(Action<int> body)
    {
        if (_chunks == 1)
        {
            body(0);
        }
        else
        {
            Parallel.For(0, _chunks, _parallel, body);
        }
    }

    /// <summary>q = S p (or D'WD p without elimination) for the active columns.</summary>
    private void Multiply(double[][] p, double[][] q)
    {
        _passIn = p;
        Run(_perm is null ? _multiply : _multiplyGrouped);
        Reduce(q);
    }

    /// <summary>e = x − Dα (with the eliminated effects at their optimum), ‖e‖²_W, and r = D₁'We.</summary>
    private void Residual(double[][] x, double[][] alpha, double[][] residual, bool wantNormX, double[] normE, double[] normX)
    {
        _passX = x;
        _passAlpha = alpha;
        _passOut = residual;
        Run(_perm is null ? _residual : _residualGrouped);
        Reduce(_r);
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var e = 0.0;
            var xx = 0.0;
            for (var chunk = 0; chunk < _chunks; chunk++)
            {
                e += _partialNorms[chunk][c];
                xx += _partialNormsX[chunk][c];
            }

            normE[c] = e;
            if (wantNormX)
            {
                normX[c] = xx;
            }
        }
    }

    private void Reduce(double[][] target)
    {
        for (var a = 0; a < _activeCount; a++)
        {
            var c = _active[a];
            var t = target[c];
            Array.Copy(_buffers[0][c], t, _levels);
            for (var chunk = 1; chunk < _chunks; chunk++)
            {
                var b = _buffers[chunk][c];
                for (var l = 0; l < _levels; l++)
                {
                    t[l] += b[l];
                }
            }
        }
    }
}
