using Campo.Cli.Resources;
using Campo.Data;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Cli.Infrastructure;

/// <summary>Reads a scenario file named on the command line and the dataset it is evaluated on.</summary>
public static class ScenarioInputs
{
    /// <summary>Reads the scenario, applying <c>--set</c> overrides.</summary>
    /// <param name="output">Resolves the path.</param>
    /// <param name="file">The file as the user typed it.</param>
    /// <param name="overrides">The <c>--set</c> assignments.</param>
    public static Scenario Read(CliOutput output, string file, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var timing = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.Scenario);
        return ScenarioReader.ReadFile(output.Resolve(file), file, overrides);
    }

    /// <summary>Checks that the member named by <c>--member</c> is in the dataset; a refusal names the option.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="member">The member.</param>
    /// <exception cref="CampoException">Unknown member, with the option as its field (a usage error).</exception>
    public static void CheckMember(Dataset dataset, Domain.MemberId member)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        try
        {
            dataset.GetMember(member);
        }
        catch (CampoException error) when (error.Location is null)
        {
            throw new CampoException(error.Problem, error.Expected, SourceLocation.OfField("--member"), error);
        }
    }

    /// <summary>
    /// The dataset: <c>--data DIR</c> when given (<c>--data WORKSPACE.duckdb</c>: the scenario's dataset with the
    /// workspace's tariffs laid over it), otherwise the scenario's <c>[base] dataset</c> ("default", or a
    /// folder relative to the scenario file).
    /// </summary>
    /// <param name="output">Resolves paths.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="scenarioFile">The scenario file as typed.</param>
    /// <param name="dataOption">The <c>--data</c> option, or null.</param>
    public static Dataset Dataset(CliOutput output, Scenario scenario, string scenarioFile, string? dataOption)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scenario);
        if (WorkspaceInputs.IsWorkspace(dataOption))
        {
            // A workspace: the scenario's own dataset, with the workspace's line-level schedules laid over it.
            return WorkspaceInputs.Overlay(output, Dataset(output, scenario, scenarioFile, null), dataOption!);
        }

        if (dataOption is { } folder)
        {
            return DatasetLoader.Load(output.Resolve(folder));
        }

        if (string.Equals(scenario.Base.Dataset, "default", StringComparison.Ordinal))
        {
            return DatasetLoader.LoadDefault();
        }

        var scenarioFolder = Path.GetDirectoryName(output.Resolve(scenarioFile)) ?? output.WorkingDirectory;
        var path = Path.GetFullPath(scenario.Base.Dataset, scenarioFolder);
        if (!Directory.Exists(path))
        {
            throw new CampoException(
                CliText.Fill(CliStrings.Error_DatasetFolder, scenario.Base.Dataset),
                CliText.Text(CliStrings.Error_DatasetFolderExpected),
                new SourceLocation(scenarioFile, Field: "base.dataset"));
        }

        return DatasetLoader.Load(path);
    }
}
