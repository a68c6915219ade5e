using System.Globalization;
using Campo.Evaluation;
using Campo.Reports.Charts;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections.Agreements;

/// <summary>
/// A regional agreement against a multilateral draft (NAFTA against Cancún): the two use different models on
/// different data, so their money cannot be added or subtracted. The section states the caveats, then compares one
/// member's farmers commodity by commodity: the producer price change and the farmers' surplus under each, and the two
/// price changes composed. The comparison's other sections, which subtract one draft's money from the other's, stand
/// aside (<see cref="DraftComparison.CrossModel"/>).
/// </summary>
public sealed class CrossModelSection : IReportSection<DraftComparison>
{
    /// <inheritdoc />
    public string Id => "cross-model";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context) => input is { CrossModel: true };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var (regional, multilateral) = input.First.Agreement is not null ? (input.First, input.Second) : (input.Second, input.First);
        Heading(html, t[nameof(Strings.CrossModel_Title)]);
        html.Open("ul", ("class", "caveats"));
        foreach (var caveat in Caveats(t, regional, multilateral))
        {
            html.Element("li", caveat);
        }

        html.Close();
        var member = context.Focus ?? regional.Agreement!.Parties[0];
        var regionA = RegionOf(regional, member);
        var regionB = RegionOf(multilateral, member);
        var name = AgreementParts.RegionName(context, member);
        if (regionA is null || regionB is null)
        {
            html.Element("p", t.Fill(nameof(Strings.CrossModel_NotInBoth), name, (regionA is null ? regional : multilateral).Scenario.Title));
            return;
        }

        var marketsB = multilateral.Markets.Where(m => m.Region == regionB.Region).ToDictionary(m => m.Commodity);
        var focus = regional.FocusCommodities;
        var rows = regional.Markets.Where(m => m.Region == regionA.Region && marketsB.ContainsKey(m.Commodity))
            .OrderBy(m => focus.Contains(m.Commodity) ? focus.ToList().IndexOf(m.Commodity) : int.MaxValue)
            .ThenByDescending(m => Math.Abs(m.Welfare.ProducerSurplus))
            .Take(focus.Count > 0 ? focus.Count : 5)
            .ToArray();
        var chart = new BarChart
        {
            Title = t.Fill(nameof(Strings.CrossModel_ChartTitle), name),
            Description = t.Fill(nameof(Strings.CrossModel_ChartDescription), name, rows.Length),
            Series = [new BarSeries(t[nameof(Strings.CrossModel_Agreement)], Palette.SeriesA), new BarSeries(t[nameof(Strings.CrossModel_Draft)], Palette.SeriesB)],
            Rows = [.. rows.Select(m => new BarRow(t.Commodity(m.Commodity, m.CommodityName), [new BarValue(m.ProducerPriceChange), new BarValue(marketsB[m.Commodity].ProducerPriceChange)]))],
            FormatValue = t.Format.Change,
        };
        html.Element("h3", chart.Title);
        html.Raw(chart.ToSvg(context.NextId("cross-model-chart")));
        Table(
            html,
            t.Fill(nameof(Strings.CrossModel_Caption), name, regional.Agreement!.BasePeriod, multilateral.Scenario.BaseYear),
            [
                (t[nameof(Strings.Col_Commodity)], false), (t[nameof(Strings.Col_AgreementPrice)], true), (t[nameof(Strings.Col_AgreementFarmers)], true), (t[nameof(Strings.Col_AgreementPerTonne)], true),
                (t[nameof(Strings.Col_DraftTariff)], true), (t[nameof(Strings.Col_DraftPrice)], true), (t[nameof(Strings.Col_DraftFarmers)], true), (t[nameof(Strings.Col_DraftPerTonne)], true), (t[nameof(Strings.Col_BothPrice)], true),
            ],
            rows.Select(m =>
            {
                var b = marketsB[m.Commodity];
                return (IReadOnlyList<Cell>)
                [
                    Label(t.Commodity(m.Commodity, m.CommodityName), m.Commodity.Code),
                    Change(context, m.ProducerPriceChange),
                    Money(context, m.Welfare.ProducerSurplus),
                    PerTonne(context, m.ProducerSurplusPerTonne),
                    new Cell(t.Format.Rate(b.TariffBefore) + " → " + t.Format.Rate(b.TariffAfter), b.TariffAfter, "num"),
                    Change(context, b.ProducerPriceChange),
                    Money(context, b.Welfare.ProducerSurplus),
                    PerTonne(context, b.ProducerSurplusPerTonne),
                    Change(context, ((1 + m.ProducerPriceChange) * (1 + b.ProducerPriceChange)) - 1),
                ];
            }),
            "cross-model");
        html.Element("p", t.Fill(nameof(Strings.CrossModel_Note), regional.Agreement.BasePeriod, multilateral.Scenario.BaseYear), ("class", "note"));
    }

    /// <summary>What a cross-model comparison does and does not say, in the reader's language.</summary>
    public static IReadOnlyList<string> Caveats(ReportText t, DraftEvaluation regional, DraftEvaluation multilateral)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(regional);
        ArgumentNullException.ThrowIfNull(multilateral);
        var terms = regional.Agreement ?? throw new ArgumentException("Not a regional agreement.", nameof(regional));
        var baseYear = multilateral.Scenario.BaseYear;
        return
        [
            t[nameof(Strings.CrossModel_Caveat1)],
            t.Fill(nameof(Strings.CrossModel_Caveat2), regional.Scenario.Title, terms.EvaluatedYear, terms.BasePeriod, AgreementParts.Duties(t, terms.Duties)),
            t.Fill(nameof(Strings.CrossModel_Caveat3), multilateral.Scenario.Title, baseYear),
            t.Fill(nameof(Strings.CrossModel_Caveat4), baseYear, (baseYear - terms.EntryIntoForce + 1).ToString(CultureInfo.InvariantCulture)),
            t[nameof(Strings.CrossModel_Caveat5)],
            t[nameof(Strings.CrossModel_Caveat6)],
        ];
    }

    private static Cell PerTonne(ReportContext context, double? usd) =>
        usd is { } v ? new Cell(context.Format.Money(v), v, SignClass(v)) : new Cell(ReportFormat.Missing, null, "num");
}
