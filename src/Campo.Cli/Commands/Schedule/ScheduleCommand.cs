using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Scenarios;
using Campo.Schedules;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;
using Campo.Schedules.Import;
using Campo.Schedules.Results;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Schedule;

/// <summary><c>campo schedule MEMBER --draft FILE</c>: a draft applied line by line to one member's schedule.</summary>
/// <param name="output">Where to write.</param>
public sealed class ScheduleCommand(CliOutput output) : Command<ScheduleSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ScheduleSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var member = settings.MemberId;
        var scenario = ScenarioReader.ReadFile(output.Resolve(settings.Draft!), settings.Draft, settings.Set);
        var draft = scenario.MarketAccess ?? throw new CampoException(
            "the draft has no [market_access] section, so it changes no tariff",
            "add a [market_access] section (docs/scenarios.md, \"Market access\") or choose another draft",
            new SourceLocation(settings.Draft, Field: "market_access"));
        MemberSchedule schedule;
        MemberTreatment treatment;
        WitsSchedule? wits = null;
        if (settings.Schedule is null)
        {
            // No schedule file: the member's commodity-level schedule and status from the scenario's dataset.
            var dataset = ScenarioInputs.Dataset(output, scenario, settings.Draft!, settings.DataFolder);
            (schedule, treatment) = DatasetSchedules.ForMember(dataset, member, scenario.Base.MembersAt);
            if (settings.DevelopmentStatus is { } given)
            {
                treatment = new MemberTreatment(given, settings.SmallVulnerable, settings.RecentlyAcceded);
            }
            else if (settings.SmallVulnerable)
            {
                treatment = treatment with { SmallVulnerable = true };
            }
        }
        else
        {
            if (settings.DevelopmentStatus is not { } status)
            {
                throw new CampoException(
                    "with --schedule, the development status of " + member + " must be given",
                    "add --status developed, developing or ldc (and --sve or --ram where they apply)",
                    SourceLocation.OfField("--status"));
            }

            (schedule, wits) = ScheduleFiles.Read(output.Resolve(settings.Schedule), settings.Schedule, member);
            treatment = new MemberTreatment(status, settings.SmallVulnerable, settings.RecentlyAcceded);
        }

        var status2 = treatment.Status;
        var years = scenario.Implementation.Years.TryGetValue(status2, out var y) ? y : 0;
        var result = ScheduleEngine.Apply(schedule, draft, treatment, new StagingSettings(scenario.Implementation.StartYear, years), scenario.Parameters);
        if (settings.Lines is { } linesFile)
        {
            WriteLines(result, linesFile, settings.Lines);
        }

        var report = ScheduleReport.From(result, scenario.Title);
        if (settings.Json)
        {
            output.Out.Write(CampoJson.Serialize(report) + "\n");
            return ExitCodes.Ok;
        }

        ScheduleTables.Print(output.Console, report, wits);
        return ExitCodes.Ok;
    }

    private void WriteLines(ScheduleResult result, string path, string shown)
    {
        try
        {
            using var writer = new StreamWriter(output.Resolve(path));
            LineResultsCsv.Write(result, writer);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CampoException("cannot write the lines file: " + exception.Message, "give a path in a folder you can write to", new SourceLocation(shown, Field: "--lines"), exception);
        }
    }
}

/// <summary>The tables <c>campo schedule</c> prints for people.</summary>
internal static class ScheduleTables
{
    public static void Print(IAnsiConsole console, ScheduleReport report, WitsSchedule? wits)
    {
        console.MarkupLine("[bold]" + Markup.Escape(report.Member + " (" + report.Treatment + ") under " + report.Draft) + "[/]");
        console.MarkupLine(Markup.Escape("Formula: " + report.Formula + "; schedule: " + report.Source + "; level: " + LevelText(report.Level)));
        if (wits is not null)
        {
            console.MarkupLine(Markup.Escape("The file reports reporter " + wits.ReporterCode + " " + wits.ReporterName + ", year " + wits.Year + "."));
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Product group");
        table.AddColumn(new TableColumn("Lines").RightAligned());
        table.AddColumn(new TableColumn("Bound before → after").RightAligned());
        table.AddColumn(new TableColumn("Applied before → after").RightAligned());
        table.AddColumn(new TableColumn("Overhang before → after").RightAligned());
        table.AddColumn(new TableColumn("Applied falls").RightAligned());
        var weighted = report.Total.TradeWeightedApplied.Before is not null;
        if (weighted)
        {
            table.AddColumn(new TableColumn("Trade-wtd applied").RightAligned());
        }

        foreach (var group in report.Groups.Append(report.Total))
        {
            var cells = new List<string>
            {
                Markup.Escape(group.Group),
                group.Lines.ToString(CultureInfo.InvariantCulture) + (group.Unknown > 0 ? " (" + group.Unknown.ToString(CultureInfo.InvariantCulture) + " unknown)" : string.Empty),
                Pair(group.Bound),
                Pair(group.Applied),
                Pair(group.Overhang),
                group.AppliedFalls.ToString(CultureInfo.InvariantCulture),
            };
            if (weighted)
            {
                cells.Add(Pair(group.TradeWeightedApplied));
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape("Simple averages over lines with known rates, in percent; overhang in percentage points. Average cut over dutiable lines: " + report.AverageCutPercent.ToString("0.0", CultureInfo.InvariantCulture) + "%."));
        if (report.Staging.Count > 1)
        {
            console.MarkupLine(Markup.Escape("Staging in " + report.Instalments.ToString(CultureInfo.InvariantCulture) + " equal annual instalments (simple-average bound / applied): " + string.Join("; ", report.Staging.Select(s => s[0].ToString("0", CultureInfo.InvariantCulture) + " " + Num(s[1]) + " / " + Num(s[2])))));
        }

        if (report.Jumps.Count > 0)
        {
            console.MarkupLine(Markup.Escape("Band edges (a line just above an edge ends lower than one at the edge): " + string.Join("; ", report.Jumps.Select(j => "at " + Num(j[0]) + " → " + Num(j[1]) + ", just above → " + Num(j[2])))));
        }

        foreach (var flagged in report.FlaggedParameters)
        {
            console.MarkupLine(Markup.Escape((flagged.Status == "to verify" ? "To verify: " : "Assumption: ") + flagged.Path + " = " + flagged.Value.ToString("0.####", CultureInfo.InvariantCulture) + " (" + flagged.Source + "; " + flagged.Where + ")"));
        }

        foreach (var note in report.Notes)
        {
            console.MarkupLine(Markup.Escape("Note: " + note));
        }
    }

    private static string LevelText(Schedules.ScheduleLevel level) => level switch
    {
        Schedules.ScheduleLevel.TariffLine => "tariff lines",
        Schedules.ScheduleLevel.Hs6Average => "HS6 subheadings (averages of national lines)",
        _ => "commodities (the member has no line-level schedule here)",
    };

    private static string Pair(PercentPair pair) => Num(pair.Before) + " → " + Num(pair.After);

    private static string Num(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";
}
