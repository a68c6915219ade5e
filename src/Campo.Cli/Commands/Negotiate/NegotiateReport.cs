using System.Text.RegularExpressions;
using Campo.Cli.Commands.Run;
using Campo.Cli.Resources;
using Campo.Data;
using Campo.Domain;
using Campo.Negotiation;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using Campo.Reports.Sections.Verdict;
using Campo.Reports.Views;
using Spectre.Console;
using static Campo.Cli.Infrastructure.CliText;

namespace Campo.Cli.Commands.Negotiate;

/// <summary>
/// The terminal report of <c>campo negotiate</c>: the verdict, who objects and why, coalitions and the record, on one
/// screen, in the language of the run. In English it prints the model's own sentences (verdict summary, reasons,
/// findings); in Spanish, French and Portuguese it builds them from the outcome's numbers and kinds with the HTML
/// report's words (<see cref="VerdictWords"/>).
/// </summary>
internal static partial class NegotiateReport
{
    private const int Top = 15;

    public static void Print(IAnsiConsole console, NegotiationOutcome outcome, MemberId? focus, Dataset? dataset)
    {
        Header(console, outcome);
        if (focus is { } member)
        {
            Member(console, outcome, member, dataset);
        }

        Objectors(console, outcome, dataset);
        NoData(console, outcome, dataset);
        Coalitions(console, outcome);
        Historical(console, outcome);
        if (outcome.Search is { } search)
        {
            Search(console, search);
        }

        if (outcome.Discovery is { } discovery)
        {
            Discovery(console, discovery);
        }

        Footer(console, outcome);
    }

    private static void Header(IAnsiConsole console, NegotiationOutcome outcome)
    {
        var d = outcome.Draft;
        console.Write(new Rule("[bold]" + Markup.Escape(d.Title) + "[/]").LeftJustified());
        var alternative = InEnglish ? d.Alternative : VerdictWords.Alternative(Report, d.Alternative);
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_Header, Format.Count(d.Members), Format.Date(d.MembersAt), alternative, string.Join(", ", outcome.Model.Coefficients.Select(c => CoefficientName(c.Name) + " " + Format.Number(c.Value, "0.00"))) + "; " + Text(CliStrings.Coef_Discipline) + " " + Format.Number(outcome.Model.Discipline, "0.##"))));
        var v = outcome.Verdict;
        string summary;
        if (InEnglish)
        {
            summary = v.Summary + (outcome.Robustness is { } r ? " " + Fill(CliStrings.Negotiate_Robust, Format.Count(r.Converged), r.Robust) : string.Empty);
        }
        else
        {
            summary = VerdictWords.Sentence(Report, outcome) + (outcome.Robustness is not null ? " " + VerdictWords.Robustness(Report, outcome) : string.Empty);
        }

        var verdict = Markup.Escape(Text(v.Passes ? CliStrings.Negotiate_Passes : CliStrings.Negotiate_Fails));
        console.MarkupLine((v.Passes ? "[bold green]" : "[bold red]") + verdict + "[/] " + Markup.Escape(summary));
        console.WriteLine();
    }

    private static void Member(IAnsiConsole console, NegotiationOutcome outcome, MemberId member, Dataset? dataset)
    {
        var m = outcome.Members.FirstOrDefault(x => x.Member == member);
        if (m is null)
        {
            console.MarkupLine("[yellow]" + Markup.Escape(Fill(CliStrings.Negotiate_NotMember, member.Code, Format.Date(outcome.Draft.MembersAt))) + "[/]");
            return;
        }

        console.Write(new Rule("[bold]" + Markup.Escape(m.Member.Code + ", " + Region(m.Member, m.Name, dataset)) + "[/]: " + Markup.Escape(Format.Status(m.Status) + ", " + Position(m.Position))).LeftJustified());
        if (m.Payoff is { } p)
        {
            console.MarkupLine(Markup.Escape(Fill(
                CliStrings.Negotiate_Payoff,
                Format.Money(p.Producer),
                Format.Money(p.Consumer),
                Format.Money(p.Government),
                Format.Money(p.QuotaRent),
                Format.Money(p.Exports),
                m.FarmOutput is { } output ? Format.Money(output) : "-",
                Format.Number(m.Index, "0.00"))));
        }

        foreach (var reason in m.Reasons)
        {
            console.MarkupLine(" - " + Markup.Escape(Said(outcome, m, reason, dataset)));
        }

        if (m.ObjectShare is { } share)
        {
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_ObjectsInDraws, Format.Share(share))));
        }

        if (Note(m) is { } note)
        {
            console.MarkupLine("[grey]" + Markup.Escape(note) + "[/]");
        }

        console.WriteLine();
    }

    private static void Objectors(IAnsiConsole console, NegotiationOutcome outcome, Dataset? dataset)
    {
        // Members sharing a market region share its payoff and reasons: one row each region, its other members named.
        var rows = NegotiationViews.Objectors(outcome);
        if (rows.Count == 0)
        {
            console.MarkupLine("[green]" + Markup.Escape(Text(CliStrings.Negotiate_NoObjection)) + "[/]");
            console.WriteLine();
            return;
        }

        var count = rows.Sum(r => r.Count);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Fill(CliStrings.Negotiate_ObjectorsTitle, Format.Count(count))));
        table.AddColumn(Text(CliStrings.Col_Member));
        table.AddColumn(Text(CliStrings.Col_Status));
        table.AddColumn(Text(CliStrings.Col_Coalitions));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Payoff)).RightAligned());
        table.AddColumn(Text(CliStrings.Col_Why));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_InDraws)).RightAligned());
        foreach (var line in rows.Take(Top))
        {
            var m = line.Member;
            var why = m.Reasons.Count == 0 ? "-" : string.Join(RunReport.ListSeparator, m.Reasons.Take(3).Select(r => Brief(outcome, m, r, dataset))) + (m.Reasons.Count > 3 ? " " + Fill(CliStrings.Negotiate_MoreReasons, Format.Count(m.Reasons.Count - 3)) : string.Empty);
            var name = m.Member.Code + " " + Shorten(Region(m.Member, m.Name, dataset), 16) + (line.Sharing.Count > 0 ? " + " + string.Join(" ", line.Sharing.Select(x => x.Member.Code)) : string.Empty);
            table.AddRow(
                Markup.Escape(name),
                Markup.Escape(Format.Status(m.Status)),
                Markup.Escape(line.Coalitions),
                Format.Number(m.Index, "0.00"),
                Markup.Escape(why),
                m.ObjectShare is { } s ? Format.Share(s) : "-");
        }

        console.Write(table);
        if (rows.Count > Top)
        {
            console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Negotiate_MoreObjectors, Format.Count(rows.Skip(Top).Sum(r => r.Count)))) + "[/]");
        }

        console.WriteLine();
    }

    private static void NoData(IAnsiConsole console, NegotiationOutcome outcome, Dataset? dataset)
    {
        var members = NegotiationViews.WithoutData(outcome);
        if (members.Count == 0)
        {
            return;
        }

        var list = string.Join(RunReport.ListSeparator, members.Select(m => m.Member.Code + " " + Region(m.Member, m.Name, dataset) + ": " + (m.Reasons.Count > 0 ? Said(outcome, m, m.Reasons[^1], dataset) : Position(m.Position))));
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_NoData, list)));
        console.WriteLine();
    }

    private static void Coalitions(IAnsiConsole console, NegotiationOutcome outcome)
    {
        if (outcome.Coalitions.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Text(CliStrings.Negotiate_CoalitionsTitle)));
        table.AddColumn(Text(CliStrings.Col_Coalition));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Members)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_ObjectingAlone)).RightAligned());
        table.AddColumn(Text(CliStrings.Col_Position));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_ObjectsInDraws)).RightAligned());
        foreach (var c in outcome.Coalitions)
        {
            table.AddRow(
                Markup.Escape(c.Code),
                Format.Count(c.Members),
                Markup.Escape(Fill(CliStrings.Negotiate_OfMembers, Format.Count(c.Objecting), Format.Count(c.Voting))),
                Markup.Escape(Position(c.Position)),
                c.ObjectShare is { } s ? Format.Share(s) : "-");
        }

        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(Text(CliStrings.Negotiate_CoalitionsNote)) + "[/]");
        console.WriteLine();
    }

    /// <summary>A coefficient of the decision model (the names of <c>DecisionModel.Names</c>) in the run's language.</summary>
    internal static string CoefficientName(string name) => name switch
    {
        "intercept" => Text(CliStrings.Coef_Intercept),
        "farmers" => Text(CliStrings.Coef_Farmers),
        "exports" => Text(CliStrings.Coef_Exports),
        "red_line" => Text(CliStrings.Coef_RedLine),
        "linkage" => Text(CliStrings.Coef_Linkage),
        _ => name,
    };

    private static void Historical(IAnsiConsole console, NegotiationOutcome outcome)
    {
        if (outcome.Historical is not { } h)
        {
            return;
        }

        if (InEnglish || outcome.Draft.MembersAt != HistoricalRecord.Cancun)
        {
            console.MarkupLine("[bold]" + Markup.Escape(Text(CliStrings.Negotiate_WhatHappened)) + "[/]: " + Markup.Escape(h.Event));
        }
        else
        {
            // The record of Cancún in the run's language; another event is the scenario's own text.
            console.MarkupLine(Markup.Escape(Report[nameof(Strings.Cancun_Event)]));
        }

        console.MarkupLine(Markup.Escape(InEnglish ? h.Finding : VerdictWords.HistoricalFinding(Report, h) + " " + VerdictWords.HistoricalMatch(Report, h)));
        var byCoalition = string.Join(RunReport.ListSeparator, h.ByCoalition.Select(c => Fill(
            CliStrings.Negotiate_CoalitionRecord,
            c.Code,
            Format.Count(c.PredictedToObject),
            Format.Count(c.Members),
            Format.Share(c.Share),
            Format.Share(c.ShareAlone))));
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_ByCoalition, byCoalition)));
        console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Negotiate_OwnPositions, Format.Share(h.ShareRejectersPredictedAlone), Format.Share(h.ShareOthersPredictedAlone))) + "[/]");
        console.WriteLine();
    }

    private static void Search(IAnsiConsole console, DraftSearchReport s)
    {
        console.Write(new Rule("[bold]" + Markup.Escape(Text(CliStrings.Negotiate_SearchTitle)) + "[/]").LeftJustified());
        console.MarkupLine("[grey]" + Markup.Escape(InEnglish ? s.Method : SearchMethod(s.Method)) + "[/]");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(Text(CliStrings.Col_Parameter));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Range)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Tabled)).RightAligned());
        table.AddColumn(new TableColumn(Text(CliStrings.Col_PassableRange)).RightAligned());
        foreach (var d in s.Dimensions)
        {
            table.AddRow(
                Markup.Escape(d.Name + ": " + (InEnglish ? d.Meaning : KnobMeaning(d.Name, d.Meaning))),
                Number(d.Low) + " - " + Number(d.High),
                d.Tabled is { } t ? Number(t) : Markup.Escape(Text(CliStrings.Negotiate_None)),
                d.PassableLow is { } lo ? Number(lo) + " - " + Number(d.PassableHigh!.Value) : "-");
        }

        console.Write(table);
        var share = Format.Number((s.Converged > 0 ? s.Passable / (double)s.Converged : 0) * 100, "0.#") + Format.PercentSign;
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_Passable, Format.Count(s.Passable), Format.Count(s.Converged), share, Describe(s, s.Tabled))));
        if (s.Nearest is { } nearest)
        {
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_Nearest, Describe(s, nearest))));
        }

        if (s.Refined is { } refined)
        {
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_Refined, Describe(s, refined))));
        }

        if (s.Best is { } best)
        {
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_Best, s.Objective, Describe(s, best))));
        }

        if (s.Passable == 0)
        {
            var blocking = string.Join(" ", s.Closest.Blocking.Take(20).Select(b => b.Code)) + (s.Closest.Blocking.Count > 20 ? " ..." : string.Empty);
            console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_NonePasses, Describe(s, s.Closest), blocking)));
        }

        if (s.Blockers.Count > 0)
        {
            var always = s.Blockers.Where(b => b.Share >= 1).ToArray();
            var text = always.Length > 1
                ? Fill(CliStrings.Negotiate_AlwaysObject, Format.Count(always.Length), string.Join(" ", always.Take(30).Select(b => b.Member.Code)) + (always.Length > 30 ? " ..." : string.Empty))
                : Fill(CliStrings.Negotiate_ObjectMostOften, string.Join(", ", s.Blockers.Take(10).Select(b => b.Member.Code + " " + Format.Share(b.Share))));
            console.MarkupLine(Markup.Escape(text + " " + Text(CliStrings.Negotiate_AllBlockers)));
        }

        if (s.Timing is { } timing)
        {
            var perCore = timing.CpuSeconds > 0 ? s.Drafts / timing.CpuSeconds * 60 : double.NaN;
            console.MarkupLine(Markup.Escape(Fill(
                CliStrings.Negotiate_Timing,
                Format.Count(s.Drafts),
                Format.Number(timing.Seconds, "0.0"),
                Format.Number(timing.DraftsPerMinute, "#,##0"),
                Format.Count(timing.Threads),
                Format.Number(timing.CpuSeconds, "0.0"),
                Format.Number(perCore, "#,##0"))));
        }

        console.WriteLine();
    }

    private static void Discovery(IAnsiConsole console, CoalitionDiscoveryReport d)
    {
        console.Write(new Rule("[bold]" + Markup.Escape(Text(CliStrings.Negotiate_DiscoveryTitle)) + "[/]").LeftJustified());
        var other = Text(CliStrings.Negotiate_OtherCoalition);
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_DiscoveryFinding, Format.Number(d.AdjustedRandIndex, "0.00"), Format.Count(d.Clusters))));
        var sensitivities = d.Sensitivities.Count == 0 ? Text(CliStrings.Negotiate_DiscoveryNoSensitivity) : string.Join(", ", d.Sensitivities);
        var features = Fill(CliStrings.Negotiate_DiscoveryFeatures, Format.Count(d.Commodities), Format.Count(d.Sensitivities.Count), sensitivities);
        var reference = Fill(CliStrings.Negotiate_DiscoveryReference, string.Join(", ", d.ReferenceCoalitions), other);
        console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Negotiate_DiscoveryUnits, Format.Count(d.Units), features, reference)) + "[/]");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(Text(CliStrings.Col_Cluster));
        table.AddColumn(new TableColumn(Text(CliStrings.Col_Size)).RightAligned());
        table.AddColumn(Text(CliStrings.Col_RealCoalitions));
        table.AddColumn(Markup.Escape(Text(CliStrings.Col_FirstMembers)));
        foreach (var c in d.Found)
        {
            table.AddRow(
                Format.Count(c.Cluster),
                Format.Count(c.Members.Count),
                Markup.Escape(string.Join(", ", c.Composition.OrderByDescending(x => x.Value).Select(x => (x.Key == "other" ? other : x.Key) + " " + Format.Count(x.Value)))),
                Markup.Escape(string.Join(" ", c.Members.Take(10).Select(m => m.Code)) + (c.Members.Count > 10 ? " ..." : string.Empty)));
        }

        console.Write(table);
        var cohesion = string.Join(RunReport.ListSeparator, d.Cohesion.Select(c => c.Code + " " + Format.Number(c.Spread, "0.00") + " (" + c.Farthest + ")"));
        console.MarkupLine(Markup.Escape(Fill(CliStrings.Negotiate_Cohesion, cohesion)));
        console.WriteLine();
    }

    private static void Footer(IAnsiConsole console, NegotiationOutcome outcome) =>
        console.MarkupLine("[grey]" + Markup.Escape(Fill(CliStrings.Negotiate_Footer, Format.Count(outcome.Assumptions.Count), Format.Count(outcome.Flagged.Count))) + "[/]");

    private static string Describe(DraftSearchReport s, SearchedDraft d) =>
        string.Join(", ", s.Dimensions.Select((dim, i) => dim.Name + " " + Number(d.Values[i])))
        + " " + Fill(CliStrings.Negotiate_DraftDetails, Format.Count(d.Objecting), s.Objective, Format.Money(d.Objective), Format.Number(d.Distance, "0.00"));

    private static string Number(double v) => Format.Number(v, Math.Abs(v) >= 100 ? "0" : Math.Abs(v) >= 10 ? "0.#" : "0.##");

    private static string Position(Negotiation.Position p) => Text(p == Negotiation.Position.Object ? CliStrings.Negotiate_Objects : CliStrings.Negotiate_Accepts);

    private static string Colour(double millions)
    {
        var text = Markup.Escape(Format.Money(millions));
        return millions < 0 ? "[red]" + text + "[/]" : millions > 0 ? "[green]" + text + "[/]" : text;
    }

    /// <summary>Whether the run speaks English: then the model's own sentences are printed as it writes them.</summary>
    private static bool InEnglish => Language == ReportLanguage.English;

    /// <summary>A reason in full: the model's sentence in English, the report's words in the other languages.</summary>
    private static string Said(NegotiationOutcome outcome, MemberVerdict member, Reason reason, Dataset? dataset) =>
        InEnglish ? reason.Text : VerdictWords.Reason(new ReportContext(Report, dataset), outcome, member, reason);

    /// <summary>How the search sampled and judged its drafts, from the model's English sentence, in words; the sentence itself when it has another form.</summary>
    private static string SearchMethod(string method)
    {
        var grid = GridMethod().Match(method);
        var hypercube = HypercubeMethod().Match(method);
        var threads = ThreadsMethod().Match(method);
        if (!threads.Success || !(grid.Success || hypercube.Success))
        {
            return method;
        }

        static string Whole(Group g) => Format.Count(long.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture));
        var sampled = grid.Success
            ? Fill(CliStrings.Negotiate_MethodGrid, Whole(grid.Groups[1]), Whole(grid.Groups[2]))
            : Fill(CliStrings.Negotiate_MethodHypercube, Whole(hypercube.Groups[1]), hypercube.Groups[2].Value);
        return sampled + Fill(CliStrings.Negotiate_MethodJudged, Whole(threads.Groups[1]))
            + (method.Contains(" Package issues change ", StringComparison.Ordinal) ? Text(CliStrings.Negotiate_MethodPackage) : string.Empty);
    }

    /// <summary>What a searched draft parameter sets, in words; the model's English for a parameter this does not know.</summary>
    private static string KnobMeaning(string name, string meaning) => name switch
    {
        "swiss" => Text(CliStrings.Negotiate_KnobSwiss),
        "cuts" => Text(CliStrings.Negotiate_KnobCuts),
        "cap" => Text(CliStrings.Negotiate_KnobCap),
        "special" => Text(CliStrings.Negotiate_KnobSpecial),
        "sdt" => Text(CliStrings.Negotiate_KnobSdt),
        "support" => Text(CliStrings.Negotiate_KnobSupport),
        "export_end" => Text(CliStrings.Negotiate_KnobExportEnd),
        _ when Negotiation.Record.NegotiationRecord.Shipped(_ => true).Issues.TryGetValue(name, out var issue) =>
            Fill(CliStrings.Negotiate_KnobIssue, issue.Labels.TryGetValue(Language.Culture.TwoLetterISOLanguageName, out var label) ? label : issue.Labels["en"]),
        _ => meaning,
    };

    [GeneratedRegex(@"^Full grid of (\d+) points per parameter \((\d+) drafts\)")]
    private static partial Regex GridMethod();

    [GeneratedRegex(@"^Latin hypercube of (\d+) drafts \(seed (\d+)\)")]
    private static partial Regex HypercubeMethod();

    [GeneratedRegex(@" on (\d+) threads; nearest = ")]
    private static partial Regex ThreadsMethod();

    /// <summary>The assumption behind a member's payoff, in words (the model writes it in English), or null.</summary>
    private static string? Note(MemberVerdict m)
    {
        if (InEnglish || m.Note is not { } note)
        {
            return m.Note;
        }

        var region = m.Region?.Code ?? string.Empty;
        return m.PayoffSource switch
        {
            PayoffSource.RepresentedByEu => Text(CliStrings.Negotiate_NoteEu),
            PayoffSource.NoData => Text(CliStrings.Negotiate_NoteNoData),
            PayoffSource.SharedRegion when note.StartsWith("not yet an EU member state", StringComparison.Ordinal) => Fill(CliStrings.Negotiate_NoteNotYetEu, region),
            PayoffSource.SharedRegion when note.StartsWith("part of the aggregate region", StringComparison.Ordinal) => Fill(CliStrings.Negotiate_NoteAggregate, region),
            _ => note,
        };
    }

    /// <summary>A reason in a few words for the table; the full text is in --member, --json and --out.</summary>
    private static string Brief(NegotiationOutcome outcome, MemberVerdict member, Reason reason, Dataset? dataset) => reason.Kind switch
    {
        ReasonKind.Payoff => Fill(CliStrings.Negotiate_ReasonPayoff, Format.Change(reason.Size ?? 0)),
        ReasonKind.PriceRedLine => Fill(CliStrings.Negotiate_ReasonPrice, Named(reason.Commodity), Format.Change(reason.Size ?? 0)),
        ReasonKind.SurgeRedLine => Fill(CliStrings.Negotiate_ReasonSurge, Named(reason.Commodity), reason.Size is { } rise ? Format.Change(rise) : Text(CliStrings.Negotiate_ReasonNew)),
        ReasonKind.Represented => Text(CliStrings.Negotiate_ReasonEu),
        _ => Shorten(Said(outcome, member, reason, dataset), 40),
    };

    private static string Named(CommodityId? commodity) => commodity is { } id ? CommodityInSentence(id, id.Code) : "?";

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
