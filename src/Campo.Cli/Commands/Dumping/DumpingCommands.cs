using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Dumping;

/// <summary>Registers <c>campo dumping</c>.</summary>
public static class DumpingCommands
{
    /// <summary>Adds the command.</summary>
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<DumpingCommand>("dumping")
            .WithDescription("Export-dumping margins by IATP's method: (full cost of production − export price) / full cost, year by year, from USDA ERS costs and World Bank prices.")
            .WithExample("dumping")
            .WithExample("dumping", "--from", "1997", "--to", "2005", "--transport", "25")
            .WithExample("dumping", "--cost-basis", "operating", "--price", "harvest", "--json");
    }
}
