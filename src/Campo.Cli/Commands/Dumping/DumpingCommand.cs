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
        Print(output.Console, series, CliText.Report.CommodityInSentence(commodity.Id, series.Commodity.ToLowerInvariant()));
        return ExitCodes.Ok;
    }

    private static void Print(IAnsiConsole console, DumpingSeries series, string commodity)
    {
        var years = Format.Year(series.Years[0].Year) + "-" + Format.Year(series.Years[^1].Year);
        var atPort = series.Inputs.Price == ExportPrice.MarketingYear;
        console.Write(new Rule("[bold]" + Markup.Escape(CliText.Fill(CliStrings.Dumping_Title, commodity, years)) + "[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(CliText.Text(CliStrings.Dumping_Formula)));
        console.MarkupLine("[bold]" + Markup.Escape(series.Comparison) + "[/]");
        // On a narrow terminal the inputs leave first (basis, cost per acre, yield, ...), the margin last.
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(CliText.Text(CliStrings.Col_Year));
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_CostPerAcre)).RightAligned().Priority(2));
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_YieldPerAcre)).RightAligned().Priority(3));
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_CostPerBushel)).RightAligned().Priority(4));
        if (atPort)
        {
            table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_BasisPerTonne)).RightAligned().Priority(1));
        }

        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_CostPerTonne)).RightAligned().Priority(7));
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_PricePerBushel)).RightAligned().Priority(5));
        table.AddColumn(new TableColumn(CliText.Text(series.Inputs.Price switch
        {
            ExportPrice.Harvest => CliStrings.Col_HarvestPrice,
            ExportPrice.MarketingYear => CliStrings.Col_MarketingYearPrice,
            _ => CliStrings.Col_GulfPrice,
        })).RightAligned().Priority(8));
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_Margin)).RightAligned().Priority(9));
        foreach (var y in series.Years)
        {
            var cells = new List<string>
            {
                Format.Year(y.Year),
                Format.Number(y.CostUsdPerAcre, "0.00"),
                Format.Number(y.YieldBushelsPerAcre, "0.0"),
                Format.Number(y.CostUsdPerBushel, "0.00"),
            };
            if (atPort)
            {
                cells.Add(Format.Number(y.BasisUsdPerTonne, "0.0"));
            }

            cells.Add(Format.Number(y.CostUsdPerTonne, "0.0"));
            cells.Add(Format.Number(y.PriceUsdPerBushel, "0.00"));
            cells.Add(Format.Number(y.PriceUsdPerTonne, "0.0"));
            cells.Add(RunReport.Colour(-y.Margin, Format.Change(y.Margin)));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Dumping_Mean, Format.Change(series.MeanMargin), Format.Count(series.Years.Count(y => y.Margin > 0)), Format.Count(series.Years.Count))));
        console.MarkupLine("[bold]" + Markup.Escape(CliText.Text(CliStrings.Dumping_Published)) + "[/]");
        foreach (var p in series.Published)
        {
            var when = p.Target.From == p.Target.To ? Format.Year(p.Target.From) : Format.Year(p.Target.From) + "-" + Format.Year(p.Target.To);
            var who = p.Target.Who.Split(',')[0];
            console.MarkupLine(Markup.Escape(p.Modelled is { } modelled
                ? CliText.Fill(CliStrings.Dumping_PublishedRow, who, when, Format.Change(p.Target.Margin), Format.Change(modelled), Format.Number(p.Difference!.Value * 100, "+0.0;-0.0"))
                : CliText.Fill(CliStrings.Dumping_PublishedOutside, who, when, Format.Change(p.Target.Margin))));
            console.MarkupLine("[grey]    " + Markup.Escape(p.Target.Source) + "[/]");
        }

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
