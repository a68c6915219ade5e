using System.Globalization;
using Campo.Cli.Resources;
using Campo.Negotiation;
using Campo.Negotiation.Record;
using Spectre.Console;
using static Campo.Cli.Infrastructure.CliText;

namespace Campo.Cli.Commands.Negotiate;

/// <summary>
/// The terminal report of <c>campo negotiate --validate</c>: each recorded event predicted in and out of sample, the
/// recorded positions, the hit rates, the estimated coefficients with their uncertainty, the Cancún test and why each
/// coalition objected there, in the language of the run.
/// </summary>
internal static class ValidateReport
{
    public static void Print(IAnsiConsole console, ValidationReport report)
    {
        console.Write(new Rule("[bold]" + Markup.Escape(Text(CliStrings.Validate_Title)) + "[/]").LeftJustified());
        var events = new Table().Border(TableBorder.Rounded);
        events.AddColumn(Text(CliStrings.Validate_Event));
        events.AddColumn(Text(CliStrings.Validate_Recorded));
        events.AddColumn(Text(CliStrings.Validate_InSample));
        events.AddColumn(Text(CliStrings.Validate_OutOfSample));
        events.AddColumn(new TableColumn(Text(CliStrings.Validate_Objecting)).RightAligned());
        events.AddColumn(Text(CliStrings.Validate_Positions));
        foreach (var e in report.Events)
        {
            var positions = string.Join(", ", e.Actors.Select(a => a.Actor + " " + Word(a.Recorded) + (a.OutOfSample == a.Recorded ? " ✓" : " ✗ (" + Word(a.OutOfSample) + ")")));
            var blocking = e.BlockingCoalitions.Concat(e.BlockingAlone.Select(m => m.Code)).ToArray();
            events.AddRow(
                Markup.Escape(e.Event + " (" + e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")"),
                Markup.Escape(Verdict(e.Recorded)),
                Markup.Escape(Passes(e.PassesInSample) + Mark(e.PassesInSample == (e.Recorded == RecordedVerdict.Adopted))),
                Markup.Escape(Passes(e.PassesOutOfSample) + Mark(e.PassesOutOfSample == (e.Recorded == RecordedVerdict.Adopted))),
                Markup.Escape(Fill(CliStrings.Validate_ObjectingCell, e.ObjectingOutOfSample, e.Members, e.DissatisfiedOutOfSample) + (blocking.Length > 0 ? " — " + string.Join(", ", blocking.Take(8)) + (blocking.Length > 8 ? " …" : string.Empty) : string.Empty)),
                Markup.Escape(positions));
        }

        console.Write(events);
        var i = report.InSample;
        var o = report.OutOfSample;
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Validate_Hits, i.VerdictsRight, i.Verdicts, o.VerdictsRight, o.Verdicts, i.PositionsRight, i.Positions, o.PositionsRight, o.Positions)));
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Validate_Blocs, string.Join("; ", report.Events.Select(e => e.Event + " " + (e.Coalitions.Count > 0 ? string.Join(", ", e.Coalitions) : "—"))))));
        console.WriteLine();

        var coefficients = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Fill(CliStrings.Validate_CoefficientsTitle, report.Observations)));
        coefficients.AddColumn(Text(CliStrings.Validate_Coefficient));
        coefficients.AddColumn(new TableColumn(Text(CliStrings.Validate_Estimate)).RightAligned());
        coefficients.AddColumn(new TableColumn(Text(CliStrings.Validate_StandardError)).RightAligned());
        coefficients.AddColumn(new TableColumn(Text(CliStrings.Validate_LeaveOneOut)).RightAligned());
        foreach (var c in report.Coefficients)
        {
            coefficients.AddRow(
                Markup.Escape(NegotiateReport.CoefficientName(c.Name)),
                Number(c.Value),
                Markup.Escape(c.StandardError is { } se ? Number(se) : Text(CliStrings.Validate_AtBound)),
                Number(c.LeaveOneOutLow) + " … " + Number(c.LeaveOneOutHigh));
        }

        console.Write(coefficients);
        console.MarkupLine(Markup.Escape(Fill(
            CliStrings.Validate_Discipline,
            report.Discipline.ToString("0.##", Culture) + " (" + report.DisciplineLow.ToString("0.##", Culture) + " … " + report.DisciplineHigh.ToString("0.##", Culture) + ")",
            string.Join("; ", report.DisciplineProfile.Select(p => p.Discipline.ToString("0.##", Culture) + ": " + p.LogLikelihood.ToString("0.00", Culture) + " / " + p.Penalised.ToString("0.00", Culture))))));
        console.WriteLine();

        if (report.Cancun is { } cancun)
        {
            var objecting = cancun.Coalitions.Where(c => c.Value).Select(c => c.Key).ToArray();
            var missing = cancun.Coalitions.Where(c => !c.Value).Select(c => c.Key).ToArray();
            console.MarkupLine(Markup.Escape(Fill(
                CliStrings.Validate_Cancun,
                objecting.Length > 0 ? string.Join(", ", objecting) : "—",
                missing.Length > 0 ? string.Join(", ", missing) : "—",
                cancun.Outside,
                cancun.OutsideObjecting,
                cancun.Outside == 0 ? "0%" : (cancun.OutsideObjecting / (double)cancun.Outside).ToString("0%", Culture),
                cancun.OutsideDissatisfied,
                Text(cancun.Holds ? CliStrings.Validate_Holds : CliStrings.Validate_DoesNotHold))));
            console.WriteLine();
        }

        if (report.CancunReplay.Count > 0)
        {
            console.Write(new Rule(Markup.Escape(Text(CliStrings.Validate_ReplayTitle))).LeftJustified());
            var language = Language.Culture.TwoLetterISOLanguageName;
            var labels = report.Issues.ToDictionary(x => x.Code, x => x.Labels.TryGetValue(language, out var l) ? l : x.Labels["en"], StringComparer.Ordinal);
            foreach (var r in report.CancunReplay)
            {
                var lines = new List<string>
                {
                    Fill(r.Objects ? CliStrings.Validate_ReplayObjects : CliStrings.Validate_ReplayAccepts, Group(r.Coalition), r.Dissatisfied, r.Members),
                };
                if (r.Losses.Count > 0)
                {
                    lines.Add(Fill(CliStrings.Validate_ReplayFarmers, string.Join(", ", r.Losses.Select(l => CommodityInSentence(l.Commodity, l.Name) + " (" + l.FarmersLoss.ToString("#,##0", Culture) + ")")), r.FarmersChange.ToString("+0.0%;-0.0%;0.0%", Culture)));
                }

                if (r.RedLines.Count > 0)
                {
                    lines.Add(Fill(CliStrings.Validate_ReplayRedLines, string.Join(", ", r.RedLines.Select(l => CommodityInSentence(l.Commodity, l.Name) + " (" + l.Members.ToString(Culture) + ")"))));
                }

                lines.Add(r.Unmet.Count > 0
                    ? Fill(CliStrings.Validate_ReplayIssues, string.Join("; ", r.Unmet.Select(u => labels.GetValueOrDefault(u, u))))
                    : Text(CliStrings.Validate_ReplayNoIssue));
                console.MarkupLine("[bold]" + Markup.Escape(r.Coalition) + "[/] " + Markup.Escape(string.Join(" ", lines)));
            }

            console.WriteLine();
        }

        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Validate_Settings)) + "[/]");
        foreach (var s in report.Settings)
        {
            console.MarkupLine("[grey]  " + Markup.Escape(s.Name + " = " + s.Value.ToString("0.###", Culture) + ": " + s.Source) + "[/]");
        }
    }

    private static string Number(double value) => value.ToString("0.000", Culture);

    private static string Mark(bool right) => right ? " ✓" : " ✗";

    private static string Passes(bool passes) => Text(passes ? CliStrings.Negotiate_Passes : CliStrings.Negotiate_Fails);

    private static string Word(Position position) => Text(position == Position.Object ? CliStrings.Validate_Object : CliStrings.Validate_Accept);

    private static string Verdict(RecordedVerdict verdict) => Text(verdict switch
    {
        RecordedVerdict.Adopted => CliStrings.Validate_Adopted,
        RecordedVerdict.NotAgreed => CliStrings.Validate_NotAgreed,
        RecordedVerdict.Failed => CliStrings.Validate_Failed,
        _ => CliStrings.Validate_Collapsed,
    });
}
