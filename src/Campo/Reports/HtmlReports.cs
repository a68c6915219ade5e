using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Negotiation;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using Campo.Reports.Sections;
using Campo.Reports.Sections.Agreements;
using Campo.Reports.Sections.Verdict;

namespace Campo.Reports;

/// <summary>
/// The HTML reports of Campo: one self-contained file (inline SVG charts, inline styles, no script, no network)
/// for a draft or a comparison of two, in English, Spanish, French or Portuguese. Each report is a list of
/// sections; add one with <see cref="HtmlReport{TInput}.Insert"/>.
/// </summary>
public static class HtmlReports
{
    /// <summary>The sections of a draft's report, in order: header, brief, the negotiation's verdict (when computed),
    /// focus member, a regional agreement's schedule, path year by year and look-back, winners and losers, map,
    /// farmers and consumers, world prices, groups, commitments, assumptions and sources, glossary.</summary>
    public static HtmlReport<DraftEvaluation> Draft { get; } = new(
    [
        new HeaderSection(),
        new BriefSection(),
        new DraftVerdictSection(),
        new MemberSection(),
        new AgreementSection(),
        new PathSection(),
        new LookBackSection(),
        new WinnersAndLosersSection(),
        new MapSection(),
        new FarmersAndConsumersSection(),
        new WorldPricesSection(),
        new GroupsSection(),
        new CommitmentsSection(),
        new AssumptionsSection(),
        new GlossarySection<DraftEvaluation>(),
    ]);

    /// <summary>The sections of a comparison's report, in order.</summary>
    public static HtmlReport<DraftComparison> Comparison { get; } = new(
    [
        new ComparisonHeaderSection(),
        new CrossModelSection(),
        new ComparisonBriefSection(),
        new ComparisonVerdictSection(),
        new ComparisonMemberSection(),
        new ComparisonRegionsSection(),
        new ComparisonPricesSection(),
        new ComparisonGroupsSection(),
        new ComparisonAssumptionsSection(),
        new GlossarySection<DraftComparison>(),
    ]);

    /// <summary>The sections of a negotiation's report (<c>campo negotiate --report</c>), in order: header, verdict
    /// and robustness, who objects and why, coalitions, the comparison with Cancún, what the verdict rests on, glossary.</summary>
    public static HtmlReport<NegotiationOutcome> Negotiation { get; } = new(
    [
        new NegotiationHeaderSection(),
        new NegotiationPartSection("verdict", VerdictParts.Verdict),
        new NegotiationPartSection("objectors", VerdictParts.Objectors),
        new NegotiationPartSection("coalitions", VerdictParts.Coalitions, o => o.Coalitions.Count > 0),
        new NegotiationPartSection("replay", VerdictParts.Replay, o => o.Coalitions.Count > 0),
        new NegotiationPartSection("cancun", VerdictParts.Historical, o => o.Historical is not null),
        new NegotiationPartSection("assumptions", VerdictParts.Assumptions),
        new GlossarySection<NegotiationOutcome>(),
    ]);

    /// <summary>A negotiation's report as a document.</summary>
    /// <param name="outcome">The negotiation's outcome.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="dataset">The dataset it was computed on (names), or null.</param>
    /// <param name="focus">The member whose position the verdict names, or null.</param>
    public static string RenderNegotiation(NegotiationOutcome outcome, ReportLanguage language, Dataset? dataset = null, MemberId? focus = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Negotiation.Render(outcome, new ReportContext(ReportText.For(language), dataset, focus), outcome.Draft.Title);
    }

    /// <summary>A draft's report as a document.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="dataset">The dataset it was computed on (names, map), or null.</param>
    /// <param name="focus">The member reported in detail, or null.</param>
    public static string RenderDraft(DraftEvaluation evaluation, ReportLanguage language, Dataset? dataset = null, MemberId? focus = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return Draft.Render(evaluation, new ReportContext(ReportText.For(language), dataset, focus), evaluation.Scenario.Title);
    }

    /// <summary>A comparison's report as a document.</summary>
    public static string RenderComparison(DraftComparison comparison, ReportLanguage language, Dataset? dataset = null, MemberId? focus = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = ReportText.For(language);
        return Comparison.Render(comparison, new ReportContext(text, dataset, focus), text.Fill(nameof(Strings.Compare_Title), comparison.First.Scenario.Title, comparison.Second.Scenario.Title));
    }

    /// <summary>Writes a document to a file (UTF-8).</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The full path.</param>
    /// <param name="shown">The path as the user gave it.</param>
    /// <exception cref="CampoException">Not an .html or .htm file, or the file cannot be written.</exception>
    public static void Write(string document, string path, string shown)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".HTML" or ".HTM"))
        {
            throw new CampoException(Messages.Fill(Messages.Output_ReportExtension, Path.GetExtension(path)), Messages.Text(Messages.Output_ReportExtensionFix), new SourceLocation(shown, Field: "--report"));
        }

        try
        {
            Data.OutputFile.WriteText(path, document);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CampoException(Messages.Fill(Messages.Output_ReportNotWritten, exception.Message), Messages.Text(Messages.Output_WritableFolderFix), new SourceLocation(shown, Field: "--report"), exception);
        }
    }
}
