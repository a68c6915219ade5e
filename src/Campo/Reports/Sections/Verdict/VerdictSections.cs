using Campo.Evaluation;
using Campo.Negotiation;
using Campo.Reports.Html;
using Campo.Reports.Localization;

namespace Campo.Reports.Sections.Verdict;

/// <summary>The title of a negotiation's report: the draft, its source, the date, who decides and how.</summary>
public sealed class NegotiationHeaderSection : IReportSection<NegotiationOutcome>
{
    /// <inheritdoc />
    public string Id => "header";

    /// <inheritdoc />
    public bool AppliesTo(NegotiationOutcome input, ReportContext context) => true;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, NegotiationOutcome input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var d = input.Draft;
        html.Element("p", t[nameof(Strings.Report_KickerNegotiation)], ("class", "meta"));
        html.Element("h1", d.Title);
        if (d.Source is { } source)
        {
            html.Element("p", t.Fill(nameof(Strings.Report_Source), source), ("class", "meta"));
        }

        var draws = input.Robustness is { } r ? t.Fill(nameof(Strings.Report_Draws), t.Format.Count(r.Converged), r.Seed) : t[nameof(Strings.Report_NoDraws)];
        html.Element("p", t.Fill(nameof(Strings.Report_NegotiationFacts), t.Format.Date(d.MembersAt), t.Format.Count(d.Members), HeaderSection.DatasetName(t, d.Dataset)) + " " + draws, ("class", "meta"));
        html.Element("p", t[nameof(Strings.Report_NegotiationUnits)], ("class", "meta"));
    }
}

/// <summary>A part of a negotiation's report as a section of its own (heading level 2).</summary>
/// <param name="id">The section's id.</param>
/// <param name="write">Writes the part.</param>
/// <param name="applies">When the part has something to say, or null for always.</param>
public sealed class NegotiationPartSection(string id, Action<HtmlBuilder, NegotiationOutcome, ReportContext, string> write, Func<NegotiationOutcome, bool>? applies = null) : IReportSection<NegotiationOutcome>
{
    /// <inheritdoc />
    public string Id => id;

    /// <inheritdoc />
    public bool AppliesTo(NegotiationOutcome input, ReportContext context) => applies?.Invoke(input) ?? true;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, NegotiationOutcome input, ReportContext context) => write(html, input, context, "h2");
}

/// <summary>
/// The negotiation's verdict in a draft's report ("Could it pass?"): the verdict and its robustness, who objects and
/// why, the coalitions, the comparison with Cancún, and what the verdict rests on. Written when the evaluation carries
/// a negotiation (<see cref="DraftEvaluation.Negotiation"/>).
/// </summary>
public sealed class DraftVerdictSection : IReportSection<DraftEvaluation>
{
    /// <inheritdoc />
    public string Id => "verdict";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input?.Negotiation is not null;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var outcome = input.Negotiation!;
        html.Element("h2", context.Text[nameof(Strings.VerdictSection_Title)]);
        VerdictParts.Verdict(html, outcome, context, "h3");
        VerdictParts.Objectors(html, outcome, context, "h3");
        VerdictParts.Coalitions(html, outcome, context, "h3");
        VerdictParts.Replay(html, outcome, context, "h3");
        VerdictParts.Historical(html, outcome, context, "h3");
        VerdictParts.Assumptions(html, outcome, context, "h3");
    }
}

/// <summary>Whether each draft of a comparison would pass, when their negotiations were computed.</summary>
public sealed class ComparisonVerdictSection : IReportSection<DraftComparison>
{
    /// <inheritdoc />
    public string Id => "verdict";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context) => input is not null && (input.First.Negotiation is not null || input.Second.Negotiation is not null);

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        html.Element("h2", t[nameof(Strings.VerdictSection_Title)]);
        foreach (var (evaluation, key) in new[] { (input.First, nameof(Strings.Compare_DraftA)), (input.Second, nameof(Strings.Compare_DraftB)) })
        {
            html.Element("h3", t.Fill(key, evaluation.Scenario.Title));
            if (evaluation.Negotiation is { } outcome)
            {
                html.Element("p", VerdictWords.Sentence(t, outcome), ("class", outcome.Verdict.Passes ? "gain" : "loss"));
                html.Element("p", VerdictWords.Robustness(t, outcome));
            }
            else
            {
                html.Element("p", t[nameof(Strings.VerdictSection_NotJudged)]);
            }
        }
    }
}
