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
            .WithDescription("Start Campo's web page and JSON API: choose or upload a draft, see the brief and charts in English, Spanish, French or Portuguese.")
            .WithExample("serve")
            .WithExample("serve", "--urls", "http://127.0.0.1:8080");
    }
}
