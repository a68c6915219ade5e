using Campo.Evaluation;
using Campo.Reports.Charts;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using Campo.Reports.Views;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections;

/// <summary>Winners and losers by member: a diverging bar chart of the largest gains and losses with their 90% bands, and the table.</summary>
public sealed class WinnersAndLosersSection : IReportSection<DraftEvaluation>
{
    /// <summary>Regions shown on each side.</summary>
    public const int Shown = 10;

    /// <inheritdoc />
    public string Id => "winners-losers";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input is { Regions.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var rows = RunViews.GainsThenLosses(RunViews.RegionsByTotal(input, t, context.Dataset).Select(r => (r, r.Welfare.Total)), Shown);
        Heading(html, t[nameof(Strings.Winners_Title)], t[nameof(Strings.Winners_Lead)]);
        var chart = new BarChart
        {
            Title = t[nameof(Strings.Winners_ChartTitle)],
            Description = t.Fill(nameof(Strings.Winners_ChartDescription), rows.Count),
            Series = [new BarSeries(t[nameof(Strings.Col_Total)], Palette.Gain)],
            Rows = [.. rows.Select(x => new BarRow(x.Item.Label, [new BarValue(x.Value, x.Item.Band?.Low, x.Item.Band?.High)]))],
            FormatValue = t.Format.Money,
            ColourBySign = true,
            SignLegend = (t[nameof(Strings.Chart_Gain)], t[nameof(Strings.Chart_Loss)]),
            WhiskerLegend = t[nameof(Strings.Chart_BandLegend)],
        };
        html.Raw(chart.ToSvg(context.NextId("winners-chart")));
        Table(
            html,
            t[nameof(Strings.Winners_TableCaption)],
            WelfareHeaders(t, t[nameof(Strings.Col_Region)]),
            rows.Select(x => WelfareRow(context, x.Item)),
            "regions");
    }

    /// <summary>Headers of a welfare table.</summary>
    internal static IReadOnlyList<(string, bool)> WelfareHeaders(ReportText t, string first) =>
        [(first, false), (t[nameof(Strings.Col_Farmers)], true), (t[nameof(Strings.Col_Consumers)], true), (t[nameof(Strings.Col_Treasury)], true), (t[nameof(Strings.Col_Total)], true), (t[nameof(Strings.Col_Band)], true)];

    /// <summary>A welfare row.</summary>
    internal static IReadOnlyList<Cell> WelfareRow(ReportContext context, WelfareLine line) =>
        [Label(line.Label, line.Key), Money(context, line.Welfare.ProducerSurplus), Money(context, line.Welfare.ConsumerSurplus), Money(context, line.Welfare.Government), Money(context, line.Welfare.Total), MoneyBand(context, line.Band)];
}

/// <summary>Welfare by group of members (development status, coalitions, net food importers), and the world.</summary>
public sealed class GroupsSection : IReportSection<DraftEvaluation>
{
    /// <inheritdoc />
    public string Id => "groups";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input is { Groups.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        Heading(html, t[nameof(Strings.Groups_Title)], t[nameof(Strings.Groups_Lead)]);
        var rows = RunViews.Groups(input, t)
            .Append(new WelfareLine(t[nameof(Strings.Groups_World)], "world", input.World, null))
            .Select(line => WinnersAndLosersSection.WelfareRow(context, line));
        Table(html, t[nameof(Strings.Groups_TableCaption)], WinnersAndLosersSection.WelfareHeaders(t, t[nameof(Strings.Col_Group)]), rows, "groups");
    }
}

/// <summary>A world map of each region's net welfare change; the numbers are in the winners and losers table.</summary>
public sealed class MapSection : IReportSection<DraftEvaluation>
{
    /// <inheritdoc />
    public string Id => "map";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Dataset is not null && input is { Regions.Count: > 0 };
    }

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        Heading(html, t[nameof(Strings.Map_Title)], t[nameof(Strings.Map_Lead)]);
        html.Raw(Map(context, input.Regions.Select(r => (r.Region, r.Name, r.Welfare.Total)), t[nameof(Strings.Map_Title)]).ToSvg(context.NextId("map")));
    }

    /// <summary>A choropleth of values by region, each region's value given to every country it covers.</summary>
    internal static ChoroplethMap Map(ReportContext context, IEnumerable<(Domain.MemberId Region, string Name, double Value)> values, string title)
    {
        var t = context.Text;
        var byCountry = new Dictionary<string, MapValue>(StringComparer.Ordinal);
        foreach (var (region, name, value) in values)
        {
            var countries = context.Dataset?.FindRegion(region)?.Countries ?? [];
            var regionName = context.RegionName(region, name);
            foreach (var country in countries)
            {
                var countryName = context.Dataset?.FindMember(new Domain.MemberId(country)) is { } m ? m.NameIn(t.Language.Code) : country;
                var label = countryName == regionName ? regionName : countryName + " (" + regionName + ")";
                byCountry[country] = new MapValue(value, label + ": " + t.Format.Money(value) + " " + t[nameof(Strings.Unit_MillionUsd)]);
            }
        }

        return new ChoroplethMap
        {
            Title = title,
            Description = t[nameof(Strings.Map_Description)],
            Values = byCountry,
            FormatValue = t.Format.Money,
            NoDataLabel = t[nameof(Strings.Map_NoData)],
            Map = context.Map,
        };
    }
}

/// <summary>Farmers against consumers, world, by commodity: grouped bars and the table (sums over all regions).</summary>
public sealed class FarmersAndConsumersSection : IReportSection<DraftEvaluation>
{
    /// <summary>Commodities shown.</summary>
    public const int Shown = 12;

    /// <inheritdoc />
    public string Id => "farmers-consumers";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => input is { Markets.Count: > 0 };

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var byCommodity = RunViews.FarmersAndConsumers(input, t).Take(Shown).ToArray();
        Heading(html, t[nameof(Strings.Farmers_Title)], t[nameof(Strings.Farmers_Lead)]);
        var chart = new BarChart
        {
            Title = t[nameof(Strings.Farmers_ChartTitle)],
            Description = t.Fill(nameof(Strings.Farmers_ChartDescription), byCommodity.Length),
            Series = [new BarSeries(t[nameof(Strings.Col_Farmers)], Palette.SeriesA), new BarSeries(t[nameof(Strings.Col_Consumers)], Palette.SeriesB)],
            Rows = [.. byCommodity.Select(x => new BarRow(x.Name, [new BarValue(x.Farmers), new BarValue(x.Consumers)]))],
            FormatValue = t.Format.Money,
        };
        html.Raw(chart.ToSvg(context.NextId("farmers-chart")));
        Table(
            html,
            t[nameof(Strings.Farmers_TableCaption)],
            [(t[nameof(Strings.Col_Commodity)], false), (t[nameof(Strings.Col_Farmers)], true), (t[nameof(Strings.Col_Consumers)], true), (t[nameof(Strings.Col_Treasury)], true), (t[nameof(Strings.Col_RegionsFarmersLose)], true)],
            byCommodity.Select(x => (IReadOnlyList<Cell>)[Label(x.Name, x.Commodity.Code), Money(context, x.Farmers), Money(context, x.Consumers), Money(context, x.Treasury), new Cell(t.Format.Count(x.RegionsLosing), x.RegionsLosing, "num")]),
            "commodities");
    }
}
