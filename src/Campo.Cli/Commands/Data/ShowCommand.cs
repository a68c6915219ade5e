using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
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
    [CommandArgument(0, "[ISO3]")]
    [LocalizedDescription(CliStrings.Argument_ShowMember)]
    public string Member { get; init; } = string.Empty;

    /// <summary>The commodity.</summary>
    [CommandArgument(1, "[COMMODITY]")]
    [LocalizedDescription(CliStrings.Argument_ShowCommodity)]
    public string Commodity { get; init; } = string.Empty;
}

/// <summary><c>campo data show ISO3 COMMODITY</c>: a card of the 2005 figures and their sources; <c>campo data show --data WORKSPACE.duckdb</c>: what a workspace holds.</summary>
public sealed class ShowCommand(CliOutput output) : Command<ShowSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Member.Length == 0 || settings.Commodity.Length == 0)
        {
            if (settings.Member.Length == 0 && settings.Commodity.Length == 0 && WorkspaceInputs.IsWorkspace(settings.DataFolder))
            {
                return WorkspaceShow.Print(output, settings.DataFolder!, settings.Json);
            }

            throw new CampoException(CliText.Text(CliStrings.Error_ShowArguments), null, SourceLocation.OfField("ISO3"));
        }

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
            ?? throw new CampoException(CliText.Fill(CliStrings.Error_NoBase, commodity.Name, region.Id.Code), CliText.Text(CliStrings.Error_NoBaseExpected));
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

        var title = member is null ? CliText.Region(region.Id, region.Name, dataset) + " (" + region.Id.Code + ")" : member.NameIn(CliText.Language.Code) + " (" + member.Id.Code + ")";
        var heading = CliText.Fill(CliStrings.Data_ShowTitle, title, CliText.Commodity(commodity.Id, commodity.Name), commodity.Id.Code, Format.Year(Dataset.BaseYear));
        output.Console.MarkupLine("[bold]" + Markup.Escape(heading) + "[/]");
        if (member is not null && member.Region != member.Id)
        {
            output.Console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Data_ShowRegion, region.Id.Code, CliText.Region(region.Id, region.Name, dataset), DataWords.Relation(member.Relation), member.RegionNote)));
        }

        var table = new Table().AddColumn(CliText.Text(CliStrings.Col_Figure)).AddColumn(new TableColumn(CliText.Text(CliStrings.Col_Value)).RightAligned()).AddColumn(CliText.Text(CliStrings.Col_Unit));
        foreach (var (key, value) in figures)
        {
            table.AddRow(Markup.Escape(Label(key)), value is { } v ? Format.Number(v, "0.0") : "-", CliText.Text(key == "area" ? CliStrings.Unit_ThousandHectares : CliStrings.Unit_ThousandTonnes));
        }

        foreach (var (key, value) in wedges)
        {
            table.AddRow(Markup.Escape(Label(key)), value is { } v ? Format.Number(v, "0.000") : "-", key.EndsWith("elasticity", StringComparison.Ordinal) ? string.Empty : CliText.Text(CliStrings.Unit_Fraction));
        }

        table.AddRow(Markup.Escape(CliText.Text(CliStrings.Figure_WorldPrice)), commodity.WorldPrice is { } price ? Format.Number(price.Value, "0.00") : "-", "USD/t");
        output.Console.Write(table);
        if (bound is not null)
        {
            output.Console.WriteLine(bound.IsUnknown
                ? CliText.Fill(CliStrings.Data_BoundUnknown, bound.Assumption.Source)
                : CliText.Fill(CliStrings.Data_Bound, string.Join("; ", bound.Facts.Select(f => Format.Number(f.Bound!.Value.Percent, "0.#") + Format.PercentSign + " (" + f.Year + ", " + f.ProductLabel + ")"))));
        }

        foreach (var f in facts)
        {
            var when = f.Year.Length > 0 ? f.Year + ", " : string.Empty;
            var rates = string.Join(", ", new[] { (CliStrings.Data_RateBound, f.Bound), (CliStrings.Data_RateApplied, f.Applied), (CliStrings.Data_RateInQuota, f.InQuota) }
                .Where(x => x.Item2 is not null).Select(x => CliText.Fill(x.Item1, Format.Number(x.Item2!.Value.Percent, "0.#") + Format.PercentSign)));
            var detail = string.Join("; ", new[] { rates, f.SpecificDuty }.Where(x => x.Length > 0));
            output.Console.WriteLine(CliText.Fill(CliStrings.Data_TariffFact, when + f.ProductLabel, detail, f.Provenance.Source));
        }

        foreach (var s in faostat)
        {
            output.Console.WriteLine(CliText.Fill(CliStrings.Data_Faostat, s.item, s.element, Format.Number(s.thousandTonnes2005, "#,##0")));
        }

        output.Console.WriteLine(CliText.Fill(CliStrings.Data_ShowSources, Citations.Impact + (faostat.Count > 0 ? "; " + Citations.Faostat : string.Empty)));
        return ExitCodes.Ok;
    }

    /// <summary>A figure's name in the language; the key is the figure's name in the JSON output.</summary>
    private static string Label(string key) => CliText.Text(key switch
    {
        "production" => CliStrings.Figure_Production,
        "imports" => CliStrings.Figure_Imports,
        "exports" => CliStrings.Figure_Exports,
        "net exports" => CliStrings.Figure_NetExports,
        "total demand" => CliStrings.Figure_TotalDemand,
        "food" => CliStrings.Figure_Food,
        "feed" => CliStrings.Figure_Feed,
        "other uses" => CliStrings.Figure_OtherUses,
        "seed" => CliStrings.Figure_Seed,
        "waste" => CliStrings.Figure_Waste,
        "processing" => CliStrings.Figure_Processing,
        "stock change" => CliStrings.Figure_StockChange,
        "area" => CliStrings.Figure_Area,
        "tariff equivalent" => CliStrings.Figure_TariffEquivalent,
        "export wedge" => CliStrings.Figure_ExportWedge,
        "producer support (PSE)" => CliStrings.Figure_ProducerSupport,
        "consumer support (CSE)" => CliStrings.Figure_ConsumerSupport,
        "marketing margin" => CliStrings.Figure_MarketingMargin,
        "supply elasticity" => CliStrings.Figure_SupplyElasticity,
        "food demand elasticity" => CliStrings.Figure_FoodDemandElasticity,
        "other-use demand elasticity" => CliStrings.Figure_OtherDemandElasticity,
        "feed demand elasticity" => CliStrings.Figure_FeedDemandElasticity,
        _ => CliStrings.Figure_DemandElasticity,
    });

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
