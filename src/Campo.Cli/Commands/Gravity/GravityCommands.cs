using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Gravity;

/// <summary>The <c>campo gravity</c> branch: estimate structural gravity models and simulate agreements in general equilibrium.</summary>
public static class GravityCommands
{
    /// <summary>Adds <c>gravity estimate</c> and <c>gravity counterfactual</c>.</summary>
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch("gravity", gravity =>
        {
            gravity.SetDescription(CliText.Text(CliStrings.Command_Gravity));
            gravity.AddCommand<GravityEstimateCommand>("estimate")
                .WithDescription(CliText.Text(CliStrings.Command_GravityEstimate))
                .WithExample("gravity", "estimate", "panel.csv.gz", "\"trade ~ rta + log(dist) | exp^year + imp^year + exp^imp\"", "--cluster", "exp^imp");
            gravity.AddCommand<GravityCounterfactualCommand>("counterfactual")
                .WithDescription(CliText.Text(CliStrings.Command_GravityCounterfactual))
                .WithExample("gravity", "counterfactual", "scenarios/gravity/trade-without-borders.toml");
        });
    }
}
