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
            gravity.SetDescription("Structural gravity: PPML estimation with fixed effects, and general-equilibrium counterfactuals.");
            gravity.AddCommand<GravityEstimateCommand>("estimate")
                .WithDescription("Estimate a gravity model by PPML (or OLS) with high-dimensional fixed effects.")
                .WithExample("gravity", "estimate", "panel.csv.gz", "trade ~ rta + log(dist) | exp^year + imp^year + exp^imp", "--cluster", "exp^imp");
            gravity.AddCommand<GravityCounterfactualCommand>("counterfactual")
                .WithDescription("Simulate a change in trade costs in general equilibrium, as described in a TOML file.")
                .WithExample("gravity", "counterfactual", "scenarios/gravity/trade-without-borders.toml");
        });
    }
}
