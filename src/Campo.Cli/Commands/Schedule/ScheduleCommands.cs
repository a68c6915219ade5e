using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Schedule;

/// <summary>Registers <c>campo schedule</c>.</summary>
public static class ScheduleCommands
{
    /// <summary>Adds the command to the application.</summary>
    /// <param name="config">The application's configurator.</param>
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<ScheduleCommand>("schedule")
            .WithDescription(CliText.Text(CliStrings.Command_Schedule))
            .WithExample("schedule", "BRA", "--draft", "scenarios/rev4-2008.toml", "--schedule", "../shared/data/wits/raw_2002/tariffs_partner_000.json", "--status", "developing")
            .WithExample("schedule", "USA", "--draft", "scenarios/cancun-2003.toml", "--schedule", "usa.csv", "--status", "developed", "--set", "market_access.developed.swiss_coefficient=16");
    }
}
