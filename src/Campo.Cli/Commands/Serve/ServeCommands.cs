using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Serve;

/// <summary>Registers <c>campo serve</c>.</summary>
public static class ServeCommands
{
    /// <summary>Adds the command.</summary>
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<ServeCommand>("serve")
            .WithDescription(CliText.Text(CliStrings.Command_Serve))
            .WithExample("serve")
            .WithExample("serve", "--urls", "http://127.0.0.1:8080");
    }
}
