using System.Globalization;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Regional;
using Campo.Reports.Html;
using Campo.Reports.Localization;

namespace Campo.Reports.Sections.Agreements;

/// <summary>What the sections of a regional agreement share: the region they follow, the commodities, the words for duties and measures.</summary>
public static class AgreementParts
{
    /// <summary>
    /// The region whose path the report follows: the member in focus when it is a party, otherwise the first importer
    /// under a quota, otherwise the first party (as the terminal report does).
    /// </summary>
    public static MemberId Region(DraftEvaluation evaluation, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(context);
        var terms = evaluation.Agreement ?? throw new ArgumentException("Not a regional agreement.", nameof(evaluation));
        if (context.Focus is { } member && terms.Parties.Contains(member))
        {
            return member;
        }

        return evaluation.Path?.SelectMany(p => p.Quotas).Select(q => q.Importer).FirstOrDefault(terms.Parties[0]) ?? terms.Parties[0];
    }

    /// <summary>The commodities reported, in order: the agreement's focus, or every commodity of its path.</summary>
    public static IReadOnlyList<CommodityId> Commodities(DraftEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.FocusCommodities.Count > 0
            ? evaluation.FocusCommodities
            : [.. (evaluation.Path ?? []).Select(p => p.Commodity).Distinct()];
    }

    /// <summary>The path of one commodity under one set of duties, by year.</summary>
    public static IReadOnlyDictionary<int, PathYear> Years(DraftEvaluation evaluation, CommodityId commodity, DutyRegime duties)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return (evaluation.Path ?? []).Where(p => p.Commodity == commodity && p.Duties == duties).ToDictionary(p => p.Year);
    }

    /// <summary>The duties in words: "the legal duties" or "the applied duties".</summary>
    public static string Duties(ReportText t, DutyRegime duties)
    {
        ArgumentNullException.ThrowIfNull(t);
        return duties == DutyRegime.Applied ? t[nameof(Strings.Duties_Applied)] : t[nameof(Strings.Duties_Legal)];
    }

    /// <summary>A quota regime in words: in quota, binding, over quota.</summary>
    public static string Regime(ReportText t, Markets.Armington.QuotaRegime regime)
    {
        ArgumentNullException.ThrowIfNull(t);
        return regime switch
        {
            Markets.Armington.QuotaRegime.InQuota => t[nameof(Strings.Regime_InQuota)],
            Markets.Armington.QuotaRegime.Binding => t[nameof(Strings.Regime_Binding)],
            _ => t[nameof(Strings.Regime_OverQuota)],
        };
    }

    /// <summary>A look-back measure in words: imports, production, export price.</summary>
    public static string Measure(ReportText t, LookBackMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(t);
        return measure switch
        {
            LookBackMeasure.Imports => t[nameof(Strings.Measure_Imports)],
            LookBackMeasure.Production => t[nameof(Strings.Measure_Production)],
            _ => t[nameof(Strings.Measure_ExportPrice)],
        };
    }

    /// <summary>A year as a row label with its year as the row's key.</summary>
    public static Cell Year(int year)
    {
        var text = year.ToString(CultureInfo.InvariantCulture);
        return new Cell(text, Key: text);
    }

    /// <summary>A quantity in thousand tonnes, no decimals below a million tonnes.</summary>
    public static Cell Kt(ReportContext context, double? kt)
    {
        ArgumentNullException.ThrowIfNull(context);
        return kt is { } v ? new Cell(context.Format.Number(v, Math.Abs(v) < 100 ? 1 : 0), v, "num") : new Cell(ReportFormat.Missing, null, "num");
    }

    /// <summary>A rate (fraction) as a percentage, or "–".</summary>
    public static Cell Rate(ReportContext context, double? rate, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return rate is { } r ? new Cell(context.Format.Rate(r) + (suffix is null ? string.Empty : " " + suffix), r, "num") : new Cell(ReportFormat.Missing, null, "num");
    }

    /// <summary>A region's name in the reader's language (ROW: the rest of the world).</summary>
    public static string RegionName(ReportContext context, MemberId region)
    {
        ArgumentNullException.ThrowIfNull(context);
        return region.Code == "ROW" ? context.Text[nameof(Strings.Region_ROW)] : context.RegionName(region, region.Code);
    }
}
