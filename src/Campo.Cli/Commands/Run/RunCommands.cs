using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Run;

/// <summary>Registers <c>campo run</c> and <c>campo compare</c>.</summary>
public static class RunCommands
{
    /// <summary>Adds the commands.</summary>
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<RunCommand>("run")
            .WithDescription(CliText.Text(CliStrings.Command_Run))
            .WithExample("run", "scenarios/cancun-2003.toml")
            .WithExample("run", "scenarios/rev4-2008.toml", "--member", "MEX", "--out", "rev4.csv")
            .WithExample("run", "scenarios/nafta-1994.toml", "--member", "MEX", "--set", "regional.duties=applied")
            .WithExample("run", "scenarios/cancun-2003.toml", "--set", "market_access.developed.swiss_coefficient=16", "--json");
        config.AddCommand<CompareCommand>("compare")
            .WithDescription(CliText.Text(CliStrings.Command_Compare))
            .WithExample("compare", "scenarios/harbinson-2003.toml", "scenarios/cancun-2003.toml", "--member", "IND")
            .WithExample("compare", "scenarios/nafta-1994.toml", "scenarios/cancun-2003.toml", "--member", "MEX");
    }
}
