using Campo.Reports.Charts;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections;

/// <summary>The title of a comparison: both drafts with their facts.</summary>
public sealed class ComparisonHeaderSection : IReportSection<DraftComparison>
{
    /// <inheritdoc />
    public string Id => "header";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context) => true;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        html.Element("p", t[nameof(Strings.Report_KickerComparison)], ("class", "meta"));
        html.Element("h1", t.Fill(nameof(Strings.Compare_Title), input.First.Scenario.Title, input.Second.Scenario.Title));
        html.Element("h3", t.Fill(nameof(Strings.Compare_DraftA), input.First.Scenario.Title));
        HeaderSection.WriteFacts(html, input.First, context);
        html.Element("h3", t.Fill(nameof(Strings.Compare_DraftB), input.Second.Scenario.Title));
        HeaderSection.WriteFacts(html, input.Second, context);
        html.Element("p", input.CrossModel ? t[nameof(Strings.Report_UnitsCrossModel)] : HeaderSection.Units(t, input.First), ("class", "meta"));
    }
}

/// <summary>The focus member's farmers under both drafts, commodity by commodity: grouped bars with bands, and the table.</summary>
public sealed class ComparisonMemberSection : IReportSection<DraftComparison>
{
    /// <summary>Commodities shown.</summary>
    public const int Shown = 12;

    /// <inheritdoc />
    public string Id => "member";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return !input.CrossModel && context.Focus is { } member && RegionOf(input.First, member) is not null;
    }

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var member = context.Focus!.Value;
        var region = RegionOf(input.First, member)!;
        var name = MemberName(context, member, region);
        var second = input.Second.Markets.Where(m => m.Region == region.Region).ToDictionary(m => m.Commodity);
        var markets = input.First.Markets.Where(m => m.Region == region.Region && second.ContainsKey(m.Commodity))
            .OrderByDescending(m => Math.Abs(m.Welfare.ProducerSurplus) + Math.Abs(second[m.Commodity].Welfare.ProducerSurplus))
            .Take(Shown)
            .ToArray();
        Heading(html, t.Fill(nameof(Strings.CompareMember_Title), name));
        var chart = new BarChart
        {
            Title = t.Fill(nameof(Strings.CompareMember_ChartTitle), name),
            Description = t.Fill(nameof(Strings.CompareMember_ChartDescription), name, markets.Length),
            Series = [new BarSeries(t[nameof(Strings.Compare_SeriesA)], Palette.SeriesA), new BarSeries(t[nameof(Strings.Compare_SeriesB)], Palette.SeriesB)],
            Rows = [.. markets.Select(m =>
            {
                var b = second[m.Commodity];
                return new BarRow(t.Commodity(m.Commodity, m.CommodityName), [new BarValue(m.Welfare.ProducerSurplus, m.ProducerSurplusBand?.Low, m.ProducerSurplusBand?.High), new BarValue(b.Welfare.ProducerSurplus, b.ProducerSurplusBand?.Low, b.ProducerSurplusBand?.High)]);
            })],
            FormatValue = t.Format.Money,
            WhiskerLegend = t[nameof(Strings.Chart_BandLegend)],
        };
        html.Raw(chart.ToSvg(context.NextId("compare-member-chart")));
        Table(
            html,
            t.Fill(nameof(Strings.CompareMember_TableCaption), name),
            [(t[nameof(Strings.Col_Commodity)], false), (t[nameof(Strings.Col_TariffAfterA)], true), (t[nameof(Strings.Col_TariffAfterB)], true), (t[nameof(Strings.Col_FarmersA)], true), (t[nameof(Strings.Col_FarmersB)], true), (t[nameof(Strings.Col_ConsumersA)], true), (t[nameof(Strings.Col_ConsumersB)], true)],
            markets.Select(m =>
            {
                var b = second[m.Commodity];
                return (IReadOnlyList<Cell>)
                [
                    Label(t.Commodity(m.Commodity, m.CommodityName), m.Commodity.Code),
                    new Cell(t.Format.Rate(m.TariffAfter), m.TariffAfter, "num"),
                    new Cell(t.Format.Rate(b.TariffAfter), b.TariffAfter, "num"),
                    Money(context, m.Welfare.ProducerSurplus),
                    Money(context, b.Welfare.ProducerSurplus),
                    Money(context, m.Welfare.ConsumerSurplus),
                    Money(context, b.Welfare.ConsumerSurplus),
                ];
            }),
            "compare-member");
    }
}

/// <summary>The brief of a comparison: for the focus member and for the world, each figure under A and B and the difference.</summary>
public sealed class ComparisonBriefSection : IReportSection<DraftComparison>
{
    /// <inheritdoc />
    public string Id => "brief";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context) => input is { CrossModel: false };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        html.Open("div", ("class", "brief"));
        html.Element("h2", t[nameof(Strings.Brief_Title)]);
        if (context.Focus is { } member && RegionOf(input.First, member) is { } a && input.Second.Regions.FirstOrDefault(r => r.Region == a.Region) is { } b)
        {
            var name = MemberName(context, member, a);
            html.Element("p", Line(t, t.Fill(nameof(Strings.Compare_FarmersIn), name), a.Welfare.ProducerSurplus, b.Welfare.ProducerSurplus), ("class", "lead"));
            html.Element("p", Line(t, t.Fill(nameof(Strings.Compare_ConsumersIn), name), a.Welfare.ConsumerSurplus, b.Welfare.ConsumerSurplus));
            html.Element("p", Line(t, t.Fill(nameof(Strings.Compare_TreasuryOf), name), a.Welfare.Government, b.Welfare.Government));
            html.Element("p", Line(t, t.Fill(nameof(Strings.Compare_AllOf), name), a.Welfare.Total, b.Welfare.Total));
        }

        html.Element("p", Line(t, t[nameof(Strings.Compare_WorldFarmers)], input.First.World.ProducerSurplus, input.Second.World.ProducerSurplus));
        html.Element("p", Line(t, t[nameof(Strings.Compare_World)], input.First.World.Total, input.Second.World.Total));
        var second = input.Second.Regions.ToDictionary(r => r.Region);
        var most = input.First.Regions.Where(r => second.ContainsKey(r.Region))
            .Select(r => (Region: r, Difference: second[r.Region].Welfare.Total - r.Welfare.Total))
            .OrderByDescending(x => Math.Abs(x.Difference))
            .FirstOrDefault();
        if (most.Region is not null && Math.Abs(most.Difference) > Negligible)
        {
            html.Element("p", t.Fill(nameof(Strings.Compare_MostDifferent), context.RegionName(most.Region.Region, most.Region.Name), t.Format.Money(most.Difference)));
        }

        html.Element("p", t[nameof(Strings.Compare_Reading)], ("class", "note"));
        html.Close();
    }

    private static string Line(ReportText t, string who, double a, double b) =>
        t.Fill(nameof(Strings.Compare_Line), who, t.Format.Money(a), t.Format.Money(b), t.Format.Money(b - a));
}

/// <summary>Regions whose welfare differs most between the drafts: diverging bars of B − A and the table of A, B and B − A.</summary>
public sealed class ComparisonRegionsSection : IReportSection<DraftComparison>
{
    /// <summary>Regions shown on each side.</summary>
    public const int Shown = 10;

    /// <inheritdoc />
    public string Id => "regions";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context) => input is { CrossModel: false, First.Regions.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var second = input.Second.Regions.ToDictionary(r => r.Region);
        var pairs = input.First.Regions.Where(r => second.ContainsKey(r.Region)).Select(r => ((A: r, B: second[r.Region]), second[r.Region].Welfare.Total - r.Welfare.Total));
        var rows = Views.RunViews.GainsThenLosses(pairs, Shown);
        Heading(html, t[nameof(Strings.CompareRegions_Title)], t[nameof(Strings.CompareRegions_Lead)]);
        var chart = new BarChart
        {
            Title = t[nameof(Strings.CompareRegions_ChartTitle)],
            Description = t.Fill(nameof(Strings.CompareRegions_ChartDescription), rows.Count),
            Series = [new BarSeries(t[nameof(Strings.Col_Difference)], Palette.Gain)],
            Rows = [.. rows.Select(x => new BarRow(context.RegionName(x.Item.A.Region, x.Item.A.Name), [new BarValue(x.Value)]))],
            FormatValue = t.Format.Money,
            ColourBySign = true,
            SignLegend = (t[nameof(Strings.Chart_BetterUnderB)], t[nameof(Strings.Chart_WorseUnderB)]),
        };
        html.Raw(chart.ToSvg(context.NextId("compare-regions-chart")));
        Table(
            html,
            t[nameof(Strings.CompareRegions_TableCaption)],
            [(t[nameof(Strings.Col_Region)], false), (t[nameof(Strings.Col_FarmersA)], true), (t[nameof(Strings.Col_FarmersB)], true), (t[nameof(Strings.Col_TotalA)], true), (t[nameof(Strings.Col_TotalB)], true), (t[nameof(Strings.Col_Difference)], true)],
            rows.Select(x => (IReadOnlyList<Cell>)
            [
                Label(context.RegionName(x.Item.A.Region, x.Item.A.Name), x.Item.A.Region.Code),
                Money(context, x.Item.A.Welfare.ProducerSurplus),
                Money(context, x.Item.B.Welfare.ProducerSurplus),
                Money(context, x.Item.A.Welfare.Total),
                Money(context, x.Item.B.Welfare.Total),
                Money(context, x.Value),
            ]),
            "compare-regions");
        if (context.Dataset is not null)
        {
            html.Element("h3", t[nameof(Strings.CompareMap_Title)]);
            var values = input.First.Regions.Where(r => second.ContainsKey(r.Region)).Select(r => (r.Region, r.Name, second[r.Region].Welfare.Total - r.Welfare.Total));
            html.Raw(MapSection.Map(context, values, t[nameof(Strings.CompareMap_Title)]).ToSvg(context.NextId("compare-map")));
        }
    }
}

/// <summary>Welfare by group under both drafts.</summary>
public sealed class ComparisonGroupsSection : IReportSection<DraftComparison>
{
    /// <inheritdoc />
    public string Id => "groups";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context) => input is { CrossModel: false, First.Groups.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        Heading(html, t[nameof(Strings.Groups_Title)], t[nameof(Strings.Groups_Lead)]);
        var rows = Views.RunViews.GroupPairs(input.First, input.Second, t)
            .Append(new Views.WelfarePair(t[nameof(Strings.Groups_World)], "world", input.First.World, input.Second.World))
            .Select(x => (IReadOnlyList<Cell>)[Label(x.Label, x.Key), Money(context, x.A.ProducerSurplus), Money(context, x.B.ProducerSurplus), Money(context, x.A.Total), Money(context, x.B.Total), Money(context, x.B.Total - x.A.Total)]);
        Table(
            html,
            t[nameof(Strings.Groups_TableCaption)],
            [(t[nameof(Strings.Col_Group)], false), (t[nameof(Strings.Col_FarmersA)], true), (t[nameof(Strings.Col_FarmersB)], true), (t[nameof(Strings.Col_TotalA)], true), (t[nameof(Strings.Col_TotalB)], true), (t[nameof(Strings.Col_Difference)], true)],
            rows,
            "compare-groups");
    }
}

/// <summary>World prices under both drafts: a dot plot with both drafts' bands, and the table.</summary>
public sealed class ComparisonPricesSection : IReportSection<DraftComparison>
{
    /// <summary>Commodities shown.</summary>
    public const int Shown = 15;

    /// <inheritdoc />
    public string Id => "world-prices";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context) => input is { CrossModel: false, First.WorldPrices.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var second = input.Second.WorldPrices.ToDictionary(p => p.Commodity);
        var prices = input.First.WorldPrices.Where(p => second.ContainsKey(p.Commodity))
            .OrderByDescending(p => Math.Max(Math.Abs(p.Change), Math.Abs(second[p.Commodity].Change)))
            .Take(Shown)
            .ToArray();
        Heading(html, t[nameof(Strings.Prices_Title)], t[nameof(Strings.Prices_Lead)]);
        var plot = new DotPlot
        {
            Title = t[nameof(Strings.Prices_ChartTitle)],
            Description = t.Fill(nameof(Strings.Prices_ChartDescription), prices.Length),
            Series = [t[nameof(Strings.Compare_SeriesA)], t[nameof(Strings.Compare_SeriesB)]],
            Rows = [.. prices.Select(p =>
            {
                var b = second[p.Commodity];
                return new DotRow(t.Commodity(p.Commodity, p.Name), [new DotValue(p.Change, p.ChangeBand?.Low, p.ChangeBand?.High), new DotValue(b.Change, b.ChangeBand?.Low, b.ChangeBand?.High)]);
            })],
            FormatValue = t.Format.Change,
            BandLegend = t[nameof(Strings.Chart_BandLegend)],
        };
        html.Raw(plot.ToSvg(context.NextId("compare-prices-chart")));
        Table(
            html,
            t[nameof(Strings.Prices_TableCaption)],
            [(t[nameof(Strings.Col_Commodity)], false), (t[nameof(Strings.Col_ChangeA)], true), (t[nameof(Strings.Col_ChangeB)], true)],
            prices.Select(p => (IReadOnlyList<Cell>)[Label(t.Commodity(p.Commodity, p.Name), p.Commodity.Code), Change(context, p.Change), Change(context, second[p.Commodity].Change)]),
            "compare-prices");
    }
}

/// <summary>The assumptions of both drafts and the data sources.</summary>
public sealed class ComparisonAssumptionsSection : IReportSection<DraftComparison>
{
    /// <inheritdoc />
    public string Id => "assumptions";

    /// <inheritdoc />
    public bool AppliesTo(DraftComparison input, ReportContext context) => true;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftComparison input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        Heading(html, t[nameof(Strings.Assumptions_Title)]);
        AssumptionsSection.WriteFor(html, input.First, context, t.Fill(nameof(Strings.Compare_DraftA), input.First.Scenario.Title));
        AssumptionsSection.WriteFor(html, input.Second, context, t.Fill(nameof(Strings.Compare_DraftB), input.Second.Scenario.Title));
        AssumptionsSection.WriteSources(html, t);
    }
}
