using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Localization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Run;

/// <summary><c>campo compare A B</c>: two drafts side by side on the same data.</summary>
/// <param name="output">Where to write.</param>
public sealed class CompareCommand(CliOutput output) : Command<CompareSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var first = RunCommand.Evaluate(output, ScenarioInputs.Read(output, settings.First, settings.Set), settings, settings.First, cancellationToken);
        var secondScenario = ScenarioInputs.Read(output, settings.Second, settings.Set);
        var second = RunCommand.Evaluate(output, secondScenario, settings, settings.Second, cancellationToken);
        var crossModel = CrossModelComparison.Applies(first, second);
        if (settings.Report is { } report)
        {
            var dataset = ScenarioInputs.Dataset(output, secondScenario, settings.Second, settings.DataFolder);
            HtmlReports.Write(HtmlReports.RenderComparison(new DraftComparison(first, second), ReportLanguage.Parse(settings.Lang), dataset, settings.MemberId), output.Resolve(report), report);
        }

        if (settings.Json)
        {
            var comparison = new Comparison(first, second) { Caveats = crossModel ? CrossModelComparison.Caveats(first, second) : [] };
            output.Out.Write(CampoJson.Serialize(comparison) + "\n");
            return ExitCodes.Ok;
        }

        if (crossModel)
        {
            CrossModelComparison.Print(output.Console, first, second, settings.MemberId);
            return ExitCodes.Ok;
        }

        Print(output.Console, first, second, settings);
        return ExitCodes.Ok;
    }

    private static void Print(IAnsiConsole console, DraftEvaluation a, DraftEvaluation b, CompareSettings settings)
    {
        console.Write(new Rule("[bold]A: " + Markup.Escape(a.Scenario.Title) + "[/]").LeftJustified());
        console.Write(new Rule("[bold]B: " + Markup.Escape(b.Scenario.Title) + "[/]").LeftJustified());
        console.MarkupLine("[grey]Million US dollars a year at " + Markup.Escape(RunReport.PricesOf(a)) + " prices; B − A is what the second draft adds to the first.[/]");
        console.WriteLine();
        if (settings.MemberId is { } member)
        {
            MemberTable(console, a, b, member);
        }

        var groups = new Table().Border(TableBorder.Rounded).Title("Who gains and who loses, by group (total welfare)");
        groups.AddColumn("group");
        groups.AddColumn(new TableColumn("farmers A").RightAligned());
        groups.AddColumn(new TableColumn("farmers B").RightAligned());
        groups.AddColumn(new TableColumn("total A").RightAligned());
        groups.AddColumn(new TableColumn("total B").RightAligned());
        groups.AddColumn(new TableColumn("B − A").RightAligned());
        var second = b.Groups.ToDictionary(g => g.Group, StringComparer.Ordinal);
        foreach (var g in a.Groups)
        {
            if (!second.TryGetValue(g.Group, out var other))
            {
                continue;
            }

            groups.AddRow(
                Markup.Escape(g.Group),
                Format.Money(g.Welfare.ProducerSurplus),
                Format.Money(other.Welfare.ProducerSurplus),
                Format.Money(g.Welfare.Total),
                Format.Money(other.Welfare.Total),
                Format.Money(other.Welfare.Total - g.Welfare.Total));
        }

        groups.AddRow("[bold]world[/]", Format.Money(a.World.ProducerSurplus), Format.Money(b.World.ProducerSurplus), Format.Money(a.World.Total), Format.Money(b.World.Total), Format.Money(b.World.Total - a.World.Total));
        console.Write(groups);

        var prices = new Table().Border(TableBorder.Rounded).Title("World prices that differ most");
        prices.AddColumn("commodity");
        prices.AddColumn(new TableColumn("change A").RightAligned());
        prices.AddColumn(new TableColumn("change B").RightAligned());
        var pricesB = b.WorldPrices.ToDictionary(p => p.Commodity);
        foreach (var p in a.WorldPrices.Where(p => pricesB.ContainsKey(p.Commodity)).OrderByDescending(p => Math.Abs(pricesB[p.Commodity].Change - p.Change)).Take(10))
        {
            prices.AddRow(Markup.Escape(p.Name), Format.Change(p.Change), Format.Change(pricesB[p.Commodity].Change));
        }

        console.Write(prices);
    }

    private static void MemberTable(IAnsiConsole console, DraftEvaluation a, DraftEvaluation b, Domain.MemberId member)
    {
        var regionA = a.Regions.FirstOrDefault(r => r.Region == member || r.Lead == member || r.Represented.Contains(member));
        if (regionA is null)
        {
            console.MarkupLine("[yellow]" + Markup.Escape(member + " has no market region in the dataset.") + "[/]");
            return;
        }

        var marketsB = b.Markets.Where(m => m.Region == regionA.Region).ToDictionary(m => m.Commodity);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(member.Code + ": farmers and consumers by commodity"));
        table.AddColumn("commodity");
        table.AddColumn(new TableColumn("producer price A").RightAligned());
        table.AddColumn(new TableColumn("producer price B").RightAligned());
        table.AddColumn(new TableColumn("farmers A").RightAligned());
        table.AddColumn(new TableColumn("farmers B").RightAligned());
        table.AddColumn(new TableColumn("consumers A").RightAligned());
        table.AddColumn(new TableColumn("consumers B").RightAligned());
        foreach (var m in a.Markets.Where(m => m.Region == regionA.Region && marketsB.ContainsKey(m.Commodity))
                     .OrderByDescending(m => Math.Abs(m.Welfare.ProducerSurplus) + Math.Abs(marketsB[m.Commodity].Welfare.ProducerSurplus))
                     .Take(12))
        {
            var other = marketsB[m.Commodity];
            table.AddRow(
                Markup.Escape(m.CommodityName),
                Format.Change(m.ProducerPriceChange),
                Format.Change(other.ProducerPriceChange),
                Format.Money(m.Welfare.ProducerSurplus),
                Format.Money(other.Welfare.ProducerSurplus),
                Format.Money(m.Welfare.ConsumerSurplus),
                Format.Money(other.Welfare.ConsumerSurplus));
        }

        console.Write(table);
        var regionB = b.Regions.First(r => r.Region == regionA.Region);
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{member} in all: A {Format.Money(regionA.Welfare.Total)}, B {Format.Money(regionB.Welfare.Total)}, B − A {Format.Money(regionB.Welfare.Total - regionA.Welfare.Total)} million USD a year.")));
        console.WriteLine();
    }
}

/// <summary>Two evaluations, as <c>campo compare --json</c> prints them.</summary>
/// <param name="First">The first draft's evaluation.</param>
/// <param name="Second">The second draft's evaluation.</param>
public sealed record Comparison(DraftEvaluation First, DraftEvaluation Second)
{
    /// <summary>What the comparison can and cannot say when the two drafts use different models; empty otherwise.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];
}
