using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Negotiate;

/// <summary>Registers <c>campo negotiate</c>.</summary>
public static class NegotiateCommands
{
    /// <summary>Adds the command.</summary>
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<NegotiateCommand>("negotiate")
            .WithDescription(CliText.Text(CliStrings.Command_Negotiate))
            .WithExample("negotiate", "scenarios/cancun-2003.toml")
            .WithExample("negotiate", "scenarios/cancun-2003.toml", "--coalition-rule", "unanimity", "--member", "IND")
            .WithExample("negotiate", "scenarios/cancun-2003.toml", "--search", "swiss=10:100", "--search", "support=0:100", "--drafts", "2000", "--best", "ldc-farmers")
            .WithExample("negotiate", "scenarios/cancun-2003.toml", "--discover", "--json");
    }
}
