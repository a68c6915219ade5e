using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Data;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary><c>campo data commodities</c>: IMPACT's commodities with FAOSTAT items, HS headings and world prices.</summary>
public sealed class CommoditiesCommand(CliOutput output) : Command<DataSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DataSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dataset = settings.LoadDataset(output);
        if (settings.Json)
        {
            output.Out.WriteLine(CampoJson.Serialize(dataset.Commodities.Select(c => new
            {
                code = c.Id,
                c.Name,
                c.Kind,
                faoItems = c.FaoItems,
                hsHeadings = c.HsHeadings.Select(h => h.Digits),
                worldPriceUsdPerTonne = c.WorldPrice?.Value,
            })));
            return ExitCodes.Ok;
        }

        var table = new Table()
            .AddColumn(CliText.Text(CliStrings.Col_Code))
            .AddColumn(CliText.Text(CliStrings.Col_Name))
            .AddColumn(CliText.Text(CliStrings.Col_Kind))
            .AddColumn(new TableColumn(Markup.Escape(CliText.Text(CliStrings.Col_WorldPrice2005))).RightAligned())
            .AddColumn(CliText.Text(CliStrings.Col_FaostatItems))
            .AddColumn("HS");
        foreach (var c in dataset.Commodities)
        {
            table.AddRow(
                c.Id.Code,
                Markup.Escape(CliText.Commodity(c.Id, c.Name)),
                Markup.Escape(Kind(c.Kind)),
                c.WorldPrice is { } p ? Format.Number(p.Value, "0.00") : "-",
                Markup.Escape(string.Join(", ", c.FaoItems.Select(i => i.Code.ToString(CultureInfo.InvariantCulture)))),
                string.Join(' ', c.HsHeadings.Select(h => h.Digits)));
        }

        output.Console.Write(table);
        output.Console.WriteLine(CliText.Fill(CliStrings.Data_CommoditiesFooter, Citations.Impact));
        return ExitCodes.Ok;
    }

    private static string Kind(CommodityKind kind) => CliText.Text(kind switch
    {
        CommodityKind.Crop => CliStrings.Data_KindCrop,
        CommodityKind.Livestock => CliStrings.Data_KindLivestock,
        CommodityKind.Processed => CliStrings.Data_KindProcessed,
        _ => CliStrings.Data_KindNonTraded,
    });
}
