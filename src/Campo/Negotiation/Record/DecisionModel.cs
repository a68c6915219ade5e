using System.Globalization;

namespace Campo.Negotiation.Record;

/// <summary>
/// The estimated decision model's coefficients. A member (or a coalition's pivotal member) is dissatisfied with a
/// draft when its index
/// <code>
///   z = β0 + βF·(−100·ΔPS/S) + βX·(−100·ΔX/S) + βR·redline + βL·(−link)  &gt; 0
/// </code>
/// with S its farm output at world prices, ΔPS its farmers' surplus change, ΔX its export value change, redline 1 when a
/// red line fires on a commodity that matters to it, and link ≤ 0 the package's shortfall against its stated
/// conditions. β0 ≤ 0 and βF, βX, βR, βL ≥ 0: a draft that changes nothing (z = β0) never dissatisfies, and a draft
/// better for a member in every component never raises its index (monotonicity). The probability of objecting is the
/// logistic σ(z) (Bouët and Laborde 2010's participation constraint with a random utility error, as in McFadden's
/// conditional logit).
/// </summary>
/// <param name="Beta">β0..β4.</param>
/// <param name="Discipline">κ: a coalition objects when its pivotal member — each term at the level reached by the share κ of its members most hurt by it — is dissatisfied.</param>
public sealed record DecisionCoefficients(IReadOnlyList<double> Beta, double Discipline)
{
    /// <summary>The names of the coefficients.</summary>
    public static IReadOnlyList<string> Names { get; } = ["intercept", "farmers", "exports", "red_line", "linkage"];

    /// <summary>The index z of a predictor vector.</summary>
    public double Index(ReadOnlySpan<double> x)
    {
        var z = 0.0;
        for (var k = 0; k < x.Length; k++)
        {
            z += Beta[k] * x[k];
        }

        return z;
    }

    /// <summary>"intercept -2.1, farmers 0.8, ...; discipline 0.5".</summary>
    public override string ToString() => string.Join(", ", Names.Select((n, k) => n + " " + Beta[k].ToString("0.###", CultureInfo.InvariantCulture))) + "; discipline " + Discipline.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One recorded position as an observation: its predictors and whether the actor objected.</summary>
/// <param name="Event">The event's code.</param>
/// <param name="Actor">The actor.</param>
/// <param name="X">Predictors (see <see cref="MemberFeatures.Predictors"/>).</param>
/// <param name="Objected">True when it objected.</param>
internal sealed record Observation(string Event, string Actor, double[] X, bool Objected);

/// <summary>The fit of the coefficients on a set of observations.</summary>
/// <param name="Beta">The estimates.</param>
/// <param name="StandardErrors">Their standard errors from the penalised information matrix (null at a bound).</param>
/// <param name="LogLikelihood">The log-likelihood (without the prior).</param>
internal sealed record LogitFit(double[] Beta, double?[] StandardErrors, double LogLikelihood);

/// <summary>
/// Penalised maximum likelihood of the logit P(object) = σ(β·x) under the sign constraints of
/// <see cref="DecisionCoefficients"/>: maximise Σ_n [y_n·z_n − ln(1 + e^{z_n})] − Σ_k β_k²/(2σ²) by projected Newton
/// steps (active set: a coefficient at its bound whose gradient points outside stays there). The Gaussian prior with
/// standard deviation σ (model.csv prior_sd) keeps the estimates finite when the record separates the positions
/// perfectly; standard errors are the square roots of the diagonal of the inverse negative Hessian over the free
/// coefficients (Laplace approximation).
/// </summary>
internal static class Logit
{
    public const int Size = 5;

    /// <summary>Fits the coefficients.</summary>
    public static LogitFit Fit(IReadOnlyList<Observation> data, double priorSd)
    {
        var beta = new double[Size];
        beta[0] = -0.1;
        var free = new bool[Size];
        var inv = 1 / (priorSd * priorSd);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var (g, h) = Derivatives(data, beta, inv);
            for (var k = 0; k < Size; k++)
            {
                // A coefficient at its bound stays there while the gradient pushes it outside.
                free[k] = !AtBound(k, beta[k]) || (k == 0 ? g[k] < 0 : g[k] > 0);
            }

            var step = Solve(h, g, free);
            var current = Objective(data, beta, inv);
            var t = 1.0;
            double[] next;
            while (true)
            {
                next = new double[Size];
                for (var k = 0; k < Size; k++)
                {
                    next[k] = Project(k, beta[k] + (t * step[k]));
                }

                if (Objective(data, next, inv) >= current - 1e-12 || t < 1e-8)
                {
                    break;
                }

                t /= 2;
            }

            var change = 0.0;
            for (var k = 0; k < Size; k++)
            {
                change = Math.Max(change, Math.Abs(next[k] - beta[k]));
            }

            beta = next;
            if (change < 1e-9)
            {
                break;
            }
        }

        var (_, hessian) = Derivatives(data, beta, inv);
        var se = new double?[Size];
        var freeAtEnd = Enumerable.Range(0, Size).Where(k => !AtBound(k, beta[k])).ToArray();
        var covariance = Invert(freeAtEnd.Select(a => freeAtEnd.Select(b => hessian[a, b]).ToArray()).ToArray());
        for (var a = 0; a < freeAtEnd.Length; a++)
        {
            se[freeAtEnd[a]] = covariance is null ? null : Math.Sqrt(Math.Max(0, covariance[a][a]));
        }

        return new LogitFit(beta, se, Objective(data, beta, 0));
    }

    /// <summary>σ(z).</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static bool AtBound(int k, double value) => k == 0 ? value >= 0 : value <= 0;

    private static double Project(int k, double value) => k == 0 ? Math.Min(0, value) : Math.Max(0, value);

    private static double Objective(IReadOnlyList<Observation> data, double[] beta, double inv)
    {
        var sum = 0.0;
        foreach (var o in data)
        {
            var z = Dot(beta, o.X);
            // ln(1 + e^z) computed stably.
            var soft = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            sum += (o.Objected ? z : 0) - soft;
        }

        for (var k = 0; k < Size; k++)
        {
            sum -= beta[k] * beta[k] * inv / 2;
        }

        return sum;
    }

    private static (double[] Gradient, double[,] NegativeHessian) Derivatives(IReadOnlyList<Observation> data, double[] beta, double inv)
    {
        var g = new double[Size];
        var h = new double[Size, Size];
        foreach (var o in data)
        {
            var p = Sigmoid(Dot(beta, o.X));
            var w = p * (1 - p);
            for (var a = 0; a < Size; a++)
            {
                g[a] += ((o.Objected ? 1 : 0) - p) * o.X[a];
                for (var b = 0; b < Size; b++)
                {
                    h[a, b] += w * o.X[a] * o.X[b];
                }
            }
        }

        for (var k = 0; k < Size; k++)
        {
            g[k] -= beta[k] * inv;
            h[k, k] += inv;
        }

        return (g, h);
    }

    private static double Dot(double[] beta, double[] x)
    {
        var z = 0.0;
        for (var k = 0; k < Size; k++)
        {
            z += beta[k] * x[k];
        }

        return z;
    }

    /// <summary>Solves H·s = g over the free coefficients (the others' steps are 0).</summary>
    private static double[] Solve(double[,] h, double[] g, bool[] free)
    {
        var idx = Enumerable.Range(0, Size).Where(k => free[k]).ToArray();
        var inverse = Invert(idx.Select(a => idx.Select(b => h[a, b]).ToArray()).ToArray());
        var step = new double[Size];
        if (inverse is null)
        {
            return step;
        }

        for (var a = 0; a < idx.Length; a++)
        {
            for (var b = 0; b < idx.Length; b++)
            {
                step[idx[a]] += inverse[a][b] * g[idx[b]];
            }
        }

        return step;
    }

    /// <summary>Gauss-Jordan inverse of a small matrix; null when singular.</summary>
    private static double[][]? Invert(double[][] a)
    {
        var n = a.Length;
        var m = a.Select((row, i) => row.Concat(Enumerable.Range(0, n).Select(j => i == j ? 1.0 : 0.0)).ToArray()).ToArray();
        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).OrderByDescending(r => Math.Abs(m[r][c])).First();
            if (Math.Abs(m[pivot][c]) < 1e-14)
            {
                return null;
            }

            (m[c], m[pivot]) = (m[pivot], m[c]);
            var d = m[c][c];
            for (var j = 0; j < 2 * n; j++)
            {
                m[c][j] /= d;
            }

            for (var r = 0; r < n; r++)
            {
                if (r != c && m[r][c] != 0)
                {
                    var f = m[r][c];
                    for (var j = 0; j < 2 * n; j++)
                    {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }

        return m.Select(row => row[n..]).ToArray();
    }
}
