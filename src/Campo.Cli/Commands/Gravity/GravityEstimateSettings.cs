using System.ComponentModel;
using Campo.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Gravity;

/// <summary>Settings of <c>campo gravity estimate</c>.</summary>
public sealed class GravityEstimateSettings : JsonSettings
{
    /// <summary>The data file.</summary>
    [CommandArgument(0, "<DATA>")]
    [Description("The data: .csv (comma), .tsv/.dlm (tab), optionally gzipped (.csv.gz), or .parquet. The first line names the columns.")]
    public string Data { get; init; } = string.Empty;

    /// <summary>The formula.</summary>
    [CommandArgument(1, "<FORMULA>")]
    [Description("The model, in quotes: \"outcome ~ regressors | fixed effects\", e.g. \"trade ~ rta + log(dist) | exp^year + imp^year + pair\". "
        + "Regressors are columns or log(column); offset(column) adds an offset; fixed effects are columns or interactions a^b. "
        + "Any other transformation must already be a column of the data. Without fixed effects a constant is added.")]
    public string Formula { get; init; } = string.Empty;

    /// <summary>Cluster variables.</summary>
    [CommandOption("--cluster <VARIABLE>")]
    [Description("Cluster the standard errors by this column (or interaction a^b); give it twice for two-way clustering.")]
    public string[] Cluster { get; init; } = [];

    /// <summary>Variance type.</summary>
    [CommandOption("--vcov <TYPE>")]
    [Description("Standard errors: iid, hetero (robust) or cluster. Default: cluster when --cluster is given, else hetero.")]
    public string? Vcov { get; init; }

    /// <summary>Small-sample convention.</summary>
    [CommandOption("--convention <NAME>")]
    [Description("Small-sample factor: stata (G/(G-1) clustered, N/(N-1) robust; the Advanced Guide's tables) or fixest (also (N-1)/(N-K)). Default stata.")]
    public string Convention { get; init; } = "stata";

    /// <summary>Estimator.</summary>
    [CommandOption("--estimator <NAME>")]
    [Description("ppml (default) or ols (write log(trade) as the outcome for log-linear gravity).")]
    public string Estimator { get; init; } = "ppml";

    /// <summary>Weights column.</summary>
    [CommandOption("--weights <COLUMN>")]
    [Description("A column of non-negative observation weights.")]
    public string? Weights { get; init; }

    /// <summary>Separation checks off.</summary>
    [CommandOption("--no-separation-check")]
    [Description("Skip the separation checks (not recommended: estimates may drift without converging).")]
    public bool NoSeparationCheck { get; init; }

    /// <summary>Threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Threads for the fixed-effect sweeps. Default: all processors.")]
    public int? Threads { get; init; }

    /// <summary>Print timing.</summary>
    [CommandOption("--timing")]
    [Description("Print the elapsed time (reading the file included) and the peak memory on standard error.")]
    public bool Timing { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Vcov is not null && Vcov is not ("iid" or "hetero" or "cluster"))
        {
            return ValidationResult.Error($"--vcov is iid, hetero or cluster, not '{Vcov}'.");
        }

        if (Vcov == "cluster" && Cluster.Length == 0)
        {
            return ValidationResult.Error("--vcov cluster needs --cluster VARIABLE.");
        }

        if (Cluster.Length > 2)
        {
            return ValidationResult.Error("--cluster can be given once or twice (two-way clustering), not more.");
        }

        if (Convention is not ("stata" or "fixest"))
        {
            return ValidationResult.Error($"--convention is stata or fixest, not '{Convention}'.");
        }

        if (Estimator is not ("ppml" or "ols"))
        {
            return ValidationResult.Error($"--estimator is ppml or ols, not '{Estimator}'.");
        }

        if (Threads is < 1)
        {
            return ValidationResult.Error("--threads is at least 1.");
        }

        return ValidationResult.Success();
    }
}
