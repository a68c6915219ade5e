using System.ComponentModel;
using Spectre.Console.Cli;

namespace Campo.Cli.Infrastructure;

/// <summary>Settings shared by every command that prints results: <c>--json</c> for machine-readable output.</summary>
public class JsonSettings : CommandSettings
{
    /// <summary>Print JSON on standard output instead of tables.</summary>
    [CommandOption("--json")]
    [Description("Print machine-readable JSON on standard output instead of tables.")]
    public bool Json { get; init; }
}
