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
            data.SetDescription("The default dataset (base 2005): WTO members, coalitions, commodities, market figures, and its builder.");
            data.AddCommand<MembersCommand>("members")
                .WithDescription("List WTO members with accession date, status and market region (all members, or those at --at DATE).")
                .WithExample("data", "members", "--at", "2003-09-14");
            data.AddCommand<CoalitionsCommand>("coalitions")
                .WithDescription("List coalitions with their vintage and source, or the members of one coalition.")
                .WithExample("data", "coalitions", "G20");
            data.AddCommand<CommoditiesCommand>("commodities")
                .WithDescription("List commodities with their FAOSTAT items, HS headings and 2005 world price.")
                .WithExample("data", "commodities");
            data.AddCommand<ShowCommand>("show")
                .WithDescription("Show a card of one member's or region's 2005 figures for one commodity, with their sources.")
                .WithExample("data", "show", "MEX", "maize");
            data.AddCommand<BuildCommand>("build")
                .WithDescription("Derive the dataset's CSV files from the shared public data (re-runnable, byte for byte).")
                .WithExample("data", "build", "--from", "../shared/data");
        });
    }
}
