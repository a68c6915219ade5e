using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Regional;
using Campo.Regional.Dumping;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Dumping;

/// <summary><c>campo dumping</c>: IATP's export-dumping margins over the cost and price series in the data (docs/models/dumping.md).</summary>
/// <param name="output">Where to write.</param>
public sealed class DumpingCommand(CliOutput output) : Command<DumpingSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DumpingSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dataset = settings.LoadDataset(output);
        var (first, last) = DumpingCalculator.CostYears(dataset);
        var inputs = new DumpingInputs(
            settings.From ?? first,
            settings.To ?? last,
            RegionalReader.CostBases[settings.CostBasis],
            RegionalReader.Prices[settings.Price],
            settings.Transport);
        var series = DumpingCalculator.Compute(dataset, settings.Commodity, inputs);
        if (settings.Json)
        {
            output.Out.Write(CampoJson.Serialize(series) + "\n");
            return ExitCodes.Ok;
        }

        Print(output.Console, series, settings);
        return ExitCodes.Ok;
    }

    private static void Print(IAnsiConsole console, DumpingSeries series, DumpingSettings settings)
    {
        var years = series.Years[0].Year.ToString(CultureInfo.InvariantCulture) + "-" + series.Years[^1].Year.ToString(CultureInfo.InvariantCulture);
        console.Write(new Rule("[bold]" + Markup.Escape("Export dumping margins, US " + series.Commodity.ToLowerInvariant() + ", " + years) + "[/]").LeftJustified());
        console.MarkupLine(Markup.Escape("margin = (full cost of production − export price) / full cost of production; positive: sold below cost (IATP)."));
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("year");
        table.AddColumn(new TableColumn("cost (USD/bu)").RightAligned());
        table.AddColumn(new TableColumn("cost (USD/t)").RightAligned());
        table.AddColumn(new TableColumn(settings.Price == "harvest" ? "harvest price (USD/t)" : "Gulf price (USD/t)").RightAligned());
        table.AddColumn(new TableColumn("margin").RightAligned());
        foreach (var y in series.Years)
        {
            table.AddRow(
                y.Year.ToString(CultureInfo.InvariantCulture),
                y.CostUsdPerBushel.ToString("0.00", CultureInfo.InvariantCulture),
                y.CostUsdPerTonne.ToString("0.0", CultureInfo.InvariantCulture),
                y.PriceUsdPerTonne.ToString("0.0", CultureInfo.InvariantCulture),
                RunReport.Colour(-y.Margin, Format.Change(y.Margin)));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Mean margin {Format.Change(series.MeanMargin)}; below cost in {series.Years.Count(y => y.Margin > 0)} of {series.Years.Count} years.")));
        foreach (var note in series.Notes)
        {
            console.MarkupLine("[grey]" + Markup.Escape(note) + "[/]");
        }

        console.MarkupLine("[bold]Check against published figures[/]");
        foreach (var check in series.Checks)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"  {check.Source} [{check.Status}]: ({check.CostUsdPerBushel:0.00} − {check.PriceUsdPerBushel:0.00}) / {check.CostUsdPerBushel:0.00} = {Format.Change(check.Margin)}")));
        }

        console.MarkupLine("[grey]" + Markup.Escape(series.Gap) + "[/]");
    }
}
