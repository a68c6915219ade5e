using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
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
            .WithDescription(CliText.Text(CliStrings.Command_Dumping))
            .WithExample("dumping")
            .WithExample("dumping", "--from", "1997", "--to", "2005", "--transport", "25")
            .WithExample("dumping", "--price", "marketing-year", "--from", "1997", "--to", "2005")
            .WithExample("dumping", "--cost-basis", "operating", "--price", "gulf", "--json");
    }
}
