using Campo.Domain;
using Campo.Negotiation;
using Campo.Reports.Html;
using Campo.Reports.Localization;

namespace Campo.Reports.Sections.Verdict;

/// <summary>
/// The negotiation's outcome in the reader's language: the verdict in one sentence, its robustness over the draws,
/// each member's reasons in plain words. Built from the outcome's numbers and kinds, not from the model's English
/// sentences, which the report shows only where it says they are in English.
/// </summary>
public static class VerdictWords
{
    /// <summary>The verdict in one sentence.</summary>
    public static string Sentence(ReportText t, NegotiationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(outcome);
        var v = outcome.Verdict;
        if (v.Passes)
        {
            return t.Fill(nameof(Strings.Verdict_Passes), t.Format.Count(outcome.Draft.Members));
        }

        var sentence = t.Fill(nameof(Strings.Verdict_Fails), t.Format.Count(v.Objecting), t.Format.Count(outcome.Draft.Members), t.Format.Count(v.Blocking.Count));
        if (v.BlockingCoalitions.Count > 0)
        {
            sentence += " " + t.Fill(nameof(Strings.Verdict_FailsCoalitions), string.Join(", ", v.BlockingCoalitions.Select(t.Group)));
        }

        return sentence;
    }

    /// <summary>How robust the verdict is over the Monte Carlo draws, in words.</summary>
    public static string Robustness(ReportText t, NegotiationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Robustness is not { } r)
        {
            return t[nameof(Strings.Verdict_NoDraws)];
        }

        if (r.Converged == 0)
        {
            return t.Fill(nameof(Strings.Verdict_NoDrawConverged), t.Format.Count(r.Draws));
        }

        var verdict = r.PassShare switch
        {
            <= 0 => t[nameof(Strings.Verdict_FailsEveryDraw)],
            >= 1 => t[nameof(Strings.Verdict_PassesEveryDraw)],
            _ => t[nameof(Strings.Verdict_DependsOnDraws)],
        };
        return t.Fill(nameof(Strings.Verdict_Robustness), t.Format.Count(r.Draws), t.Format.Count(r.Converged), r.Seed, t.Format.Rate(r.PassShare), verdict);
    }

    /// <summary>Why the members speaking for themselves object, counted by kind of reason.</summary>
    public static string? Why(ReportText t, NegotiationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(outcome);
        var objectors = outcome.Members.Where(m => m.Position == Negotiation.Position.Object && m.PayoffSource != PayoffSource.RepresentedByEu).ToArray();
        if (objectors.Length == 0)
        {
            return null;
        }

        int Count(ReasonKind kind) => objectors.Count(m => m.Reasons.Any(r => r.Kind == kind));
        return t.Fill(
            nameof(Strings.Verdict_Why),
            t.Format.Count(Count(ReasonKind.Payoff)),
            t.Format.Count(Count(ReasonKind.PriceRedLine)),
            t.Format.Count(Count(ReasonKind.SurgeRedLine)),
            t.Format.Count(Count(ReasonKind.Linkage)),
            t.Format.Count(Count(ReasonKind.Coalition)));
    }

    /// <summary>The alternative each government judges the draft against, in words (the model names it in English).</summary>
    public static string Alternative(ReportText t, string alternative)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(alternative);
        const string Baseline = "the baseline scenario ";
        return alternative.StartsWith("the status quo", StringComparison.Ordinal) ? t[nameof(Strings.Verdict_StatusQuo)]
            : alternative.StartsWith(Baseline, StringComparison.Ordinal) ? t.Fill(nameof(Strings.Verdict_Baseline), alternative[Baseline.Length..])
            : alternative;
    }

    /// <summary>How many of the rejecting coalitions' members are predicted to object, and of the others to accept.</summary>
    public static string HistoricalFinding(ReportText t, HistoricalComparison h)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(h);
        return t.Fill(
            nameof(Strings.Cancun_Finding),
            t.Format.Count(h.Rejecters),
            t.Format.Count(h.RejectersPredictedToObject),
            t.Format.Rate(h.ShareRejectersPredicted),
            t.Format.Count(h.Others),
            t.Format.Count(h.OthersPredictedToAccept),
            t.Format.Rate(h.ShareOthersPredicted));
    }

    /// <summary>Whether the prediction matches the record on each side, in one sentence.</summary>
    public static string HistoricalMatch(ReportText t, HistoricalComparison h)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(h);
        var matches = h.ShareRejectersPredicted >= 0.5 && h.ShareOthersPredicted >= 0.5;
        var side = h.ShareRejectersPredicted < 0.5 && h.ShareOthersPredicted < 0.5 ? nameof(Strings.Cancun_MissBoth) : h.ShareRejectersPredicted < 0.5 ? nameof(Strings.Cancun_MissRejecting) : nameof(Strings.Cancun_MissAccepting);
        return matches ? t[nameof(Strings.Cancun_Matches)] : t[side];
    }

    /// <summary>A position in words: "objects" or "accepts".</summary>
    public static string PositionWord(ReportText t, Negotiation.Position position)
    {
        ArgumentNullException.ThrowIfNull(t);
        return position == Negotiation.Position.Object ? t[nameof(Strings.Verdict_Objects)] : t[nameof(Strings.Verdict_Accepts)];
    }

    /// <summary>
    /// Every reason of a member in plain words, joined: the red lines of one kind in one phrase listing the products
    /// ("producer prices fall past its red line: rice −70.7%, barley −33.7%").
    /// </summary>
    public static string Reasons(ReportContext context, NegotiationOutcome outcome, MemberVerdict member)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(member);
        var t = context.Text;
        var words = new List<string>();
        foreach (var reason in member.Reasons.Where(r => r.Kind is not (ReasonKind.PriceRedLine or ReasonKind.SurgeRedLine)))
        {
            words.Add(Reason(context, outcome, member, reason));
        }

        var prices = member.Reasons.Where(r => r.Kind == ReasonKind.PriceRedLine).Select(r => Commodity(context, r.Commodity) + " " + t.Format.Change(r.Size ?? 0)).ToArray();
        if (prices.Length > 0)
        {
            words.Add(t.Fill(nameof(Strings.Reason_PricesRedLine), string.Join(", ", prices)));
        }

        var surges = member.Reasons.Where(r => r.Kind == ReasonKind.SurgeRedLine)
            .Select(r => Commodity(context, r.Commodity) + " " + (r.Size is { } rise ? t.Format.Change(rise) : t[nameof(Strings.Reason_FromNone)])).ToArray();
        if (surges.Length > 0)
        {
            words.Add(t.Fill(nameof(Strings.Reason_SurgesRedLine), string.Join(", ", surges)));
        }

        words = [.. words.Distinct(StringComparer.Ordinal)];
        return words.Count == 0 ? ReportFormat.Missing : string.Join(t[nameof(Strings.Word_ListSeparator)], words);
    }

    /// <summary>One reason in plain words.</summary>
    public static string Reason(ReportContext context, NegotiationOutcome outcome, MemberVerdict member, Reason reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(reason);
        var t = context.Text;
        var f = t.Format;
        switch (reason.Kind)
        {
            case ReasonKind.Payoff:
                var p = member.Payoff;
                var output = member.FarmOutput is > 0 ? member.FarmOutput.Value : double.NaN;
                return t.Fill(nameof(Strings.Reason_Payoff), f.Change((p?.Producer ?? 0) / output), f.Change((p?.Exports ?? 0) / output));
            case ReasonKind.PriceRedLine:
                return t.Fill(nameof(Strings.Reason_PriceRedLine), Commodity(context, reason.Commodity), f.Change(reason.Size ?? 0));
            case ReasonKind.SurgeRedLine:
                return reason.Size is { } rise
                    ? t.Fill(nameof(Strings.Reason_SurgeRedLine), Commodity(context, reason.Commodity), f.Change(rise))
                    : t.Fill(nameof(Strings.Reason_SurgeFromNone), Commodity(context, reason.Commodity));
            case ReasonKind.Coalition:
                var objecting = outcome.Coalitions.Where(c => c.Position == Negotiation.Position.Object && member.Coalitions.Contains(c.Code)).Select(c => t.Group(c.Code)).ToArray();
                return t.Fill(nameof(Strings.Reason_Coalition), objecting.Length > 0 ? string.Join(", ", objecting) : string.Join(", ", member.Coalitions.Select(t.Group)));
            case ReasonKind.Overruled:
                return t[nameof(Strings.Reason_Overruled)];
            case ReasonKind.Represented:
                return t[nameof(Strings.Reason_Represented)];
            case ReasonKind.Linkage:
                return t.Fill(nameof(Strings.Reason_Linkage), reason.Text[(reason.Text.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
            case ReasonKind.BlocksAlone:
                return t[nameof(Strings.Reason_BlocksAlone)];
            default:
                return member.Position == Negotiation.Position.Object ? t[nameof(Strings.Reason_NoDataFollows)] : t[nameof(Strings.Reason_NoDataAccepts)];
        }
    }

    /// <summary>A member's name in the reader's language (the dataset's names), or the outcome's English name.</summary>
    public static string MemberName(ReportContext context, MemberId member, string fallback)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Dataset?.FindMember(member) is { } m ? m.NameIn(context.Text.Language.Code) : fallback;
    }

    private static string Commodity(ReportContext context, CommodityId? commodity)
    {
        if (commodity is not { } id)
        {
            return ReportFormat.Missing;
        }

        return context.Text.CommodityInSentence(id, context.Dataset?.FindCommodity(id)?.Name ?? id.Code);
    }

    /// <summary>A cell of a share (0 to 1) as a percentage, or an empty cell.</summary>
    internal static Cell Share(ReportContext context, double? share) =>
        share is { } s ? new Cell(context.Format.Rate(s), s, "num") : new Cell(ReportFormat.Missing, null, "num");

    /// <summary>A cell of a count.</summary>
    internal static Cell Count(ReportContext context, int count) => new(context.Format.Count(count), count, "num");

    /// <summary>Writes a heading of the given level ("h2" or "h3") and an optional lead.</summary>
    internal static void Title(HtmlBuilder html, string level, string title, string? lead = null)
    {
        html.Element(level, title);
        if (lead is not null)
        {
            html.Element("p", lead, ("class", "note"));
        }
    }
}
