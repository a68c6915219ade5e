using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Domain;
using Campo.Negotiation;
using Spectre.Console;

namespace Campo.Cli.Commands.Negotiate;

/// <summary>The terminal report of <c>campo negotiate</c>: the verdict, who objects and why, coalitions and the record, on one screen.</summary>
internal static class NegotiateReport
{
    private const int Top = 15;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(IAnsiConsole console, NegotiationOutcome outcome, MemberId? focus)
    {
        Header(console, outcome);
        if (focus is { } member)
        {
            Member(console, outcome, member);
        }

        Objectors(console, outcome);
        NoData(console, outcome);
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
        console.MarkupLine(Markup.Escape(string.Create(Invariant, $"{d.Members} WTO members on {d.MembersAt:yyyy-MM-dd} decide by consensus; each government judges the draft against {d.Alternative}. Weights: {d.Weights}; coalition rule: {d.CoalitionRule}.")));
        var v = outcome.Verdict;
        var robust = outcome.Robustness is { } r ? " Over " + r.Converged.ToString(Invariant) + " draws of the elasticities: " + r.Robust + "." : string.Empty;
        console.MarkupLine((v.Passes ? "[bold green]PASSES[/] " : "[bold red]FAILS[/] ") + Markup.Escape(v.Summary + robust));
        console.WriteLine();
    }

    private static void Member(IAnsiConsole console, NegotiationOutcome outcome, MemberId member)
    {
        var m = outcome.Members.FirstOrDefault(x => x.Member == member);
        if (m is null)
        {
            console.MarkupLine("[yellow]" + Markup.Escape(member + " is not a WTO member on " + outcome.Draft.MembersAt.ToString("yyyy-MM-dd", Invariant) + ".") + "[/]");
            return;
        }

        console.Write(new Rule("[bold]" + Markup.Escape(m.Member + ", " + m.Name) + "[/]: " + Markup.Escape(Format.Status(m.Status) + ", " + Position(m.Position))).LeftJustified());
        if (m.Payoff is { } p)
        {
            console.MarkupLine(Markup.Escape(string.Create(Invariant, $"Payoff against the alternative (million USD a year): farmers {Format.Money(p.Producer)}, consumers {Format.Money(p.Consumer)}, treasury {Format.Money(p.Government)}, quota rents {Format.Money(p.QuotaRent)}, exports {Format.Money(p.Exports)}; weighted {Format.Money(m.WeightedGain ?? 0)}.")));
        }

        foreach (var reason in m.Reasons)
        {
            console.MarkupLine(" - " + Markup.Escape(reason.Text));
        }

        if (m.ObjectShare is { } share)
        {
            console.MarkupLine(Markup.Escape(string.Create(Invariant, $"Objects in {share:0%} of the draws.")));
        }

        console.MarkupLine("[grey]" + Markup.Escape(m.Preferences + (m.Note is { } note ? ". " + note : string.Empty)) + "[/]");
        console.WriteLine();
    }

    private static void Objectors(IAnsiConsole console, NegotiationOutcome outcome)
    {
        // Members sharing a market region share its payoff and reasons: one row each region, its other members named.
        var rows = outcome.Members.Where(m => m.Position == Negotiation.Position.Object && m.PayoffSource != PayoffSource.RepresentedByEu)
            .GroupBy(m => (m.Region?.Code ?? m.Member.Code, m.Own))
            .Select(g => g.OrderByDescending(m => m.PayoffSource == PayoffSource.OwnRegion).ThenBy(m => m.Member).ToArray())
            .OrderByDescending(g => Math.Abs(g[0].WeightedGain ?? 0)).ThenBy(g => g[0].Member)
            .ToArray();
        if (rows.Length == 0)
        {
            console.MarkupLine("[green]No member objects.[/]");
            console.WriteLine();
            return;
        }

        var count = rows.Sum(r => r.Length);
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape(string.Create(Invariant, $"Who objects and why: {count} members speaking for themselves, largest stakes first")));
        table.AddColumn("member");
        table.AddColumn("status");
        table.AddColumn("coalitions");
        table.AddColumn(new TableColumn("payoff").RightAligned());
        table.AddColumn("why");
        table.AddColumn(new TableColumn("in draws").RightAligned());
        foreach (var group in rows.Take(Top))
        {
            var m = group[0];
            var why = m.Reasons.Count == 0 ? "-" : string.Join("; ", m.Reasons.Take(3).Select(Brief)) + (m.Reasons.Count > 3 ? " (+" + (m.Reasons.Count - 3).ToString(Invariant) + " more)" : string.Empty);
            var name = m.Member.Code + " " + Shorten(m.Name, 16) + (group.Length > 1 ? " + " + string.Join(" ", group.Skip(1).Select(x => x.Member.Code)) : string.Empty);
            table.AddRow(
                Markup.Escape(name),
                Markup.Escape(Format.Status(m.Status)),
                Markup.Escape(string.Join(" ", m.Coalitions.Where(c => c is "G20" or "G33" or "G90" or "C4" or "CAIRNS"))),
                m.WeightedGain is { } g ? Colour(g) : "-",
                Markup.Escape(why),
                m.ObjectShare is { } s ? s.ToString("0%", Invariant) : "-");
        }

        console.Write(table);
        if (rows.Length > Top)
        {
            console.MarkupLine("[grey]" + Markup.Escape(string.Create(Invariant, $"... and {rows.Skip(Top).Sum(r => r.Length)} more: every member's verdict and reasons with --json or --out FILE.csv; one member's with --member CODE.")) + "[/]");
        }

        console.WriteLine();
    }

    private static void NoData(IAnsiConsole console, NegotiationOutcome outcome)
    {
        var members = outcome.Members.Where(m => m.PayoffSource == PayoffSource.NoData).ToArray();
        if (members.Length == 0)
        {
            return;
        }

        console.MarkupLine(Markup.Escape("Without market data (no payoff; reported apart): " + string.Join("; ", members.Select(m => m.Member.Code + " " + m.Name + ": " + (m.Reasons.LastOrDefault()?.Text ?? Position(m.Position))))));
        console.WriteLine();
    }

    private static void Coalitions(IAnsiConsole console, NegotiationOutcome outcome)
    {
        if (outcome.Coalitions.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Coalitions with a common position");
        table.AddColumn("coalition");
        table.AddColumn(new TableColumn("members").RightAligned());
        table.AddColumn(new TableColumn("objecting alone").RightAligned());
        table.AddColumn("position");
        table.AddColumn(new TableColumn("objects in draws").RightAligned());
        foreach (var c in outcome.Coalitions)
        {
            table.AddRow(
                Markup.Escape(c.Code),
                c.Members.ToString(Invariant),
                Markup.Escape(c.Objecting.ToString(Invariant) + " of " + c.Voting.ToString(Invariant)),
                Markup.Escape(Position(c.Position) + (outcome.Draft.CoalitionRule == "none" ? " (majority, information only)" : string.Empty)),
                c.ObjectShare is { } s ? s.ToString("0%", Invariant) : "-");
        }

        console.Write(table);
        console.WriteLine();
    }

    private static void Historical(IAnsiConsole console, NegotiationOutcome outcome)
    {
        if (outcome.Historical is not { } h)
        {
            return;
        }

        console.MarkupLine("[bold]What happened[/]: " + Markup.Escape(h.Event));
        console.MarkupLine(Markup.Escape(h.Finding));
        console.MarkupLine(Markup.Escape(string.Create(Invariant, $"By coalition (final / own positions): ") + string.Join("; ", h.ByCoalition.Select(c => string.Create(Invariant, $"{c.Code} {c.PredictedToObject} of {c.Members} object ({c.Share:0%} / {c.ShareAlone:0%})")))));
        console.MarkupLine("[grey]" + Markup.Escape(string.Create(Invariant, $"Own positions before coalition rules: {h.ShareRejectersPredictedAlone:0%} of the rejecters object, {h.ShareOthersPredictedAlone:0%} of the others accept. Sources in --json (historical.sources).")) + "[/]");
        console.WriteLine();
    }

    private static void Search(IAnsiConsole console, DraftSearchReport s)
    {
        console.Write(new Rule("[bold]Draft search[/]").LeftJustified());
        console.MarkupLine("[grey]" + Markup.Escape(s.Method) + "[/]");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("parameter");
        table.AddColumn(new TableColumn("range").RightAligned());
        table.AddColumn(new TableColumn("tabled").RightAligned());
        table.AddColumn(new TableColumn("passable range").RightAligned());
        foreach (var d in s.Dimensions)
        {
            table.AddRow(
                Markup.Escape(d.Name + ": " + d.Meaning),
                Number(d.Low) + " - " + Number(d.High),
                d.Tabled is { } t ? Number(t) : "none",
                d.PassableLow is { } lo ? Number(lo) + " - " + Number(d.PassableHigh!.Value) : "-");
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(string.Create(Invariant, $"Passable drafts: {s.Passable} of {s.Converged} ({(s.Converged > 0 ? s.Passable / (double)s.Converged : 0):0.#%}); tabled draft: {Describe(s, s.Tabled)}.")));
        if (s.Nearest is { } nearest)
        {
            console.MarkupLine(Markup.Escape("Nearest passable draft: " + Describe(s, nearest) + "."));
        }

        if (s.Best is { } best)
        {
            console.MarkupLine(Markup.Escape("Best passable draft for " + s.Objective + ": " + Describe(s, best) + "."));
        }

        if (s.Passable == 0)
        {
            console.MarkupLine(Markup.Escape("No draft in the range passes. Closest to consensus: " + Describe(s, s.Closest) + "; still blocking: " + string.Join(" ", s.Closest.Blocking.Take(20).Select(b => b.Code)) + (s.Closest.Blocking.Count > 20 ? " ..." : string.Empty) + "."));
        }

        if (s.Blockers.Count > 0)
        {
            var always = s.Blockers.Where(b => b.Share >= 1).ToArray();
            var text = always.Length > 1
                ? always.Length.ToString(Invariant) + " members object in every draft: " + string.Join(" ", always.Take(30).Select(b => b.Member.Code)) + (always.Length > 30 ? " ..." : string.Empty)
                : "Object most often: " + string.Join(", ", s.Blockers.Take(10).Select(b => b.Member.Code + " " + b.Share.ToString("0%", Invariant)));
            console.MarkupLine(Markup.Escape(text + " (all in --json, search.blockers)."));
        }

        if (s.Timing is { } timing)
        {
            var perCore = timing.CpuSeconds > 0 ? s.Drafts / timing.CpuSeconds * 60 : double.NaN;
            console.MarkupLine(Markup.Escape(string.Create(Invariant, $"Timing: {s.Drafts} drafts in {timing.Seconds:0.0} s, {timing.DraftsPerMinute:#,##0} drafts a minute on {timing.Threads} threads, schedules to verdict; {timing.CpuSeconds:0.0} processor seconds, {perCore:#,##0} drafts a minute per busy core (noisy: it depends on the machine's load).")));
        }

        console.WriteLine();
    }

    private static void Discovery(IAnsiConsole console, CoalitionDiscoveryReport d)
    {
        console.Write(new Rule("[bold]Coalition discovery[/]").LeftJustified());
        console.MarkupLine(Markup.Escape(d.Finding));
        console.MarkupLine("[grey]" + Markup.Escape(string.Create(Invariant, $"{d.Units} members with a market region of their own; features: {d.Features}. Reference: {d.Reference}.")) + "[/]");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("cluster");
        table.AddColumn(new TableColumn("size").RightAligned());
        table.AddColumn("real coalitions inside");
        table.AddColumn("members (first 10)");
        foreach (var c in d.Found)
        {
            table.AddRow(
                c.Cluster.ToString(Invariant),
                c.Members.Count.ToString(Invariant),
                Markup.Escape(string.Join(", ", c.Composition.OrderByDescending(x => x.Value).Select(x => x.Key + " " + x.Value.ToString(Invariant)))),
                Markup.Escape(string.Join(" ", c.Members.Take(10).Select(m => m.Code)) + (c.Members.Count > 10 ? " ..." : string.Empty)));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape("Spread of each real coalition (1 = as spread as all members) and its likeliest defector: " + string.Join("; ", d.Cohesion.Select(c => string.Create(Invariant, $"{c.Code} {c.Spread:0.00} ({c.Farthest})")))));
        console.WriteLine();
    }

    private static void Footer(IAnsiConsole console, NegotiationOutcome outcome)
    {
        var flagged = outcome.Flagged.Count;
        console.MarkupLine("[grey]" + Markup.Escape(string.Create(Invariant, $"Rests on {outcome.Assumptions.Count} stated assumptions (weights, red lines from the Rev.4 safeguard triggers, aggregate regions, EU representation, members without data, coalition lists) and {flagged} draft numbers marked assumption or to verify; all of them, and every member's reasons, with --json. Money in million US dollars a year at 2005 prices.")) + "[/]");
    }

    private static string Describe(DraftSearchReport s, SearchedDraft d) =>
        string.Join(", ", s.Dimensions.Select((dim, i) => dim.Name + " " + Number(d.Values[i])))
        + string.Create(Invariant, $" ({d.Objecting} objecting; {s.Objective} {Format.Money(d.Objective)}; distance {d.Distance:0.00})");

    private static string Number(double v) => v.ToString(Math.Abs(v) >= 100 ? "0" : "0.#", Invariant);

    private static string Position(Negotiation.Position p) => p == Negotiation.Position.Object ? "objects" : "accepts";

    private static string Colour(double millions)
    {
        var text = Markup.Escape(Format.Money(millions));
        return millions < 0 ? "[red]" + text + "[/]" : millions > 0 ? "[green]" + text + "[/]" : text;
    }

    /// <summary>A reason in a few words for the table; the full text is in --member, --json and --out.</summary>
    private static string Brief(Reason reason) => reason.Kind switch
    {
        ReasonKind.Payoff => "payoff " + Format.Money(reason.Size ?? 0),
        ReasonKind.PriceRedLine => (reason.Commodity?.Code ?? "?") + " price " + Format.Change(reason.Size ?? 0),
        ReasonKind.SurgeRedLine => (reason.Commodity?.Code ?? "?") + " imports " + (reason.Size is { } rise ? Format.Change(rise) : "new"),
        ReasonKind.Represented => "through EUN",
        _ => Shorten(reason.Text, 40),
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
