namespace Campo.Gravity;

/// <summary>Which estimator fits the model.</summary>
public enum GravityEstimator
{
    /// <summary>Poisson pseudo-maximum likelihood (Santos Silva and Tenreyro 2006), by IRLS.</summary>
    Ppml,

    /// <summary>Ordinary least squares on the outcome as given (use <c>log(trade)</c> in the formula for log-linear gravity).</summary>
    Ols,
}

/// <summary>The variance estimator.</summary>
public enum VarianceType
{
    /// <summary>Model-based: the inverse of the (weighted) information matrix.</summary>
    Iid,

    /// <summary>Heteroskedasticity-robust (Eicker-Huber-White sandwich).</summary>
    Hetero,

    /// <summary>Clustered by one or two variables (two-way by Cameron, Gelbach and Miller 2011).</summary>
    Cluster,
}

/// <summary>The small-sample factor applied to a variance, named after the software whose convention it is.</summary>
public enum SmallSampleConvention
{
    /// <summary>
    /// Stata's ppmlhdfe and the Advanced Guide's tables: clustered <c>G/(G−1)</c> (each term of a two-way
    /// cluster with its own G); robust <c>N/(N−1)</c> (each observation its own cluster); IID none.
    /// </summary>
    Stata,

    /// <summary>
    /// fixest's default (<c>ssc(adj = TRUE, fixef.K = "nested", cluster.adj = TRUE, cluster.df = "min")</c>):
    /// <c>(N−1)/(N−K)</c>, times <c>G/(G−1)</c> with the smallest G when clustered, where K counts the
    /// coefficients plus the fixed-effect levels not nested in a cluster variable, less one per extra dimension.
    /// </summary>
    Fixest,
}

/// <summary>Which separation checks run before estimation (Correia, Guimarães and Zylkin 2019).</summary>
[Flags]
public enum SeparationChecks
{
    /// <summary>No check: a separated sample makes coefficients drift and is reported as not converged at best.</summary>
    None = 0,

    /// <summary>Drop fixed-effect groups whose outcomes are all zero.</summary>
    FixedEffects = 1,

    /// <summary>The linear-programming (simplex) check on the regressors without fixed effects.</summary>
    Simplex = 2,

    /// <summary>
    /// The iterative rectifier (ReLU) certificate, with fixed effects. When it is off or does not converge, zero
    /// outcomes whose fitted value collapses during IRLS are dropped and the model estimated again.
    /// </summary>
    Relu = 4,

    /// <summary>All checks (the default).</summary>
    All = FixedEffects | Simplex | Relu,
}

/// <summary>Options of a gravity estimation. Defaults suit panels of any size.</summary>
public sealed record GravityOptions
{
    /// <summary>The estimator; PPML by default.</summary>
    public GravityEstimator Estimator { get; init; } = GravityEstimator.Ppml;

    /// <summary>The variance; <see cref="VarianceType.Cluster"/> when <see cref="Cluster"/> names variables, else robust.</summary>
    public VarianceType? Variance { get; init; }

    /// <summary>One or two variables to cluster by; an interaction <c>exp^imp</c> is allowed.</summary>
    public IReadOnlyList<string> Cluster { get; init; } = [];

    /// <summary>The small-sample convention; Stata's by default.</summary>
    public SmallSampleConvention Convention { get; init; } = SmallSampleConvention.Stata;

    /// <summary>A column of non-negative observation weights, or null.</summary>
    public string? Weights { get; init; }

    /// <summary>IRLS stops when <c>|ΔD| / max(min(D, D_prev), 0.1) &lt; Tolerance</c> for the deviance D (ppmlhdfe's rule) with the inner tolerance at its target. Default 1e-8, as ppmlhdfe and fixest.</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>IRLS iteration cap. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Target relative tolerance of the fixed-effect solves. Default 1e-8.</summary>
    public double InnerTolerance { get; init; } = 1e-8;

    /// <summary>Tolerance of the first fixed-effect solves, tightened as IRLS converges (ppmlhdfe's adaptive rule). Default 1e-2.</summary>
    public double InitialInnerTolerance { get; init; } = 1e-2;

    /// <summary>Conjugate-gradient iteration cap of one fixed-effect solve. Default 20,000.</summary>
    public int MaxInnerIterations { get; init; } = 20_000;

    /// <summary>Threads for the sweeps over observations. Default: the processor count.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Separation checks. Default all.</summary>
    public SeparationChecks Separation { get; init; } = SeparationChecks.All;

    /// <summary>ReLU tolerance: fitted certificate values below it count as zero. Default 1e-5.</summary>
    public double ReluTolerance { get; init; } = 1e-5;

    /// <summary>ReLU iteration cap. Default 100.</summary>
    public int ReluMaxIterations { get; init; } = 100;

    /// <summary>Drop observations alone in a fixed-effect level (they are fitted exactly). Default false, as fixest.</summary>
    public bool DropSingletons { get; init; }

    /// <summary>Collinearity tolerance: a regressor whose partialled sum of squares is below this share of its own is omitted. Default 1e-9.</summary>
    public double CollinearityTolerance { get; init; } = 1e-9;

    /// <summary>Checks the options, throwing <see cref="ArgumentOutOfRangeException"/> on a bad value.</summary>
    public void Validate()
    {
        if (!(Tolerance > 0 && Tolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The tolerance lies strictly between 0 and 1.");
        }

        if (!(InnerTolerance > 0 && InnerTolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(InnerTolerance), InnerTolerance, "The inner tolerance lies strictly between 0 and 1.");
        }

        if (MaxIterations < 1 || MaxInnerIterations < 1 || ReluMaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "Iteration caps are at least 1.");
        }

        if (Threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "At least one thread.");
        }

        if (Cluster is { Count: var clusteredBy } && clusteredBy > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(Cluster), clusteredBy, "One- or two-way clustering only.");
        }
    }
}
