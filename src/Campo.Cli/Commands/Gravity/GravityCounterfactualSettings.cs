using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Gravity;

/// <summary>Settings of <c>campo gravity counterfactual</c>.</summary>
public sealed class GravityCounterfactualSettings : JsonSettings
{
    /// <summary>The spec file.</summary>
    [CommandArgument(0, "<SPEC>")]
    [LocalizedDescription(CliStrings.Argument_Spec)]
    public string Spec { get; init; } = string.Empty;

    /// <summary>Threads.</summary>
    [CommandOption("--threads <N>")]
    [LocalizedDescription(CliStrings.Option_CounterfactualThreads)]
    public int? Threads { get; init; }

    /// <summary>Print where the time went.</summary>
    [CommandOption("--timing")]
    [LocalizedDescription(CliStrings.Option_CounterfactualTiming)]
    public bool Timing { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Threads is < 1 ? ValidationResult.Error(CliText.Text(CliStrings.Error_Threads)) : base.Validate();
}
