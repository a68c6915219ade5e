using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>The <c>campo data</c> branch: the embedded default dataset, its members, coalitions and commodities, and its builder.</summary>
public static class DataCommands
{
    /// <summary>Adds the <c>data</c> branch to the command line.</summary>
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch("data", data =>
        {
            data.SetDescription(CliText.Text(CliStrings.Command_Data));
            data.AddCommand<MembersCommand>("members")
                .WithDescription(CliText.Text(CliStrings.Command_DataMembers))
                .WithExample("data", "members", "--at", "2003-09-14");
            data.AddCommand<CoalitionsCommand>("coalitions")
                .WithDescription(CliText.Text(CliStrings.Command_DataCoalitions))
                .WithExample("data", "coalitions", "G20");
            data.AddCommand<CommoditiesCommand>("commodities")
                .WithDescription(CliText.Text(CliStrings.Command_DataCommodities))
                .WithExample("data", "commodities");
            data.AddCommand<ShowCommand>("show")
                .WithDescription(CliText.Text(CliStrings.Command_DataShow))
                .WithExample("data", "show", "MEX", "maize");
            data.AddCommand<ImportCommand>("import")
                .WithDescription(CliText.Text(CliStrings.Command_DataImport))
                .WithExample("data", "import", "wits", "tariffs_partner_000.json", "--into", "ws.duckdb");
            data.AddCommand<BuildCommand>("build")
                .WithDescription(CliText.Text(CliStrings.Command_DataBuild))
                .WithExample("data", "build", "--from", "../shared/data");
        });
    }
}
