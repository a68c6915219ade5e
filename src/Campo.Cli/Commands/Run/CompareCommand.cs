using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Reports.Workbook;
using Spectre.Console;
using Spectre.Console.Cli;
using static Campo.Cli.Infrastructure.CliText;

namespace Campo.Cli.Commands.Run;

/// <summary><c>campo compare A B</c>: two drafts side by side on the same data.</summary>
/// <param name="output">Where to write.</param>
public sealed class CompareCommand(CliOutput output) : Command<CompareSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        OutputPaths.Check(output, settings.Force, new OutputPath(settings.Report, "--report", ".html", ".htm"), new OutputPath(settings.Out, "--out", ".xlsx"));
        ChartFiles.Check(output, settings.Charts);
        var first = RunCommand.Evaluate(output, ScenarioInputs.Read(output, settings.First, settings.Set), settings, settings.First, cancellationToken);
        var secondScenario = ScenarioInputs.Read(output, settings.Second, settings.Set);
        var dataset = ScenarioInputs.Dataset(output, secondScenario, settings.Second, settings.DataFolder);
        var second = RunCommand.Evaluate(output, secondScenario, dataset, settings, cancellationToken);
        var crossModel = CrossModelComparison.Applies(first, second);
        using var outputTiming = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.Output);
        var html = settings.Report is not null || settings.Charts is not null ? HtmlReports.RenderComparison(new DraftComparison(first, second), ReportLanguage.Parse(settings.Lang), dataset, settings.MemberId) : null;
        if (settings.Report is { } report)
        {
            HtmlReports.Write(html!, output.Resolve(report), report);
        }

        var charts = settings.Charts is { } folder ? ChartFiles.Write(output, html!, folder, settings.Force) : 0;

        var comparison = new Comparison(first, second) { Caveats = crossModel ? CrossModelComparison.Caveats(first, second) : [] };
        if (settings.Out is { } file)
        {
            AnalystWorkbook.Write(CampoJson.Serialize(comparison), ReportLanguage.Parse(settings.Lang), output.Resolve(file), file);
        }

        if (settings.Json)
        {
            output.Out.Write(CampoJson.Serialize(comparison) + "\n");
            return ExitCodes.Ok;
        }

        if (settings.Out is { } written)
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Run_WorkbookWritten, written)) + "[/]");
        }

        if (settings.Charts is { } chartFolder)
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Run_ChartsWritten, charts, chartFolder)) + "[/]");
        }

        if (crossModel)
        {
            CrossModelComparison.Print(output.Console, first, second, settings.MemberId);
            WorkspaceInputs.PrintSources(output, dataset, settings.DataFolder);
            return ExitCodes.Ok;
        }

        Print(output.Console, first, second, settings);
        WorkspaceInputs.PrintSources(output, dataset, settings.DataFolder);
        return ExitCodes.Ok;
    }

    private static void Print(IAnsiConsole console, DraftEvaluation a, DraftEvaluation b, CompareSettings settings)
    {
        console.Write(new Rule("[bold]A: " + Markup.Escape(a.Scenario.Title) + "[/]").LeftJustified());
        console.Write(new Rule("[bold]B: " + Markup.Escape(b.Scenario.Title) + "[/]").LeftJustified());
        console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Compare_MoneyNote, RunReport.PricesOf(a))) + "[/]");
        console.WriteLine();
        if (settings.MemberId is { } member)
        {
            MemberTable(console, a, b, member);
        }

        var groups = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Compare_GroupsTitle)));
        groups.AddColumn(Text(CliStrings.Col_Group));
        groups.AddColumn(new TableColumn(Fill(CliStrings.Col_FarmersDraft, "A")).RightAligned());
        groups.AddColumn(new TableColumn(Fill(CliStrings.Col_FarmersDraft, "B")).RightAligned());
        groups.AddColumn(new TableColumn(Fill(CliStrings.Col_TotalDraft, "A")).RightAligned());
        groups.AddColumn(new TableColumn(Fill(CliStrings.Col_TotalDraft, "B")).RightAligned());
        groups.AddColumn(new TableColumn("B − A").RightAligned());
        foreach (var g in Reports.Views.RunViews.GroupPairs(a, b, Report))
        {
            groups.AddRow(
                Markup.Escape(g.Label),
                Format.Money(g.A.ProducerSurplus),
                Format.Money(g.B.ProducerSurplus),
                Format.Money(g.A.Total),
                Format.Money(g.B.Total),
                Format.Money(g.B.Total - g.A.Total));
        }

        groups.AddRow("[bold]" + Markup.Escape(Text(CliStrings.Word_World)) + "[/]", Format.Money(a.World.ProducerSurplus), Format.Money(b.World.ProducerSurplus), Format.Money(a.World.Total), Format.Money(b.World.Total), Format.Money(b.World.Total - a.World.Total));
        console.Write(groups);

        var prices = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Compare_PricesTitle)));
        prices.AddColumn(Text(CliStrings.Col_Commodity));
        prices.AddColumn(new TableColumn(Fill(CliStrings.Col_ChangeDraft, "A")).RightAligned());
        prices.AddColumn(new TableColumn(Fill(CliStrings.Col_ChangeDraft, "B")).RightAligned());
        var pricesB = b.WorldPrices.ToDictionary(p => p.Commodity);
        foreach (var p in a.WorldPrices.Where(p => pricesB.ContainsKey(p.Commodity)).OrderByDescending(p => Math.Abs(pricesB[p.Commodity].Change - p.Change)).Take(10))
        {
            prices.AddRow(Markup.Escape(Commodity(p.Commodity, p.Name)), Format.Change(p.Change), Format.Change(pricesB[p.Commodity].Change));
        }

        console.Write(prices);
    }

    private static void MemberTable(IAnsiConsole console, DraftEvaluation a, DraftEvaluation b, Domain.MemberId member)
    {
        var regionA = a.Regions.FirstOrDefault(r => r.Region == member || r.Lead == member || r.Represented.Contains(member));
        if (regionA is null)
        {
            console.MarkupLine("[yellow]" + Markup.Escape(Fill(CliStrings.Run_NoRegion, member.Code)) + "[/]");
            return;
        }

        var marketsB = b.Markets.Where(m => m.Region == regionA.Region).ToDictionary(m => m.Commodity);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Fill(CliStrings.Compare_MemberTitle, member.Code)));
        table.AddColumn(Text(CliStrings.Col_Commodity));
        table.AddColumn(new TableColumn(Fill(CliStrings.Col_ProducerPriceDraft, "A")).RightAligned());
        table.AddColumn(new TableColumn(Fill(CliStrings.Col_ProducerPriceDraft, "B")).RightAligned());
        table.AddColumn(new TableColumn(Fill(CliStrings.Col_FarmersDraft, "A")).RightAligned());
        table.AddColumn(new TableColumn(Fill(CliStrings.Col_FarmersDraft, "B")).RightAligned());
        table.AddColumn(new TableColumn(Fill(CliStrings.Col_ConsumersDraft, "A")).RightAligned());
        table.AddColumn(new TableColumn(Fill(CliStrings.Col_ConsumersDraft, "B")).RightAligned());
        foreach (var m in a.Markets.Where(m => m.Region == regionA.Region && marketsB.ContainsKey(m.Commodity))
                     .OrderByDescending(m => Math.Abs(m.Welfare.ProducerSurplus) + Math.Abs(marketsB[m.Commodity].Welfare.ProducerSurplus))
                     .Take(12))
        {
            var other = marketsB[m.Commodity];
            table.AddRow(
                Markup.Escape(Commodity(m.Commodity, m.CommodityName)),
                Format.Change(m.ProducerPriceChange),
                Format.Change(other.ProducerPriceChange),
                Format.Money(m.Welfare.ProducerSurplus),
                Format.Money(other.Welfare.ProducerSurplus),
                Format.Money(m.Welfare.ConsumerSurplus),
                Format.Money(other.Welfare.ConsumerSurplus));
        }

        console.Write(table);
        var regionB = b.Regions.First(r => r.Region == regionA.Region);
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Compare_InAll, member.Code, Format.Money(regionA.Welfare.Total), Format.Money(regionB.Welfare.Total), Format.Money(regionB.Welfare.Total - regionA.Welfare.Total))));
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
