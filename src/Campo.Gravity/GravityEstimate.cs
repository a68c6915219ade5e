using System.Text.Json.Serialization;

namespace Campo.Gravity;

/// <summary>One estimated coefficient.</summary>
/// <param name="Name">The regressor as written in the formula.</param>
/// <param name="Estimate">The coefficient (a semi-elasticity for PPML: trade changes by <c>exp(b) − 1</c>).</param>
/// <param name="StandardError">Its standard error under the chosen variance.</param>
/// <param name="Z">Estimate over standard error.</param>
/// <param name="PValue">Two-sided p-value from the normal distribution.</param>
public sealed record GravityCoefficient(string Name, double Estimate, double StandardError, double Z, double PValue);

/// <summary>A regressor left out, and why.</summary>
/// <param name="Name">The regressor.</param>
/// <param name="Reason">"absorbed by the fixed effects" or "collinear with other regressors".</param>
public sealed record OmittedRegressor(string Name, string Reason);

/// <summary>Observations left out of the estimation for one reason.</summary>
/// <param name="Reason">Why, in plain words.</param>
/// <param name="Count">How many.</param>
/// <param name="Lines">The file lines (or rows, for Parquet and tables built in code) of every one, in file order.</param>
public sealed record DroppedObservations(string Reason, int Count, IReadOnlyList<int> Lines);

/// <summary>Where an estimation spent its time, in seconds of wall time (reading the file is the caller's).</summary>
/// <param name="Indexing">Checking the columns, taking logs, coding fixed effects and clusters as integers.</param>
/// <param name="Separation">The separation checks (fixed-effect groups, simplex, ReLU) and singletons.</param>
/// <param name="Irls">The IRLS loop (or the OLS step), including any re-estimation after separation found during it.</param>
/// <param name="Demeaning">Of the IRLS time, partialling the fixed effects out.</param>
/// <param name="Variance">The variance matrix and the fit statistics.</param>
public sealed record GravityTimings(double Indexing, double Separation, double Irls, double Demeaning, double Variance);

/// <summary>A fixed-effect dimension and the number of its levels in the estimation sample.</summary>
/// <param name="Name">The dimension (<c>exp^year</c>).</param>
/// <param name="Levels">Levels present.</param>
public sealed record FixedEffectSummary(string Name, int Levels);

/// <summary>The result of a gravity estimation: coefficients, fit, sample and convergence.</summary>
public sealed record GravityEstimate
{
    /// <summary>The formula.</summary>
    public required string Formula { get; init; }

    /// <summary>The estimator.</summary>
    public required GravityEstimator Estimator { get; init; }

    /// <summary>The coefficients of the regressors kept.</summary>
    public required IReadOnlyList<GravityCoefficient> Coefficients { get; init; }

    /// <summary>Regressors omitted for collinearity.</summary>
    public required IReadOnlyList<OmittedRegressor> Omitted { get; init; }

    /// <summary>Rows in the data.</summary>
    public required int ObservationsRead { get; init; }

    /// <summary>Observations used.</summary>
    public required int ObservationsUsed { get; init; }

    /// <summary>Observations dropped, by reason.</summary>
    public required IReadOnlyList<DroppedObservations> Dropped { get; init; }

    /// <summary>Fixed-effect dimensions.</summary>
    public required IReadOnlyList<FixedEffectSummary> FixedEffects { get; init; }

    /// <summary>Poisson deviance (PPML) or residual sum of squares (OLS).</summary>
    public required double Deviance { get; init; }

    /// <summary>Poisson log pseudo-likelihood <c>Σ w (y log μ − μ − log y!)</c>; NaN for OLS.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>Log pseudo-likelihood of the constant-only model; NaN for OLS.</summary>
    public required double NullLogLikelihood { get; init; }

    /// <summary>PPML: <c>1 − LL/LL₀</c> (McFadden's, as ppmlhdfe reports); OLS: the R² of the full model.</summary>
    public required double PseudoR2 { get; init; }

    /// <summary>IRLS iterations.</summary>
    public required int Iterations { get; init; }

    /// <summary>Conjugate-gradient iterations of the slowest fixed-effect solve, summed over IRLS iterations.</summary>
    public required int InnerIterations { get; init; }

    /// <summary>True when IRLS met its tolerance.</summary>
    public required bool Converged { get; init; }

    /// <summary>Why the iterations stopped.</summary>
    public required string ExitReason { get; init; }

    /// <summary>The variance estimator.</summary>
    public required VarianceType Variance { get; init; }

    /// <summary>The small-sample convention of the variance.</summary>
    public required SmallSampleConvention Convention { get; init; }

    /// <summary>Cluster variables and their number of clusters.</summary>
    public required IReadOnlyList<FixedEffectSummary> Clusters { get; init; }

    /// <summary>Variance-covariance matrix of the kept coefficients, row by row.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Covariance { get; init; }

    /// <summary>Separation checks that ran, and notes (such as a check skipped for size).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Where the estimation spent its time (not serialised: it differs from run to run).</summary>
    [JsonIgnore]
    public GravityTimings Timings { get; init; } = new(0, 0, 0, 0, 0);

    /// <summary>Fitted values μ per data row (NaN where the row was dropped).</summary>
    [JsonIgnore]
    public double[] Fitted { get; init; } = [];

    /// <summary>Linear predictor η = log μ (PPML) or the fitted value (OLS) per data row (NaN where dropped).</summary>
    [JsonIgnore]
    public double[] LinearPredictor { get; init; } = [];

    /// <summary>The coefficient of a regressor.</summary>
    /// <exception cref="KeyNotFoundException">The regressor is not among the kept ones.</exception>
    public GravityCoefficient this[string name] =>
        Coefficients.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"No coefficient named {name}.");

    /// <summary>Total observations dropped.</summary>
    public int ObservationsDropped => ObservationsRead - ObservationsUsed;
}
