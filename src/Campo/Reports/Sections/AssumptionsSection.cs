using System.Globalization;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections;

/// <summary>
/// What the results rest on: the draft's numbers still to verify and its assumptions, the uncertainty behind the
/// bands, how the world market was solved, the notes of the data and model, and the data sources.
/// </summary>
public sealed class AssumptionsSection : IReportSection<DraftEvaluation>
{
    /// <inheritdoc />
    public string Id => "assumptions";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => true;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(context);
        Heading(html, context.Text[nameof(Strings.Assumptions_Title)]);
        WriteFor(html, input, context, null);
        WriteSources(html, context.Text);
    }

    /// <summary>The assumptions of one evaluation, under an optional sub-heading (a comparison writes one per draft).</summary>
    public static void WriteFor(HtmlBuilder html, DraftEvaluation input, ReportContext context, string? heading)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        if (heading is not null)
        {
            html.Element("h3", heading);
        }

        var flagged = input.Flagged.Where(f => f.Status is ParameterStatus.ToVerify or ParameterStatus.Assumption).ToArray();
        if (flagged.Length > 0)
        {
            // Long lists stay folded (printing unfolds them); the brief already counts them.
            var caption = t.Fill(nameof(Strings.Assumptions_FlaggedCaption), t.Format.Count(flagged.Count(f => f.Status == ParameterStatus.ToVerify)), t.Format.Count(flagged.Count(f => f.Status == ParameterStatus.Assumption)));
            html.Open("details");
            html.Element("summary", caption);
            Table(
                html,
                caption,
                [(t[nameof(Strings.Col_Key)], false), (t[nameof(Strings.Col_Value)], true), (t[nameof(Strings.Col_Reliability)], false), (t[nameof(Strings.Col_SourceOrReason)], false)],
                flagged.Select(f => (IReadOnlyList<Cell>)
                [
                    Label(f.Path),
                    new Cell(f.Value.ToString("G6", t.Culture), f.Value, "num"),
                    Label(f.Status == ParameterStatus.ToVerify ? t[nameof(Strings.Reliability_ToVerify)] : t[nameof(Strings.Reliability_Assumption)]),
                    Label(f.Source),
                ]),
                "flagged");
            html.Close();
        }
        else
        {
            html.Element("p", t[nameof(Strings.Assumptions_NoneFlagged)]);
        }

        var s = input.Solver;
        html.Element("p", t.Fill(
            s.Converged ? nameof(Strings.Assumptions_Solved) : nameof(Strings.Assumptions_NotSolved),
            t.Format.Count(input.WorldPrices.Count),
            t.Format.Count(s.Markets),
            s.MaxRelativeResidual.ToString("0.0e+0", CultureInfo.InvariantCulture),
            t.Format.Count(s.Sweeps)));
        if (input.Uncertainty is { } u)
        {
            html.Element("p", t.Fill(nameof(Strings.Assumptions_Bands), t.Format.Count(u.Draws), t.Format.Count(u.Converged), u.Seed));
            html.Element("p", u.Distributions, ("class", "note"), ("lang", "en"));
        }
        else
        {
            html.Element("p", t[nameof(Strings.Assumptions_NoBands)]);
        }

        var notes = input.Notes.Concat(input.Solver.Notes).ToArray();
        if (notes.Length > 0)
        {
            html.Open("details");
            html.Element("summary", t.Fill(nameof(Strings.Assumptions_Notes), t.Format.Count(notes.Length)));
            html.Open("ul", ("lang", "en"));
            foreach (var note in notes)
            {
                html.Element("li", note);
            }

            html.Close().Close();
        }
    }

    /// <summary>The data sources, with their licences.</summary>
    public static void WriteSources(HtmlBuilder html, ReportText t)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(t);
        html.Element("h3", t[nameof(Strings.Sources_Title)]);
        html.Open("ul", ("class", "sources"));
        foreach (var key in new[] { nameof(Strings.Sources_Impact), nameof(Strings.Sources_Faostat), nameof(Strings.Sources_WorldBank), nameof(Strings.Sources_Wto), nameof(Strings.Sources_Coalitions), nameof(Strings.Sources_Tariffs), nameof(Strings.Sources_Map) })
        {
            html.Element("li", t[key]);
        }

        html.Close();
        html.Element("p", t[nameof(Strings.Sources_Model)], ("class", "note"));
    }
}

/// <summary>The glossary: the terms of trade negotiations and of welfare analysis used in the report, in plain words.</summary>
/// <typeparam name="TInput">Any report input: the glossary does not depend on it.</typeparam>
public sealed class GlossarySection<TInput> : IReportSection<TInput>
{
    /// <summary>The terms, as pairs of resource keys (term, definition), in reading order.</summary>
    public static IReadOnlyList<(string Term, string Definition)> Terms { get; } =
    [
        (nameof(Strings.Term_ProducerSurplus), nameof(Strings.Def_ProducerSurplus)),
        (nameof(Strings.Term_ConsumerSurplus), nameof(Strings.Def_ConsumerSurplus)),
        (nameof(Strings.Term_Treasury), nameof(Strings.Def_Treasury)),
        (nameof(Strings.Term_QuotaRent), nameof(Strings.Def_QuotaRent)),
        (nameof(Strings.Term_Tariff), nameof(Strings.Def_Tariff)),
        (nameof(Strings.Term_BoundTariff), nameof(Strings.Def_BoundTariff)),
        (nameof(Strings.Term_AppliedTariff), nameof(Strings.Def_AppliedTariff)),
        (nameof(Strings.Term_Trq), nameof(Strings.Def_Trq)),
        (nameof(Strings.Term_Ave), nameof(Strings.Def_Ave)),
        (nameof(Strings.Term_TieredFormula), nameof(Strings.Def_TieredFormula)),
        (nameof(Strings.Term_SwissFormula), nameof(Strings.Def_SwissFormula)),
        (nameof(Strings.Term_SensitiveProduct), nameof(Strings.Def_SensitiveProduct)),
        (nameof(Strings.Term_SpecialProduct), nameof(Strings.Def_SpecialProduct)),
        (nameof(Strings.Term_Sdt), nameof(Strings.Def_Sdt)),
        (nameof(Strings.Term_DomesticSupport), nameof(Strings.Def_DomesticSupport)),
        (nameof(Strings.Term_ExportSubsidy), nameof(Strings.Def_ExportSubsidy)),
        (nameof(Strings.Term_Ldc), nameof(Strings.Def_Ldc)),
        (nameof(Strings.Term_MarketRegion), nameof(Strings.Def_MarketRegion)),
        (nameof(Strings.Term_Band), nameof(Strings.Def_Band)),
        (nameof(Strings.Term_WorldPrice), nameof(Strings.Def_WorldPrice)),
        (nameof(Strings.Term_Consensus), nameof(Strings.Def_Consensus)),
        (nameof(Strings.Term_WeightedPayoff), nameof(Strings.Def_WeightedPayoff)),
        (nameof(Strings.Term_RedLine), nameof(Strings.Def_RedLine)),
        (nameof(Strings.Term_Coalition), nameof(Strings.Def_Coalition)),
        (nameof(Strings.Term_Mape), nameof(Strings.Def_Mape)),
        (nameof(Strings.Term_DumpingMargin), nameof(Strings.Def_DumpingMargin)),
    ];

    /// <inheritdoc />
    public string Id => "glossary";

    /// <inheritdoc />
    public bool AppliesTo(TInput input, ReportContext context) => true;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, TInput input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        Heading(html, t[nameof(Strings.Glossary_Title)]);
        html.Open("dl", ("class", "glossary"));
        foreach (var (term, definition) in Terms)
        {
            html.Element("dt", t[term]);
            html.Element("dd", t[definition]);
        }

        html.Close();
    }
}
