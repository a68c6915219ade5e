using System.ComponentModel;
using Campo.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Gravity;

/// <summary>Settings of <c>campo gravity counterfactual</c>.</summary>
public sealed class GravityCounterfactualSettings : JsonSettings
{
    /// <summary>The spec file.</summary>
    [CommandArgument(0, "<SPEC>")]
    [Description("A counterfactual file (.toml): data, formula, the change in trade costs, sigma or theta, reference country, imbalances and solver. See docs/gravity-counterfactual.md.")]
    public string Spec { get; init; } = string.Empty;

    /// <summary>Threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Threads for the estimation. Default: all processors.")]
    public int? Threads { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Threads is < 1 ? ValidationResult.Error("--threads is at least 1.") : ValidationResult.Success();
}
