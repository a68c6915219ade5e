using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Regional.Dumping;
using Campo.Reports;
using Campo.Scenarios;
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

        var commodity = dataset.ResolveCommodity(series.Commodity);
        Print(output.Console, series, settings, CliText.Report.CommodityInSentence(commodity.Id, series.Commodity.ToLowerInvariant()));
        return ExitCodes.Ok;
    }

    private static void Print(IAnsiConsole console, DumpingSeries series, DumpingSettings settings, string commodity)
    {
        var years = Format.Year(series.Years[0].Year) + "-" + Format.Year(series.Years[^1].Year);
        console.Write(new Rule("[bold]" + Markup.Escape(CliText.Fill(CliStrings.Dumping_Title, commodity, years)) + "[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(CliText.Text(CliStrings.Dumping_Formula)));
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(CliText.Text(CliStrings.Col_Year));
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_CostPerBushel)).RightAligned());
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_CostPerTonne)).RightAligned());
        table.AddColumn(new TableColumn(CliText.Text(settings.Price == "harvest" ? CliStrings.Col_HarvestPrice : CliStrings.Col_GulfPrice)).RightAligned());
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_Margin)).RightAligned());
        foreach (var y in series.Years)
        {
            table.AddRow(
                Format.Year(y.Year),
                Format.Number(y.CostUsdPerBushel, "0.00"),
                Format.Number(y.CostUsdPerTonne, "0.0"),
                Format.Number(y.PriceUsdPerTonne, "0.0"),
                RunReport.Colour(-y.Margin, Format.Change(y.Margin)));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Dumping_Mean, Format.Change(series.MeanMargin), Format.Count(series.Years.Count(y => y.Margin > 0)), Format.Count(series.Years.Count))));
        foreach (var note in series.Notes)
        {
            console.MarkupLine("[grey]" + Markup.Escape(note) + "[/]");
        }

        console.MarkupLine("[bold]" + Markup.Escape(CliText.Text(CliStrings.Dumping_Checks)) + "[/]");
        foreach (var check in series.Checks)
        {
            var cost = Format.Number(check.CostUsdPerBushel, "0.00");
            console.MarkupLine(Markup.Escape("  " + check.Source + " [" + check.Status + "]: (" + cost + " − " + Format.Number(check.PriceUsdPerBushel, "0.00") + ") / " + cost + " = " + Format.Change(check.Margin)));
        }

        console.MarkupLine("[grey]" + Markup.Escape(series.Gap) + "[/]");
    }
}
