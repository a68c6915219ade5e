using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Cluster;
using Campo.Negotiation;
using Campo.Scenarios;

namespace Campo.Cli.Commands.Cluster;

/// <summary>
/// <c>--cluster HOST:GATEWAY</c> on a command: connects to the cluster, hands the sweep to it, prints progress on the
/// error stream as batches complete, and turns a cluster's failure into one line (<see cref="Message"/>, exit code 69).
/// </summary>
public static class ClusterRuns
{
    /// <summary>The search's executor on the cluster, with the connection it owns, or null without <c>--cluster</c>.</summary>
    /// <param name="output">Where progress goes (the error stream).</param>
    /// <param name="cluster">The option's value, or null.</param>
    /// <param name="inputs">The search's inputs.</param>
    /// <param name="cancellationToken">Stops the connection attempt.</param>
    /// <exception cref="ClusterUnavailableException">No silo answers.</exception>
    public static (ClusterSearch Search, ClusterConnection Connection)? Search(CliOutput output, string? cluster, Func<SearchInputs> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(inputs);
        if (cluster is null)
        {
            return null;
        }

        var connection = ClusterConnection.Connect(cluster, ClusterIdentity.FromEnvironment(), cancellationToken);
        return (new ClusterSearch(connection, inputs(), Progress(output, CliStrings.Cluster_Progress)), connection);
    }

    /// <summary>The run's draws' executor on the cluster, with the connection it owns, or null without <c>--cluster</c>.</summary>
    /// <param name="output">Where progress goes (the error stream).</param>
    /// <param name="cluster">The option's value, or null.</param>
    /// <param name="inputs">The run's inputs.</param>
    /// <param name="cancellationToken">Stops the connection attempt.</param>
    /// <exception cref="ClusterUnavailableException">No silo answers.</exception>
    public static (ClusterDraws Draws, ClusterConnection Connection)? Draws(CliOutput output, string? cluster, Func<DrawInputs> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(inputs);
        if (cluster is null)
        {
            return null;
        }

        var connection = ClusterConnection.Connect(cluster, ClusterIdentity.FromEnvironment(), cancellationToken);
        return (new ClusterDraws(connection, inputs(), Progress(output, CliStrings.Cluster_DrawsProgress)), connection);
    }

    /// <summary>Progress on the error stream: a line per tenth of the batches (and the last), enough to follow, not a flood.</summary>
    private static Action<SweepProgress> Progress(CliOutput output, string format)
    {
        var last = -1;
        var gate = new Lock();
        return p =>
        {
            lock (gate)
            {
                var tenth = p.BatchesDone * 10 / p.Batches;
                if (tenth == last && p.BatchesDone != p.Batches)
                {
                    return;
                }

                last = tenth;
                output.Error.WriteLine(CliText.Fill(format, p.BatchesDone, p.Batches, p.ItemsDone, p.Items, p.Silos));
            }
        };
    }

    /// <summary>The closing line of a sweep on the cluster, on the error stream.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="statistics">What the sweep did, or null.</param>
    /// <param name="format">The line's text (drafts or draws); null for a draft search's.</param>
    public static void Report(CliOutput output, SweepStatistics? statistics, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (statistics is not { } s)
        {
            return;
        }

        output.Error.WriteLine(CliText.Fill(
            format ?? CliStrings.Cluster_Done,
            s.Items,
            s.Batches,
            s.Silos,
            s.Seconds.ToString("0.0", CultureInfo.InvariantCulture),
            s.Prepared,
            s.Redispatched,
            s.Duplicates,
            s.SiloCpuSeconds.ToString("0.0", CultureInfo.InvariantCulture)));
    }

    /// <summary>The inputs a silo needs for the search of a <c>campo negotiate</c> run.</summary>
    /// <param name="output">Resolves paths.</param>
    /// <param name="file">The scenario as typed.</param>
    /// <param name="overrides">The <c>--set</c> overrides.</param>
    /// <param name="scenario">The scenario as read.</param>
    /// <param name="datasetFolder">The dataset folder, or null for the embedded default.</param>
    /// <param name="crossPrices">The cross-price switch.</param>
    /// <param name="request">The search.</param>
    public static SearchInputs Inputs(CliOutput output, string file, IReadOnlyList<string> overrides, Scenario scenario, string? datasetFolder, bool crossPrices, DraftSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scenario);
        var path = output.Resolve(file);
        var folder = Path.GetDirectoryName(path) ?? output.WorkingDirectory;
        static string Baseline(string full, string name) => File.Exists(full) || ShippedScenarios.NameOf(name) is not { } shipped
            ? File.ReadAllText(full)
            : ShippedScenarios.Text(shipped)!;
        return SearchInputs.Of(path, file, overrides, scenario, name => Baseline(Path.GetFullPath(name, folder), name), datasetFolder, crossPrices, request);
    }

    /// <summary>The inputs a silo needs for the draws of a <c>campo run</c>.</summary>
    /// <param name="output">Resolves paths.</param>
    /// <param name="file">The scenario as typed.</param>
    /// <param name="overrides">The <c>--set</c> overrides.</param>
    /// <param name="datasetFolder">The dataset folder, or null for the embedded default.</param>
    /// <param name="crossPrices">The cross-price switch.</param>
    /// <param name="options">Seed, spread and focus.</param>
    public static DrawInputs DrawInputs(CliOutput output, string file, IReadOnlyList<string> overrides, string? datasetFolder, bool crossPrices, Campo.Evaluation.EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Campo.Cluster.DrawInputs.Of(output.Resolve(file), file, overrides, datasetFolder, crossPrices, options);
    }

    /// <summary>The dataset folder a run or a search reads: <c>--data</c>, else the scenario's own, or null for the embedded default.</summary>
    /// <param name="output">Resolves paths.</param>
    /// <param name="file">The scenario as typed.</param>
    /// <param name="scenario">The scenario as read.</param>
    /// <param name="data">The <c>--data</c> option, or null.</param>
    public static string? DatasetFolder(CliOutput output, string file, Scenario scenario, string? data)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scenario);
        var folder = Path.GetDirectoryName(output.Resolve(file)) ?? output.WorkingDirectory;
        return data is not null ? output.Resolve(data)
            : string.Equals(scenario.Base.Dataset, "default", StringComparison.Ordinal) ? null : Path.GetFullPath(scenario.Base.Dataset, folder);
    }

    /// <summary>The one line a user reads for a cluster's failure.</summary>
    /// <param name="error">The failure.</param>
    public static string Message(ClusterUnavailableException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var identity = ClusterIdentity.FromEnvironment();
        return error.Failure switch
        {
            ClusterFailure.NoSilo => CliText.Fill(CliStrings.Error_ClusterNoSilo, error.Gateway),
            ClusterFailure.OtherBuild => CliText.Fill(CliStrings.Error_ClusterOtherBuild, error.Gateway, error.Detail ?? string.Empty),
            ClusterFailure.OtherCluster => CliText.Fill(CliStrings.Error_ClusterOtherCluster, error.Gateway, identity.ClusterId),
            _ => CliText.Fill(CliStrings.Error_ClusterNotReachable, error.Gateway, identity.ClusterId, error.Detail ?? string.Empty),
        };
    }
}
