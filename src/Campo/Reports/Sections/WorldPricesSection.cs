using Campo.Evaluation;
using Campo.Reports.Charts;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections;

/// <summary>World price changes with their 90% bands: a dot plot of the commodities that move most, and the table.</summary>
public sealed class WorldPricesSection : IReportSection<DraftEvaluation>
{
    /// <summary>Commodities shown.</summary>
    public const int Shown = 15;

    /// <inheritdoc />
    public string Id => "world-prices";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input is { WorldPrices.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var prices = Views.RunViews.PricesByChange(input).Take(Shown).ToArray();
        Heading(html, t[nameof(Strings.Prices_Title)], t[nameof(Strings.Prices_Lead)]);
        var plot = new DotPlot
        {
            Title = t[nameof(Strings.Prices_ChartTitle)],
            Description = t.Fill(nameof(Strings.Prices_ChartDescription), prices.Length),
            Series = [t[nameof(Strings.Chart_Central)]],
            Rows = [.. prices.Select(p => new DotRow(t.Commodity(p.Commodity, p.Name), [new DotValue(p.Change, p.ChangeBand?.Low, p.ChangeBand?.High)]))],
            FormatValue = t.Format.Change,
            BandLegend = t[nameof(Strings.Chart_BandLegend)],
        };
        html.Raw(plot.ToSvg(context.NextId("prices-chart")));
        Table(
            html,
            t[nameof(Strings.Prices_TableCaption)],
            [(t[nameof(Strings.Col_Commodity)], false), (input.Agreement is { } terms ? t.Fill(nameof(Strings.Col_PriceBasePeriod), terms.BasePeriod) : t[nameof(Strings.Col_PriceBase)], true), (t[nameof(Strings.Col_PriceDraft)], true), (t[nameof(Strings.Col_Change)], true), (t[nameof(Strings.Col_Band)], true)],
            prices.Select(p => (IReadOnlyList<Cell>)
            [
                Label(t.Commodity(p.Commodity, p.Name), p.Commodity.Code),
                new Cell(t.Format.Number(p.Base), p.Base, "num"),
                new Cell(t.Format.Number(p.Scenario), p.Scenario, "num"),
                Change(context, p.Change),
                ChangeBand(context, p.ChangeBand),
            ]),
            "world-prices");
    }
}

/// <summary>What the draft asks, by development status: formula, average applied tariff before and after, cuts in support and export subsidies.</summary>
public sealed class CommitmentsSection : IReportSection<DraftEvaluation>
{
    /// <inheritdoc />
    public string Id => "commitments";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input is { Agreement: null, Commitments.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        Heading(html, t[nameof(Strings.Commitments_Title)], t[nameof(Strings.Commitments_Lead)]);
        var rows = input.Commitments.GroupBy(c => c.Status).OrderBy(g => g.Key is null ? 9 : (int)g.Key).Select(group =>
        {
            var withTariffs = group.Where(c => c.AppliedBefore is not null && c.AppliedAfter is not null).ToArray();
            var formula = group.Where(c => c.Formula is not null).GroupBy(c => c.Formula!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
            double? before = withTariffs.Length == 0 ? null : withTariffs.Average(c => c.AppliedBefore!.Value);
            double? after = withTariffs.Length == 0 ? null : withTariffs.Average(c => c.AppliedAfter!.Value);
            return (IReadOnlyList<Cell>)
            [
                Label(t.Status(group.Key), group.Key?.ToString() ?? "none"),
                new Cell(t.Format.Count(group.Count()), group.Count(), "num"),
                Label(formula is null ? ReportFormat.Missing : FormulaName(t, formula)),
                new Cell(t.Format.Rate(before), before, "num"),
                new Cell(t.Format.Rate(after), after, "num"),
                Label(Distinct(t, group.Select(c => c.SupportCut))),
                Label(Distinct(t, group.Select(c => c.ExportSubsidyCut))),
            ];
        });
        Table(
            html,
            t[nameof(Strings.Commitments_TableCaption)],
            [(t[nameof(Strings.Col_Status)], false), (t[nameof(Strings.Col_Regions)], true), (t[nameof(Strings.Col_Formula)], false), (t[nameof(Strings.Col_TariffBefore)], true), (t[nameof(Strings.Col_TariffAfter)], true), (t[nameof(Strings.Col_SupportCut)], false), (t[nameof(Strings.Col_ExportSubsidyCut)], false)],
            rows,
            "commitments");
    }

    /// <summary>What a draft asks of one region, in a sentence.</summary>
    public static string Describe(ReportText t, CommitmentSummary c)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(c);
        if (c.Lead is null)
        {
            return t[nameof(Strings.Commitments_NonMember)];
        }

        var parts = new List<string>();
        if (c.Formula is not null)
        {
            parts.Add(t.Fill(nameof(Strings.Commitments_Tariffs), FormulaName(t, c.Formula), t.Format.Rate(c.AppliedBefore), t.Format.Rate(c.AppliedAfter), t.Format.Count(c.CommoditiesCut)));
        }

        parts.Add(c.SupportCut is { } s ? t.Fill(nameof(Strings.Commitments_SupportCut), t.Format.Rate(s)) : t[nameof(Strings.Commitments_NoSupportCut)]);
        parts.Add(c.ExportSubsidyCut is { } e ? t.Fill(nameof(Strings.Commitments_ExportCut), t.Format.Rate(e)) : t[nameof(Strings.Commitments_NoExportCut)]);
        return t.Fill(nameof(Strings.Commitments_AskedOf), c.Lead.Value.Code, string.Join("; ", parts));
    }

    /// <summary>A formula's name in the language.</summary>
    public static string FormulaName(ReportText t, string formula)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(formula);
        return t.Find("Formula_" + formula.Replace('-', '_')) ?? formula;
    }

    private static string Distinct(ReportText t, IEnumerable<double?> cuts)
    {
        var values = cuts.Select(t.Format.Rate).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return string.Join(" / ", values);
    }
}
