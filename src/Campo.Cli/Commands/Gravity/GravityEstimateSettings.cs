using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Gravity;

/// <summary>Settings of <c>campo gravity estimate</c>.</summary>
public sealed class GravityEstimateSettings : JsonSettings
{
    /// <summary>The data file.</summary>
    [CommandArgument(0, "<DATA>")]
    [LocalizedDescription(CliStrings.Argument_GravityData)]
    public string Data { get; init; } = string.Empty;

    /// <summary>The formula.</summary>
    [CommandArgument(1, "<FORMULA>")]
    [LocalizedDescription(CliStrings.Argument_Formula)]
    public string Formula { get; init; } = string.Empty;

    /// <summary>With a workspace: the table or view to read.</summary>
    [CommandOption("--table <NAME>")]
    [LocalizedDescription(CliStrings.Option_GravityTable)]
    public string? Table { get; init; }

    /// <summary>With a workspace: the query whose result is the panel.</summary>
    [CommandOption("--sql <QUERY>")]
    [LocalizedDescription(CliStrings.Option_GravitySql)]
    public string? Sql { get; init; }

    /// <summary>Cluster variables.</summary>
    [CommandOption("--cluster <VARIABLE>")]
    [LocalizedDescription(CliStrings.Option_Cluster)]
    public string[] Cluster { get; init; } = [];

    /// <summary>Variance type.</summary>
    [CommandOption("--vcov <TYPE>")]
    [LocalizedDescription(CliStrings.Option_Vcov)]
    public string? Vcov { get; init; }

    /// <summary>Small-sample convention.</summary>
    [CommandOption("--convention <NAME>")]
    [LocalizedDescription(CliStrings.Option_Convention)]
    public string Convention { get; init; } = "stata";

    /// <summary>Estimator.</summary>
    [CommandOption("--estimator <NAME>")]
    [LocalizedDescription(CliStrings.Option_Estimator)]
    public string Estimator { get; init; } = "ppml";

    /// <summary>Weights column.</summary>
    [CommandOption("--weights <COLUMN>")]
    [LocalizedDescription(CliStrings.Option_WeightsColumn)]
    public string? Weights { get; init; }

    /// <summary>Separation checks off.</summary>
    [CommandOption("--no-separation-check")]
    [LocalizedDescription(CliStrings.Option_NoSeparationCheck)]
    public bool NoSeparationCheck { get; init; }

    /// <summary>Threads.</summary>
    [CommandOption("--threads <N>")]
    [LocalizedDescription(CliStrings.Option_GravityThreads)]
    public int? Threads { get; init; }

    /// <summary>A CSV file to write every dropped observation to (line, reason), or null.</summary>
    [CommandOption("--dropped <FILE>")]
    [LocalizedDescription(CliStrings.Option_GravityDropped)]
    public string? Dropped { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (WorkspaceInputs.IsWorkspace(Data) && (Table is null) == (Sql is null))
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_GravityTable));
        }

        if (Vcov is not null && Vcov is not ("iid" or "hetero" or "cluster"))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_Vcov, Vcov));
        }

        if (Vcov == "cluster" && Cluster.Length == 0)
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_VcovCluster));
        }

        if (Cluster.Length > 2)
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_ClusterCount));
        }

        if (Convention is not ("stata" or "fixest"))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_Convention, Convention));
        }

        if (Estimator is not ("ppml" or "ols"))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_Estimator, Estimator));
        }

        if (Threads is < 1)
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_Threads));
        }

        return base.Validate();
    }
}
