using Campo.Evaluation;
using Campo.Reports.Charts;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections;

/// <summary>
/// The focus member's farmers against its consumers, commodity by commodity: bars with the farmers' 90% band as
/// whiskers, and the table of every figure behind them (tariff, producer price, farmers, consumers, treasury).
/// </summary>
public sealed class MemberSection : IReportSection<DraftEvaluation>
{
    /// <summary>How many commodities the chart and table show (largest first).</summary>
    public const int Shown = 12;

    /// <inheritdoc />
    public string Id => "member";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Focus is { } member && RegionOf(input, member) is not null;
    }

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var member = context.Focus!.Value;
        var region = RegionOf(input, member)!;
        var name = MemberName(context, member, region);
        var commitment = input.Commitments.FirstOrDefault(c => c.Region == region.Region);
        Heading(html, t.Fill(nameof(Strings.Member_Title), name, t.Status(region.Status)));
        if (commitment is not null)
        {
            html.Element("p", CommitmentsSection.Describe(t, commitment));
        }

        var markets = input.Markets.Where(m => m.Region == region.Region)
            .OrderByDescending(m => Math.Abs(m.Welfare.ProducerSurplus) + Math.Abs(m.Welfare.ConsumerSurplus))
            .Take(Shown)
            .ToArray();
        var chart = new BarChart
        {
            Title = t.Fill(nameof(Strings.Member_ChartTitle), name),
            Description = t.Fill(nameof(Strings.Member_ChartDescription), name, markets.Length),
            Series = [new BarSeries(t[nameof(Strings.Col_Farmers)], Palette.SeriesA), new BarSeries(t[nameof(Strings.Col_Consumers)], Palette.SeriesB)],
            Rows = [.. markets.Select(m => new BarRow(
                t.Commodity(m.Commodity, m.CommodityName),
                [new BarValue(m.Welfare.ProducerSurplus, m.ProducerSurplusBand?.Low, m.ProducerSurplusBand?.High), new BarValue(m.Welfare.ConsumerSurplus)]))],
            FormatValue = t.Format.Money,
            WhiskerLegend = t[nameof(Strings.Chart_BandLegend)],
        };
        html.Raw(chart.ToSvg(context.NextId("member-chart")));
        Table(
            html,
            t.Fill(nameof(Strings.Member_TableCaption), name),
            [(t[nameof(Strings.Col_Commodity)], false), (t[nameof(Strings.Col_TariffBefore)], true), (t[nameof(Strings.Col_TariffAfter)], true), (t[nameof(Strings.Col_ProducerPrice)], true), (t[nameof(Strings.Col_Farmers)], true), (t[nameof(Strings.Col_Band)], true), (t[nameof(Strings.Col_Consumers)], true), (t[nameof(Strings.Col_Treasury)], true)],
            markets.Select(m => (IReadOnlyList<Cell>)
            [
                Label(t.Commodity(m.Commodity, m.CommodityName), m.Commodity.Code),
                new Cell(t.Format.Rate(m.TariffBefore), m.TariffBefore, "num"),
                new Cell(t.Format.Rate(m.TariffAfter), m.TariffAfter, "num"),
                Change(context, m.ProducerPriceChange),
                Money(context, m.Welfare.ProducerSurplus),
                MoneyBand(context, m.ProducerSurplusBand),
                Money(context, m.Welfare.ConsumerSurplus),
                Money(context, m.Welfare.Government),
            ]),
            "member-markets");
        var w = region.Welfare;
        Table(
            html,
            t.Fill(nameof(Strings.Member_TotalCaption), name),
            [(t[nameof(Strings.Col_Who)], false), (t[nameof(Strings.Col_Farmers)], true), (t[nameof(Strings.Col_Consumers)], true), (t[nameof(Strings.Col_Treasury)], true), (t[nameof(Strings.Col_QuotaRent)], true), (t[nameof(Strings.Col_Total)], true), (t[nameof(Strings.Col_Band)], true)],
            [[Label(name, region.Region.Code), Money(context, w.ProducerSurplus), Money(context, w.ConsumerSurplus), Money(context, w.Government), Money(context, w.QuotaRent), Money(context, w.Total), MoneyBand(context, region.Bands?.Total)]],
            "member-total");
    }
}
