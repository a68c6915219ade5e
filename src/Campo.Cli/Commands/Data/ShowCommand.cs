using System.ComponentModel;
using System.Globalization;
using Campo.Cli.Infrastructure;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>Settings of <c>campo data show</c>.</summary>
public sealed class ShowSettings : DataSettings
{
    /// <summary>The member or region.</summary>
    [CommandArgument(0, "<ISO3>")]
    [Description("A WTO member (ISO3 code such as MEX, or EUN for the EU) or a market region code (CHM, CRB).")]
    public string Member { get; init; } = string.Empty;

    /// <summary>The commodity.</summary>
    [CommandArgument(1, "<COMMODITY>")]
    [Description("A commodity named plainly (maize, beans) or by code (maiz, jmaiz).")]
    public string Commodity { get; init; } = string.Empty;
}

/// <summary><c>campo data show ISO3 COMMODITY</c>: a card of the 2005 figures and their sources.</summary>
public sealed class ShowCommand(CliOutput output) : Command<ShowSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dataset = settings.LoadDataset(output);
        var commodity = dataset.ResolveCommodity(settings.Commodity);
        Member? member = null;
        MarketRegion region;
        if (MemberId.TryParse(settings.Member, out var id) && dataset.FindRegion(id) is { } asRegion && dataset.FindMember(id) is null)
        {
            region = asRegion;
        }
        else
        {
            member = dataset.ResolveMember(settings.Member);
            region = dataset.RegionFor(member.Id);
        }

        var record = dataset.Base(region.Id, commodity.Id)
            ?? throw new CampoException($"IMPACT has no 2005 figures for {commodity.Name} in region {region.Id}", "another commodity; see campo data commodities");
        var bound = member is null ? null : dataset.BoundTariff(member.Id, commodity.Id);
        var facts = member is null ? [] : dataset.TariffFacts.Where(f => f.Member == member.Id && f.Commodity == commodity.Id).ToList();
        var area = member?.Id.Code ?? region.Id.Code;
        var faostat = commodity.FaoItems
            .SelectMany(i => new[] { "Production", "Import", "Export" }.Select(e => dataset.FaostatSeries(area, i.Code, e)))
            .Where(s => s is not null && s.Values.ContainsKey(Dataset.BaseYear))
            .Select(s => new { item = s!.Item, element = s.Element, thousandTonnes2005 = s.Values[Dataset.BaseYear] })
            .ToList();
        var figures = Figures(record);
        var wedges = Wedges(record);
        if (settings.Json)
        {
            output.Out.WriteLine(CampoJson.Serialize(new
            {
                member = member is null ? null : new { code = member.Id, name = member.Name, status = member.StatusAt(new DateOnly(Dataset.BaseYear, 1, 1)) },
                region = new { code = region.Id, region.Name, relation = member?.Relation ?? RegionRelation.Own, note = member?.RegionNote ?? string.Empty },
                commodity = new { code = commodity.Id, commodity.Name },
                baseYear = Dataset.BaseYear,
                thousandTonnes = figures.ToDictionary(f => f.Key, f => f.Value),
                wedges = wedges.ToDictionary(w => w.Key, w => w.Value),
                worldPriceUsdPerTonne = commodity.WorldPrice?.Value,
                boundTariff = bound is null ? null : new { unknown = bound.IsUnknown, facts = bound.Facts.Select(f => new { boundPercent = f.Bound?.Percent, f.Year, source = f.Provenance.Source }), assumption = bound.IsUnknown ? bound.Assumption.Source : null },
                tariffFacts = facts.Select(f => new { f.ProductLabel, hs = f.Hs?.Digits, boundPercent = f.Bound?.Percent, appliedPercent = f.Applied?.Percent, inQuotaPercent = f.InQuota?.Percent, quotaTonnes = f.QuotaTonnes?.Value, f.SpecificDuty, f.Year, source = f.Provenance.Source }),
                faostat2005 = faostat,
                sources = new[] { Citations.Impact, Citations.Faostat },
            }));
            return ExitCodes.Ok;
        }

        var title = member is null ? $"{region.Name} ({region.Id})" : $"{member.Name} ({member.Id})";
        output.Console.MarkupLine($"[bold]{Markup.Escape(title)}: {Markup.Escape(commodity.Name)} ({commodity.Id.Code}), base {Dataset.BaseYear.ToString(CultureInfo.InvariantCulture)}[/]");
        if (member is not null && member.Region != member.Id)
        {
            output.Console.MarkupLine(Markup.Escape($"Market region {region.Id} ({region.Name}), {member.Relation}: {member.RegionNote}"));
        }

        var table = new Table().AddColumn("figure").AddColumn(new TableColumn("value").RightAligned()).AddColumn("unit");
        foreach (var (key, value) in figures)
        {
            table.AddRow(key, value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-", key == "area" ? "1000 ha" : "1000 t");
        }

        foreach (var (key, value) in wedges)
        {
            table.AddRow(key, value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-", key.EndsWith("elasticity", StringComparison.Ordinal) ? string.Empty : "fraction");
        }

        table.AddRow("world price 2005", commodity.WorldPrice?.Value.ToString("0.00", CultureInfo.InvariantCulture) ?? "-", "USD/t");
        output.Console.Write(table);
        if (bound is not null)
        {
            output.Console.WriteLine(bound.IsUnknown
                ? "Bound tariff: unknown. Assumption: " + bound.Assumption.Source
                : "Bound tariff: " + string.Join("; ", bound.Facts.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Bound!.Value.Percent:0.#}% ({f.Year}, {f.ProductLabel})"))));
        }

        foreach (var f in facts)
        {
            var when = f.Year.Length > 0 ? f.Year + ", " : string.Empty;
            var rates = string.Join(", ", new[] { ("bound", f.Bound), ("applied", f.Applied), ("in quota", f.InQuota) }
                .Where(x => x.Item2 is not null).Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Item1} {x.Item2!.Value.Percent:0.#}%")));
            var detail = string.Join("; ", new[] { rates, f.SpecificDuty }.Where(x => x.Length > 0));
            output.Console.WriteLine($"Tariff fact ({when}{f.ProductLabel}): {detail} [{f.Provenance.Source}]");
        }

        foreach (var s in faostat)
        {
            output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAOSTAT 2005, {s.item}, {s.element}: {s.thousandTonnes2005:0} thousand t"));
        }

        output.Console.WriteLine("Sources: " + Citations.Impact + (faostat.Count > 0 ? "; " + Citations.Faostat : string.Empty) + ". Wedges and elasticities: see docs/data.md.");
        return ExitCodes.Ok;
    }

    private static List<KeyValuePair<string, double?>> Figures(BaseRecord r) =>
    [
        new("production", r.Production.Thousands), new("imports", r.Imports.Thousands), new("exports", r.Exports.Thousands),
        new("net exports", r.NetExports.Thousands), new("total demand", r.TotalDemand.Thousands), new("food", r.Food.Thousands),
        new("feed", r.Feed.Thousands), new("other uses", r.OtherUses.Thousands), new("seed", r.Seed.Thousands), new("waste", r.Waste.Thousands),
        new("processing", r.Processing.Thousands), new("stock change", r.StockChange.Thousands), new("area", r.AreaThousandHectares),
    ];

    private static List<KeyValuePair<string, double?>> Wedges(BaseRecord r) =>
    [
        new("tariff equivalent", r.TariffEquivalent?.Fraction), new("export wedge", r.ExportWedge?.Fraction), new("producer support (PSE)", r.ProducerSupport?.Fraction),
        new("consumer support (CSE)", r.ConsumerSupport), new("marketing margin", r.MarketingMargin), new("supply elasticity", r.SupplyElasticity),
        new("food demand elasticity", r.FoodDemandElasticity), new("other-use demand elasticity", r.OtherDemandElasticity),
        new("feed demand elasticity", r.FeedDemandElasticity), new("demand elasticity", r.DemandElasticity),
    ];
}
