using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Data;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>Settings of the commands that read a dataset: <c>--json</c> and <c>--data DIR</c>.</summary>
public class DataSettings : JsonSettings
{
    /// <summary>A dataset folder in the default's format, instead of the embedded default.</summary>
    [CommandOption("--data <DIR>")]
    [LocalizedDescription(CliStrings.Option_DataDefault)]
    public string? DataFolder { get; init; }

    /// <summary>Loads the dataset the settings name.</summary>
    public Dataset LoadDataset(CliOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (WorkspaceInputs.IsWorkspace(DataFolder))
        {
            return WorkspaceInputs.Overlay(output, DatasetLoader.LoadDefault(), DataFolder!);
        }

        return DataFolder is { } folder ? DatasetLoader.Load(output.Resolve(folder)) : DatasetLoader.LoadDefault();
    }
}
