using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Composition;
using Campo.Domain;
using Campo.Errors;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Reports.Sections;
using Campo.Scenarios;
using Campo.Schedules;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;
using Campo.Schedules.Import;
using Campo.Schedules.Results;
using Campo.Workspace;
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
        OutputPaths.Check(output, settings.Force, new OutputPath(settings.Lines, "--lines", ".csv"));
        var member = settings.MemberId;
        var scenario = ScenarioReader.ReadFile(output.Resolve(settings.Draft!), settings.Draft, settings.Set);
        var draft = scenario.MarketAccess ?? throw new CampoException(
            CliText.Text(CliStrings.Error_NoMarketAccess),
            CliText.Text(CliStrings.Error_NoMarketAccessExpected),
            new SourceLocation(settings.Draft, Field: "market_access"));
        MemberSchedule schedule;
        MemberTreatment treatment;
        WitsSchedule? wits = null;
        string? origin = null;
        if (settings.Schedule is null)
        {
            // No schedule file: the member's commodity-level schedule and status from the scenario's dataset.
            var dataset = ScenarioInputs.Dataset(output, scenario, settings.Draft!, settings.DataFolder);
            MemberSchedule? imported = null;
            if (WorkspaceInputs.IsWorkspace(settings.DataFolder))
            {
                // A workspace: the member's imported line-level schedule when it has one; the status from the dataset.
                using var workspace = WorkspaceInputs.Open(output, settings.DataFolder!);
                imported = WorkspaceSchedules.ForMember(workspace, member);
            }

            if (imported is not null)
            {
                var info = dataset.GetMember(member);
                schedule = imported;
                treatment = new MemberTreatment(info.StatusAt(scenario.Base.MembersAt), SmallVulnerable: false, RecentlyAcceded: !info.OriginalMember);
            }
            else
            {
                (schedule, treatment) = DatasetSchedules.ForMember(dataset, member, scenario.Base.MembersAt);
                origin = dataset.Origin;
            }
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
                    CliText.Fill(CliStrings.Error_StatusNeeded, member.Code),
                    CliText.Text(CliStrings.Error_StatusNeededExpected),
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

        ScheduleTables.Print(output.Console, report, wits, treatment, origin);
        return ExitCodes.Ok;
    }

    private void WriteLines(ScheduleResult result, string path, string shown)
    {
        try
        {
            Campo.Data.OutputFile.Write(output.Resolve(path), stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
                LineResultsCsv.Write(result, writer);
            });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CampoException(CliText.Fill(CliStrings.Error_LinesFile, exception.Message), CliText.Text(CliStrings.Error_LinesFileExpected), new SourceLocation(shown, Field: "--lines"), exception);
        }
    }
}

/// <summary>
/// The tables <c>campo schedule</c> prints for people, in the language of the run: the treatment, formula, source and
/// commodities in words (the report, which <c>--json</c> prints, keeps the model's English words and codes).
/// </summary>
internal static class ScheduleTables
{
    /// <param name="console">Where to write.</param>
    /// <param name="report">The result.</param>
    /// <param name="wits">The WITS file read, or null.</param>
    /// <param name="treatment">The member's treatment.</param>
    /// <param name="origin">The dataset's origin when the schedule is the dataset's, or null for a schedule file.</param>
    public static void Print(IAnsiConsole console, ScheduleReport report, WitsSchedule? wits, MemberTreatment treatment, string? origin)
    {
        var english = CliText.Language == ReportLanguage.English;
        var treatmentText = english ? report.Treatment : Treatment(treatment);
        var formula = english ? report.Formula : RunReport.FormulaName(report.Formula);
        var source = english || origin is null ? report.Source : CliText.Fill(CliStrings.Schedule_SourceDataset, HeaderSection.DatasetName(CliText.Report, origin));
        console.MarkupLine("[bold]" + Markup.Escape(CliText.Fill(CliStrings.Schedule_Title, report.Member, treatmentText, report.Draft)) + "[/]");
        console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Schedule_Formula, formula, source, LevelText(report.Level))));
        if (wits is not null)
        {
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Schedule_Wits, wits.ReporterCode, wits.ReporterName, wits.Year)));
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(CliText.Text(CliStrings.Col_ProductGroup));
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_Lines)).RightAligned());
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_BoundBeforeAfter)).RightAligned());
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_AppliedBeforeAfter)).RightAligned());
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_OverhangBeforeAfter)).RightAligned());
        table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_AppliedFalls)).RightAligned());
        var weighted = report.Total.TradeWeightedApplied.Before is not null;
        if (weighted)
        {
            table.AddColumn(new TableColumn(CliText.Text(CliStrings.Col_TradeWeightedApplied)).RightAligned());
        }

        foreach (var group in report.Groups.Append(report.Total))
        {
            var cells = new List<string>
            {
                Markup.Escape(ReferenceEquals(group, report.Total) ? CliText.Text(CliStrings.Schedule_AllLines) : GroupName(group.Group)),
                Format.Count(group.Lines) + (group.Unknown > 0 ? " " + CliText.Fill(CliStrings.Schedule_Unknown, Format.Count(group.Unknown)) : string.Empty),
                Pair(group.Bound),
                Pair(group.Applied),
                Pair(group.Overhang),
                Format.Count(group.AppliedFalls),
            };
            if (weighted)
            {
                cells.Add(Pair(group.TradeWeightedApplied));
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Schedule_Averages, Format.Number(report.AverageCutPercent, "0.0") + Format.PercentSign)));
        if (report.Staging.Count > 1)
        {
            var stages = string.Join(RunReport.ListSeparator, report.Staging.Select(s => s[0].ToString("0", CultureInfo.InvariantCulture) + " " + Num(s[1]) + " / " + Num(s[2])));
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Schedule_Staging, Format.Count(report.Instalments), stages)));
        }

        if (report.Jumps.Count > 0)
        {
            var jumps = string.Join(RunReport.ListSeparator, report.Jumps.Select(j => CliText.Fill(CliStrings.Schedule_Jump, Num(j[0]), Num(j[1]), Num(j[2]))));
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Schedule_BandEdges, jumps)));
        }

        foreach (var flagged in report.FlaggedParameters)
        {
            // The path and value as the draft file writes them (invariant); the source and place as the file states them.
            var status = CliText.Text(flagged.Status == "to verify" ? CliStrings.Schedule_ToVerify : CliStrings.Schedule_Assumption);
            console.MarkupLine(Markup.Escape(status + ": " + flagged.Path + " = " + flagged.Value.ToString("0.####", CultureInfo.InvariantCulture) + " (" + flagged.Source + "; " + flagged.Where + ")"));
        }

        foreach (var note in report.Notes)
        {
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Schedule_Note, note)));
        }
    }

    /// <summary>A product group's name: a commodity's name in the language where the group is a commodity code.</summary>
    private static string GroupName(string group) =>
        CommodityId.TryParse(group, out var id) && id.Code == group ? CliText.Commodity(id, group) : group;

    /// <summary>The member's treatment in words: its status, and whether it is a small vulnerable economy or recently acceded.</summary>
    private static string Treatment(MemberTreatment treatment) =>
        Format.Status(treatment.Status)
        + (treatment.SmallVulnerable ? ", " + CliText.Text(CliStrings.Schedule_Sve) : string.Empty)
        + (treatment.RecentlyAcceded ? ", " + CliText.Text(CliStrings.Schedule_Ram) : string.Empty);

    private static string LevelText(Schedules.ScheduleLevel level) => CliText.Text(level switch
    {
        Schedules.ScheduleLevel.TariffLine => CliStrings.Schedule_LevelLines,
        Schedules.ScheduleLevel.Hs6Average => CliStrings.Schedule_LevelHs6,
        _ => CliStrings.Schedule_LevelCommodities,
    });

    private static string Pair(PercentPair pair) => Num(pair.Before) + " → " + Num(pair.After);

    private static string Num(double? value) => value is { } v ? Format.Number(v, "0.0") : CliText.Text(CliStrings.Schedule_UnknownRate);
}
