using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Infrastructure;

/// <summary>Settings shared by every command that prints results: <c>--json</c> for machine-readable output.</summary>
public class JsonSettings : CampoSettings
{
    /// <summary>Print JSON on standard output instead of tables.</summary>
    [CommandOption("--json")]
    [LocalizedDescription(CliStrings.Option_Json)]
    public bool Json { get; init; }
}
