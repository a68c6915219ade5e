using Campo.Cli.Resources;
using Campo.Data;
using Campo.Workspace;
using Spectre.Console;

namespace Campo.Cli.Infrastructure;

/// <summary><c>--data WORKSPACE.duckdb</c>: a workspace instead of a dataset folder, and the tariff sources it brings.</summary>
public static class WorkspaceInputs
{
    /// <summary>True when the <c>--data</c> value names a workspace file.</summary>
    public static bool IsWorkspace(string? data) => WorkspaceDb.IsWorkspace(data);

    /// <summary>Opens the workspace for reading.</summary>
    public static WorkspaceDb Open(CliOutput output, string data)
    {
        ArgumentNullException.ThrowIfNull(output);
        return WorkspaceDb.Open(output.Resolve(data), data, create: false);
    }

    /// <summary>The dataset with the workspace's line-level schedules laid over it (see <see cref="WorkspaceTariffs"/>).</summary>
    public static Dataset Overlay(CliOutput output, Dataset dataset, string data)
    {
        using var workspace = Open(output, data);
        return WorkspaceTariffs.Overlay(dataset, workspace);
    }

    /// <summary>Prints where every member's tariffs come from, when a workspace replaced some.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="dataset">The dataset the command ran on.</param>
    /// <param name="data">The <c>--data</c> value, or null.</param>
    public static void PrintSources(CliOutput output, Dataset dataset, string? data)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(dataset);
        if (!IsWorkspace(data))
        {
            return;
        }

        output.Console.MarkupLine("[bold]" + Markup.Escape(CliText.Fill(CliStrings.Tariffs_Sources, data!)) + "[/]");
        foreach (var source in dataset.TariffSources)
        {
            output.Console.MarkupLine(Markup.Escape("  " + CliText.Fill(CliStrings.Tariffs_Member, source.Member.Code, source.Source)));
        }

        output.Console.MarkupLine(Markup.Escape("  " + CliText.Fill(CliStrings.Tariffs_Others, dataset.Origin)));
    }
}
