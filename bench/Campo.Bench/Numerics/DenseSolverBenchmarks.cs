using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MathNet.Numerics.LinearAlgebra;

namespace Campo.Bench.Numerics;

/// <summary>
/// The two hand-written dense kernels against MathNet.Numerics 5.0 (managed provider), side by side in one run
/// (issue 14: "one numerics kernel; keep what measurably beats it, with the benchmark"):
/// <list type="bullet">
/// <item>the Armington model's Newton step, A·x = b by Gaussian elimination with partial pivoting
/// (<c>Markets/Armington/DenseLinearSolver</c>; n = the regions of a bilateral model, 4 for NAFTA with the rest of
/// the world) against MathNet's LU (<c>Matrix.Solve</c>);</item>
/// <item>the gravity estimator's variance, the inverse of a symmetric positive definite X'X by Cholesky
/// (<c>Campo.Gravity/Estimation/DenseMatrix.InvertSpd</c>; k = the regressors left after the fixed effects are
/// absorbed, 2 in the benchmark formula) against MathNet's Cholesky (<c>Cholesky().Solve(I)</c>).</item>
/// </list>
/// Each side starts from the same <c>double[,]</c> the callers hold and ends with the answer they need, so the copy
/// into MathNet's storage is counted. The setup checks that both sides give the same answer (1e-9 relative) before
/// anything is timed. Run: <c>dotnet run -c Release --project bench/Campo.Bench -- --filter '*DenseSolver*' --inProcess
/// --warmupCount 3 --iterationCount 10</c> (in process: no second Release build of the library); results in
/// <c>bench/Campo.Bench/Numerics/RESULTS.md</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DenseSolverBenchmarks
{
    private double[,] _general = new double[0, 0];
    private double[] _rhs = [];
    private double[,] _spd = new double[0, 0];

    /// <summary>The order of the system.</summary>
    [Params(4, 16, 64)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // A fixed seed: the same matrices on every run. The general matrix is diagonally dominant (a Jacobian of
        // market clearing is: own-price responses outweigh the cross ones), the SPD one is M·Mᵀ + n·I.
        var random = new Random(2005);
        _general = new double[N, N];
        _rhs = new double[N];
        var m = new double[N, N];
        for (var i = 0; i < N; i++)
        {
            _rhs[i] = random.NextDouble() - 0.5;
            for (var j = 0; j < N; j++)
            {
                _general[i, j] = random.NextDouble() - 0.5;
                m[i, j] = random.NextDouble() - 0.5;
            }

            _general[i, i] += N;
        }

        _spd = new double[N, N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                var sum = i == j ? N : 0.0;
                for (var l = 0; l < N; l++)
                {
                    sum += m[i, l] * m[j, l];
                }

                _spd[i, j] = sum;
            }
        }

        Same(HandSolve(), MathNetSolve(), "solve");
        Same(Flatten(HandInverse()), Flatten(MathNetInverse()), "inverse");
    }

    /// <summary>Campo's Gaussian elimination (the Armington Newton step).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("solve")]
    public double[] HandSolve()
    {
        var a = (double[,])_general.Clone();
        var b = (double[])_rhs.Clone();
        var x = new double[N];
        return Campo.Markets.Armington.DenseLinearSolver.TrySolve(a, b, x) ? x : throw new InvalidOperationException("singular");
    }

    /// <summary>MathNet's LU from the same array.</summary>
    [Benchmark]
    [BenchmarkCategory("solve")]
    public double[] MathNetSolve() =>
        Matrix<double>.Build.DenseOfArray(_general).Solve(Vector<double>.Build.DenseOfArray(_rhs)).ToArray();

    /// <summary>Campo's Cholesky inverse (the gravity variance).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("inverse")]
    public double[,] HandInverse() => Campo.Gravity.Estimation.DenseMatrix.InvertSpd(_spd) ?? throw new InvalidOperationException("not SPD");

    /// <summary>MathNet's Cholesky inverse from the same array.</summary>
    [Benchmark]
    [BenchmarkCategory("inverse")]
    public double[,] MathNetInverse() =>
        Matrix<double>.Build.DenseOfArray(_spd).Cholesky().Solve(Matrix<double>.Build.DenseIdentity(N)).ToArray();

    private static double[] Flatten(double[,] a) => [.. a.Cast<double>()];

    private static void Same(double[] a, double[] b, string what)
    {
        var scale = a.Max(Math.Abs);
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - b[i]) > 1e-9 * scale)
            {
                throw new InvalidOperationException(what + ": the two answers differ at " + i + ": " + a[i] + " against " + b[i]);
            }
        }
    }
}
