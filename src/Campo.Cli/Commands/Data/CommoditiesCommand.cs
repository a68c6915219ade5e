using System.Globalization;
using Campo.Cli.Infrastructure;
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

        var table = new Table().AddColumn("code").AddColumn("name").AddColumn("kind").AddColumn(new TableColumn("world price 2005 (USD/t)").RightAligned()).AddColumn("FAOSTAT items").AddColumn("HS");
        foreach (var c in dataset.Commodities)
        {
            table.AddRow(
                c.Id.Code,
                Markup.Escape(c.Name),
                c.Kind.ToString(),
                c.WorldPrice is { } p ? p.Value.ToString("0.00", CultureInfo.InvariantCulture) : "-",
                Markup.Escape(string.Join(", ", c.FaoItems.Select(i => i.Code.ToString(CultureInfo.InvariantCulture)))),
                string.Join(' ', c.HsHeadings.Select(h => h.Digits)));
        }

        output.Console.Write(table);
        output.Console.WriteLine("Source: " + Citations.Impact + ". FAOSTAT items from IMPACT's FAO2J set; HS headings where a cited tariff fact gives one.");
        return ExitCodes.Ok;
    }
}
