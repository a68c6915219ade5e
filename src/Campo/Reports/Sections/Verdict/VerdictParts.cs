using Campo.Negotiation;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using Campo.Reports.Views;
using static Campo.Reports.Sections.ReportParts;
using static Campo.Reports.Sections.Verdict.VerdictWords;

namespace Campo.Reports.Sections.Verdict;

/// <summary>
/// The parts of a negotiation's report, each written under a heading of the level given: "h2" in the report of
/// <c>campo negotiate</c>, where each part is a section, "h3" inside the verdict section of a draft's report.
/// Every number sits in a table cell with its exact value (<c>data-value</c>), as <c>campo negotiate --json</c> prints it.
/// </summary>
public static class VerdictParts
{
    /// <summary>Objector rows shown before the rest are folded.</summary>
    public const int Shown = 15;

    /// <summary>The verdict in one sentence, why members object, the focus member's position, its robustness and the figures.</summary>
    public static void Verdict(HtmlBuilder html, NegotiationOutcome outcome, ReportContext context, string level)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var d = outcome.Draft;
        Title(html, level, t[nameof(Strings.Verdict_Title)], t.Fill(nameof(Strings.Verdict_Lead), t.Format.Count(d.Members), t.Format.Date(d.MembersAt), Alternative(t, d.Alternative)));
        html.Element("p", Sentence(t, outcome), ("class", "lead verdict " + (outcome.Verdict.Passes ? "gain" : "loss")), ("id", level == "h2" ? null : "verdict-sentence"));
        if (Why(t, outcome) is { } why)
        {
            html.Element("p", why);
        }

        if (context.Focus is { } focus && outcome.Members.FirstOrDefault(m => m.Member == focus) is { } member)
        {
            var name = MemberName(context, member.Member, member.Name);
            var text = t.Fill(member.Position == Negotiation.Position.Object ? nameof(Strings.Verdict_FocusObjects) : nameof(Strings.Verdict_FocusAccepts), name);
            if (member.Reasons.Count > 0)
            {
                text += " " + Reasons(context, outcome, member) + ".";
            }

            if (member.ObjectShare is { } share)
            {
                text += " " + t.Fill(nameof(Strings.Verdict_FocusShare), t.Format.Rate(share));
            }

            html.Element("p", text);
        }

        html.Element("p", Robustness(t, outcome));
        var v = outcome.Verdict;
        var rows = new List<IReadOnlyList<Cell>>
        {
            new[] { Label(t[nameof(Strings.Verdict_RowMembers)], "members"), Count(context, d.Members) },
            new[] { Label(t[nameof(Strings.Verdict_RowObjecting)], "objecting"), Count(context, v.Objecting) },
            new[] { Label(t[nameof(Strings.Verdict_RowAccepting)], "accepting"), Count(context, v.Accepting) },
            new[] { Label(t[nameof(Strings.Verdict_RowBlocking)], "blocking"), Count(context, v.Blocking.Count) },
        };
        if (outcome.Robustness is { } r)
        {
            rows.Add([Label(t[nameof(Strings.Verdict_RowDraws)], "converged"), Count(context, r.Converged)]);
            rows.Add([Label(t[nameof(Strings.Verdict_RowPassShare)], "pass-share"), Share(context, r.PassShare)]);
        }

        Table(html, t[nameof(Strings.Verdict_FiguresCaption)], [(t[nameof(Strings.Col_What)], false), (t[nameof(Strings.Col_Number)], true)], rows, "verdict-figures");
    }

    /// <summary>Who objects and why: members sharing a market region in one row, the largest stakes first, the rest folded.</summary>
    public static void Objectors(HtmlBuilder html, NegotiationOutcome outcome, ReportContext context, string level)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var groups = NegotiationViews.Objectors(outcome);
        Title(html, level, t[nameof(Strings.Objectors_Title)], t[nameof(Strings.Objectors_Lead)]);
        if (groups.Count == 0)
        {
            html.Element("p", t[nameof(Strings.Objectors_None)]);
            return;
        }

        var eu = outcome.Members.Count(m => m.PayoffSource == PayoffSource.RepresentedByEu && m.Position == Negotiation.Position.Object);
        if (eu > 0)
        {
            html.Element("p", t.Fill(nameof(Strings.Objectors_Eu), t.Format.Count(eu)), ("class", "note"));
        }

        IReadOnlyList<(string, bool)> headers =
        [
            (t[nameof(Strings.Col_Member)], false), (t[nameof(Strings.Col_Status)], false), (t[nameof(Strings.Col_Coalitions)], false),
            (t[nameof(Strings.Col_WeightedPayoff)], true), (t[nameof(Strings.Col_Why)], false), (t[nameof(Strings.Col_ObjectsInDraws)], true),
        ];
        Table(html, t.Fill(nameof(Strings.Objectors_Caption), t.Format.Count(groups.Sum(g => g.Count))), headers, groups.Take(Shown).Select(g => ObjectorRow(context, outcome, g)), "objectors");
        if (groups.Count > Shown)
        {
            var rest = groups.Skip(Shown).ToArray();
            html.Open("details");
            html.Element("summary", t.Fill(nameof(Strings.Objectors_More), t.Format.Count(rest.Sum(g => g.Count))));
            Table(html, t[nameof(Strings.Objectors_MoreCaption)], headers, rest.Select(g => ObjectorRow(context, outcome, g)), "objectors-more");
            html.Close();
        }
    }

    /// <summary>The coalitions' positions under the rule.</summary>
    public static void Coalitions(HtmlBuilder html, NegotiationOutcome outcome, ReportContext context, string level)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(context);
        if (outcome.Coalitions.Count == 0)
        {
            return;
        }

        var t = context.Text;
        Title(html, level, t[nameof(Strings.Coalitions_Title)], t.Fill(nameof(Strings.Coalitions_Lead), t.Format.Rate(outcome.Model.Discipline)));
        Table(
            html,
            t[nameof(Strings.Coalitions_Caption)],
            [(t[nameof(Strings.Col_Coalition)], false), (t[nameof(Strings.Col_MembersPresent)], true), (t[nameof(Strings.Col_WithPosition)], true), (t[nameof(Strings.Col_ObjectingAlone)], true), (t[nameof(Strings.Col_Position)], false), (t[nameof(Strings.Col_ObjectsInDraws)], true)],
            outcome.Coalitions.Select(c => (IReadOnlyList<Cell>)
            [
                Label(t.Group(c.Code), c.Code),
                Count(context, c.Members),
                Count(context, c.Voting),
                Count(context, c.Objecting),
                Label(PositionWord(t, c.Position)),
                Share(context, c.ObjectShare),
            ]),
            "coalitions");
    }

    /// <summary>The prediction against what happened at Cancún, when the draft is the Cancún replay.</summary>
    public static void Historical(HtmlBuilder html, NegotiationOutcome outcome, ReportContext context, string level)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(context);
        if (outcome.Historical is not { } h)
        {
            return;
        }

        var t = context.Text;
        var cancun = outcome.Draft.MembersAt == HistoricalRecord.Cancun;
        Title(html, level, t[nameof(Strings.Cancun_Title)]);
        if (cancun)
        {
            html.Element("p", t[nameof(Strings.Cancun_Event)]);
        }
        else
        {
            html.Element("p", h.Event, ("lang", "en"));
        }

        html.Element("p", HistoricalFinding(t, h));
        html.Element("p", HistoricalMatch(t, h));
        var rows = h.ByCoalition.Select(c => (IReadOnlyList<Cell>)
            [Label(t.Group(c.Code), c.Code), Count(context, c.Members), Label(t[nameof(Strings.Verdict_Objects)]), Count(context, c.PredictedToObject), Share(context, c.Share), Share(context, c.ShareAlone)])
            .Append([Label(t[nameof(Strings.Cancun_AllRejecters)], "rejecters"), Count(context, h.Rejecters), Label(t[nameof(Strings.Verdict_Objects)]), Count(context, h.RejectersPredictedToObject), Share(context, h.ShareRejectersPredicted), Share(context, h.ShareRejectersPredictedAlone)])
            .Append([Label(t[nameof(Strings.Cancun_Others)], "others"), Count(context, h.Others), Label(t[nameof(Strings.Verdict_Accepts)]), Count(context, h.OthersPredictedToAccept), Share(context, h.ShareOthersPredicted), Share(context, h.ShareOthersPredictedAlone)]);
        Table(
            html,
            t[nameof(Strings.Cancun_Caption)],
            [(t[nameof(Strings.Col_Group)], false), (t[nameof(Strings.Col_MembersPresent)], true), (t[nameof(Strings.Col_Recorded)], false), (t[nameof(Strings.Col_PredictedAsRecorded)], true), (t[nameof(Strings.Col_Share)], true), (t[nameof(Strings.Col_ShareAlone)], true)],
            rows,
            "cancun");
        html.Open("details");
        html.Element("summary", t[nameof(Strings.Cancun_Sources)]);
        html.Open("ul", ("lang", "en"));
        foreach (var source in h.Sources)
        {
            html.Element("li", source);
        }

        html.Close().Close();
    }

    /// <summary>Why each objecting coalition objects, in a farmers' organisation's words (the Cancún replay for the Cancún draft).</summary>
    public static void Replay(HtmlBuilder html, NegotiationOutcome outcome, ReportContext context, string level)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        Title(html, level, t[nameof(Strings.Replay_Title)]);
        if (outcome.Replay.Count == 0)
        {
            html.Element("p", t[nameof(Strings.Replay_None)]);
            return;
        }

        var issues = Negotiation.Record.NegotiationRecord.Shipped(_ => true).Issues;
        string Issue(string code) => issues.TryGetValue(code, out var i) ? i.Labels.GetValueOrDefault(t.Language.Code) ?? i.Labels["en"] : code;
        string Commodity(Domain.CommodityId id, string name) => t.CommodityInSentence(id, context.Dataset?.FindCommodity(id)?.Name ?? name);
        html.Open("ul", ("class", "coalition-replay"));
        foreach (var r in outcome.Replay)
        {
            var words = new List<string> { t.Fill(nameof(Strings.Replay_Objects), t.Group(r.Coalition), t.Format.Count(r.Dissatisfied), t.Format.Count(r.Members)) };
            if (r.Losses.Count > 0)
            {
                words.Add(t.Fill(nameof(Strings.Replay_Losses), string.Join(t[nameof(Strings.Word_ListSeparator)], r.Losses.Select(l => Commodity(l.Commodity, l.Name) + " " + t.Format.Number(l.FarmersLoss, 0)))));
            }

            words.Add(t.Fill(nameof(Strings.Replay_Median), t.Format.Change(r.FarmersChange)));
            if (r.RedLines.Count > 0)
            {
                words.Add(t.Fill(nameof(Strings.Replay_RedLines), string.Join(t[nameof(Strings.Word_ListSeparator)], r.RedLines.Select(l => t.Fill(nameof(Strings.Replay_RedLineCount), Commodity(l.Commodity, l.Name), t.Format.Count(l.Members))))));
            }

            if (r.Unmet.Count > 0)
            {
                words.Add(t.Fill(nameof(Strings.Replay_Unmet), string.Join(t[nameof(Strings.Word_ListSeparator)], r.Unmet.Select(Issue))));
            }

            html.Element("li", string.Join(" ", words), ("data-key", r.Coalition));
        }

        html.Close();
    }

    /// <summary>What the verdict rests on: the decision model's coefficients, members without data, the model's stated assumptions.</summary>
    public static void Assumptions(HtmlBuilder html, NegotiationOutcome outcome, ReportContext context, string level)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        Title(html, level, t[nameof(Strings.VerdictAssumptions_Title)], t[nameof(Strings.VerdictAssumptions_Lead)]);
        Table(
            html,
            t[nameof(Strings.VerdictAssumptions_PreferencesCaption)],
            [(t[nameof(Strings.Col_Preferences)], false), (t[nameof(Strings.Col_Estimate)], true), (t[nameof(Strings.Col_StandardError)], true)],
            outcome.Model.Coefficients.Select(c => (IReadOnlyList<Cell>)
            [
                Label(c.Name, c.Name),
                new Cell(t.Format.Number(c.Value, 3), c.Value, "num"),
                c.StandardError is { } se ? new Cell(t.Format.Number(se, 3), se, "num") : new Cell(ReportFormat.Missing, null, "num"),
            ]),
            "coefficients");
        var noData = NegotiationViews.WithoutData(outcome);
        if (noData.Count > 0)
        {
            var items = noData.Select(m => MemberName(context, m.Member, m.Name) + " (" + m.Member.Code + "): " + PositionWord(t, m.Position));
            html.Element("p", t.Fill(nameof(Strings.VerdictAssumptions_NoData), t.Format.Count(noData.Count), string.Join(t[nameof(Strings.Word_ListSeparator)], items)));
        }

        html.Open("details");
        html.Element("summary", t.Fill(nameof(Strings.VerdictAssumptions_Stated), t.Format.Count(outcome.Assumptions.Count)));
        html.Open("ul", ("lang", "en"), ("class", "negotiation-assumptions"));
        foreach (var assumption in outcome.Assumptions)
        {
            html.Element("li", assumption);
        }

        html.Close().Close();
    }

    private static IReadOnlyList<Cell> ObjectorRow(ReportContext context, NegotiationOutcome outcome, ObjectorLine line)
    {
        var t = context.Text;
        var m = line.Member;
        var name = MemberName(context, m.Member, m.Name) + " (" + m.Member.Code + ")";
        if (line.Sharing.Count > 0)
        {
            name += " " + t.Fill(nameof(Strings.Objectors_With), string.Join(" ", line.Sharing.Select(x => x.Member.Code)));
        }

        return
        [
            Label(name, m.Member.Code),
            Label(t.Status(m.Status)),
            Label(line.Coalitions),
            new Cell(context.Format.Number(m.Index, 2), m.Index, "num"),
            Label(Reasons(context, outcome, m)),
            Share(context, m.ObjectShare),
        ];
    }
}
