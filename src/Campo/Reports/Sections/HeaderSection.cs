using Campo.Evaluation;
using Campo.Reports.Html;
using Campo.Reports.Localization;

namespace Campo.Reports.Sections;

/// <summary>The report's title: the draft, its source, the membership date, the data and the draws.</summary>
public sealed class HeaderSection : IReportSection<DraftEvaluation>
{
    /// <summary>The origin <see cref="Data.DatasetLoader.LoadDefault"/> gives the embedded dataset.</summary>
    internal const string DefaultOrigin = "embedded default";

    /// <inheritdoc />
    public string Id => "header";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => true;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        html.Element("p", t[nameof(Strings.Report_Kicker)], ("class", "meta"));
        html.Element("h1", input.Scenario.Title);
        WriteFacts(html, input, context);
        html.Element("p", Units(t, input), ("class", "meta"));
    }

    /// <summary>The units line: money at the base year's prices, or at a regional agreement's base period's.</summary>
    public static string Units(ReportText t, DraftEvaluation input)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(input);
        return input.Agreement is { } terms ? t.Fill(nameof(Strings.Report_UnitsRegional), terms.BasePeriod) : t[nameof(Strings.Report_Units)];
    }

    /// <summary>The lines under a draft's title (also used for each draft of a comparison).</summary>
    public static void WriteFacts(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var s = input.Scenario;
        if (s.Source is { } source)
        {
            html.Element("p", t.Fill(nameof(Strings.Report_Source), source), ("class", "meta"));
        }

        var draws = input.Uncertainty is { } u
            ? t.Fill(nameof(Strings.Report_Draws), t.Format.Count(u.Converged), u.Seed)
            : t[nameof(Strings.Report_NoDraws)];
        var facts = input.Agreement is { } terms
            ? t.Fill(nameof(Strings.Report_FactsRegional), string.Join(", ", terms.Parties.Select(p => context.RegionName(p, p.Code))), terms.EntryIntoForce, terms.EvaluatedYear, terms.BasePeriod, Agreements.AgreementParts.Duties(t, terms.Duties), DatasetName(t, s.Dataset))
            : t.Fill(nameof(Strings.Report_Facts), t.Format.Date(s.MembersAt), t.Format.Count(s.Members), DatasetName(t, s.Dataset), s.BaseYear);
        html.Element("p", facts + " " + draws, ("class", "meta"));
    }

    /// <summary>The dataset's origin: the default dataset named in the language, a folder as it is.</summary>
    public static string DatasetName(ReportText t, string origin)
    {
        ArgumentNullException.ThrowIfNull(t);
        return string.Equals(origin, DefaultOrigin, StringComparison.Ordinal) ? t[nameof(Strings.Report_DefaultDataset)] : origin;
    }
}
