using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Cluster;

/// <summary>The <c>campo cluster</c> branch: a silo of a Campo cluster (docs/cluster.md).</summary>
public static class ClusterCommands
{
    /// <summary>Adds the <c>cluster</c> branch to the command line.</summary>
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch("cluster", cluster =>
        {
            cluster.SetDescription(CliText.Text(CliStrings.Command_Cluster));
            cluster.AddCommand<SiloCommand>("silo")
                .WithDescription(CliText.Text(CliStrings.Command_ClusterSilo))
                .WithExample("cluster", "silo", "--port", "11111", "--gateway", "30000")
                .WithExample("cluster", "silo", "--port", "11112", "--gateway", "30001", "--primary", "127.0.0.1:11111");
        });
    }
}
