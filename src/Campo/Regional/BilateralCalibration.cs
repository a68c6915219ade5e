using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Markets.Armington;

namespace Campo.Regional;

/// <summary>A base-period flow of the bilateral model, in tonnes, with its tariff.</summary>
/// <param name="Exporter">The exporting region.</param>
/// <param name="Importer">The importing region (the exporter itself for domestic sales).</param>
/// <param name="Quantity">The base-period average quantity.</param>
/// <param name="Tariff">The base tariff (equivalent) on it.</param>
/// <param name="Licensed">True when the base wedge was an import licence (a rent, not revenue).</param>
/// <param name="Rule">How the flow was obtained: "FAOSTAT", "fact", "split", "residual".</param>
public sealed record BaseFlow(MemberId Exporter, MemberId Importer, Tonnes Quantity, Rate Tariff, bool Licensed, string Rule);

/// <summary>One region's base-period totals and elasticities in the bilateral model of a commodity.</summary>
/// <param name="Region">The region (a party, or ROW).</param>
/// <param name="Name">Its name.</param>
/// <param name="Production">FAOSTAT production, base-period average.</param>
/// <param name="Imports">FAOSTAT imports, base-period average.</param>
/// <param name="Exports">FAOSTAT exports, base-period average.</param>
/// <param name="SupplyElasticity">E_x: IMPACT's supply elasticity (production-weighted over the non-parties for ROW).</param>
/// <param name="DemandElasticity">E_m: IMPACT's total demand elasticity (demand-weighted for ROW).</param>
/// <param name="AreaThousandHectares">Harvested area, thousand ha (IMPACT 2005; the data hold no earlier area), or null.</param>
public sealed record BaseRegion(MemberId Region, string Name, Tonnes Production, Tonnes Imports, Tonnes Exports, double SupplyElasticity, double DemandElasticity, double? AreaThousandHectares);

/// <summary>The calibrated bilateral base of one commodity: regions, flows, price, elasticities and the assumptions made.</summary>
/// <param name="Spec">The commodity as the scenario gives it.</param>
/// <param name="Commodity">The dataset's commodity.</param>
/// <param name="FaoItem">The FAOSTAT item code used.</param>
/// <param name="Regions">The parties in scenario order, then ROW.</param>
/// <param name="Flows">Every flow with a quantity above 0.</param>
/// <param name="BasePrice">The base price, USD/t, that values every flow (GSIM's world prices normalised to it).</param>
/// <param name="BasePriceSource">Where the base price comes from.</param>
/// <param name="SubstitutionElasticity">E_s used for every region.</param>
/// <param name="Notes">Every split and fill made, in words.</param>
public sealed record CommodityBase(
    RegionalCommodity Spec,
    Commodity Commodity,
    int FaoItem,
    IReadOnlyList<BaseRegion> Regions,
    IReadOnlyList<BaseFlow> Flows,
    double BasePrice,
    string BasePriceSource,
    double SubstitutionElasticity,
    IReadOnlyList<string> Notes)
{
    /// <summary>The flow between two regions, or null.</summary>
    public BaseFlow? Flow(MemberId exporter, MemberId importer) => Flows.FirstOrDefault(f => f.Exporter == exporter && f.Importer == importer);

    /// <summary>The quantity of a flow in tonnes (0 when absent).</summary>
    public double Quantity(MemberId exporter, MemberId importer) => Flow(exporter, importer)?.Quantity.Value ?? 0;

    /// <summary>The GSIM model of this base: values = tonnes × base price, tariffs as in the base.</summary>
    public ArmingtonModel Model() => ArmingtonModel.Build(new ArmingtonBase(
        Commodity.Id,
        Regions.Select(r => new ArmingtonRegion(r.Region, r.DemandElasticity, r.SupplyElasticity, SubstitutionElasticity)).ToArray(),
        Flows.Select(f => new BilateralFlow(f.Exporter, f.Importer, new Usd(f.Quantity.Value * BasePrice), f.Tariff)).ToArray(),
        Commodity.Name + " " + Spec.Name));
}

/// <summary>
/// Builds the bilateral base of a regional agreement from what the data hold: FAOSTAT production, imports and
/// exports by party and for the world (the rest of the world, ROW, is the world less the parties), the facts the
/// scenario states (a flow's share of an importer's imports), and stated rules for every split no source gives.
/// The shared data have no bilateral agricultural trade matrix (../shared/data/README.md), so:
/// <list type="number">
/// <item>Base quantities are FAOSTAT averages over the base period.</item>
/// <item>A flow with a cited share: share × the importer's imports.</item>
/// <item>The rest of a party's imports is split over the other parties and ROW in proportion to their exports not
/// yet placed (ROW's exports are world exports less the parties'): an assumption, named in the notes.</item>
/// <item>A party's exports not sent to other parties go to ROW; its domestic sales are production less exports.</item>
/// <item>ROW's sales to itself (its domestic use and its internal trade) are its production less its sales to the parties.</item>
/// </list>
/// Each party's row then sums to its production and its column to production − exports + imports, exactly.
/// Elasticities: E_x is IMPACT's supply elasticity and E_m its total demand elasticity (2005), since GSIM's "export
/// supply" and "import demand" include domestic sales when they are entered as own trade (reference §2.1); ROW takes
/// the production- and demand-weighted means over the dataset's other regions. E_s is the scenario's.
/// </summary>
public static class BilateralCalibration
{
    /// <summary>Calibrates one commodity.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="spec">The commodity.</param>
    /// <param name="file">The scenario file, for messages.</param>
    /// <exception cref="CampoException">An unknown commodity, a party without its own market data, missing FAOSTAT years or elasticities.</exception>
    public static CommodityBase Calibrate(Dataset dataset, RegionalAgreement agreement, RegionalCommodity spec, string file)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(spec);
        var location = spec.Location with { File = spec.Location.File ?? file, Field = "regional.commodities." + spec.Name };
        Commodity commodity;
        try
        {
            commodity = dataset.ResolveCommodity(spec.Name);
        }
        catch (CampoException e)
        {
            throw new CampoException(e.Problem, e.Expected, location, e);
        }

        var item = commodity.FaoItems.FirstOrDefault() ?? throw new CampoException(
            commodity.Name + " has no FAOSTAT item in the dataset, so its base flows cannot be built", "a commodity with FAOSTAT balances (maize, beans, wheat, rice, soybeans, sugar, cotton, milk)", location);
        var notes = new List<string>();
        var years = Enumerable.Range(agreement.FirstBaseYear, agreement.BaseYearsAveraged).ToArray();
        double Average(string area, string element) => years.Average(y => Value(dataset, area, item, element, y, location));

        var parties = agreement.Parties;
        var regions = new List<BaseRegion>();
        foreach (var party in parties)
        {
            var member = dataset.GetMember(party);
            if (member.Region != party || member.Relation != RegionRelation.Own)
            {
                throw new CampoException(party + " has no market region of its own in the dataset (" + member.RegionNote + ")", "parties whose market data are their own (campo data members)", location with { Field = "regional.parties" });
            }

            var record = dataset.Base(party, commodity.Id) ?? throw new CampoException("the dataset has no 2005 base for " + commodity.Name + " in " + party + ", so its elasticities are unknown", "a commodity every party produces or trades", location);
            regions.Add(new BaseRegion(
                party,
                dataset.FindRegion(party)?.Name ?? member.Name,
                new Tonnes(Average(party.Code, "Production") * 1000),
                new Tonnes(Average(party.Code, "Import") * 1000),
                new Tonnes(Average(party.Code, "Export") * 1000),
                record.SupplyElasticity ?? throw Missing(party, commodity, "supply", location),
                record.DemandElasticity ?? throw Missing(party, commodity, "demand", location),
                record.AreaThousandHectares));
        }

        regions.Add(RestOfWorld(dataset, commodity, parties, Average, notes));
        var flows = Split(agreement, spec, regions, notes);
        var (price, priceSource) = BasePrice(dataset, agreement, spec, commodity, years, location);
        var tariffs = Tariffs(dataset, spec, commodity, regions, price, notes);
        var es = spec.SubstitutionElasticity ?? agreement.SubstitutionElasticity;
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"{commodity.Name}: base {agreement.BasePeriod} from FAOSTAT (item {item.Code}, {item.Name}); flows valued at {price:0.##} USD/t ({priceSource}); E_x and E_m from IMPACT 2005, E_s = {es:0.##}."));
        var baseFlows = flows.Select(f =>
        {
            var (tariff, licensed) = f.Exporter == f.Importer ? (Rate.Zero, false) : tariffs(f.Exporter, f.Importer);
            return new BaseFlow(f.Exporter, f.Importer, new Tonnes(f.Tonnes), tariff, licensed, f.Rule);
        }).Where(f => f.Quantity.Value > 0).ToArray();
        return new CommodityBase(spec, commodity, item.Code, regions, baseFlows, price, priceSource, es, notes);
    }

    private static BaseRegion RestOfWorld(Dataset dataset, Commodity commodity, IReadOnlyList<MemberId> parties, Func<string, string, double> average, List<string> notes)
    {
        double Less(string element) => (average("WLD", element) - parties.Sum(p => average(p.Code, element))) * 1000;
        var others = dataset.BaseRecords.Where(r => r.Commodity == commodity.Id && !parties.Contains(r.Region)).ToArray();
        var supply = Weighted(others, r => r.SupplyElasticity, r => r.Production.Value);
        var demand = Weighted(others, r => r.DemandElasticity, r => r.TotalDemand.Value);
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"{commodity.Name}: the rest of the world (ROW) is the FAOSTAT world less the parties; its elasticities are the production-weighted supply ({supply:0.###}) and demand-weighted demand ({demand:0.###}) elasticities of the dataset's other {others.Length} regions (IMPACT 2005)."));
        return new BaseRegion(RegionalAgreement.RestOfWorld, "Rest of the world", new Tonnes(Math.Max(0, Less("Production"))), new Tonnes(Math.Max(0, Less("Import"))), new Tonnes(Math.Max(0, Less("Export"))), supply, demand, null);
    }

    private static double Weighted(IEnumerable<BaseRecord> records, Func<BaseRecord, double?> value, Func<BaseRecord, double> weight)
    {
        var with = records.Where(r => value(r) is not null && weight(r) > 0).ToArray();
        var total = with.Sum(weight);
        return total > 0 ? with.Sum(r => value(r)!.Value * weight(r)) / total : 0;
    }

    private static List<(MemberId Exporter, MemberId Importer, double Tonnes, string Rule)> Split(RegionalAgreement agreement, RegionalCommodity spec, List<BaseRegion> regions, List<string> notes)
    {
        var row = RegionalAgreement.RestOfWorld;
        var byId = regions.ToDictionary(r => r.Region);
        var flows = new Dictionary<(MemberId, MemberId), (double Tonnes, string Rule)>();
        foreach (var pair in spec.Pairs.Where(p => p.ShareOfImportsPercent is not null))
        {
            flows[(pair.Exporter, pair.Importer)] = (pair.ShareOfImportsPercent!.Value / 100 * byId[pair.Importer].Imports.Value, "fact");
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{spec.Name}: {pair.Exporter} supplies {pair.ShareOfImportsPercent:0.#}% of {pair.Importer}'s base imports ({pair.Key}.share_of_imports)."));
        }

        double Placed(MemberId exporter) => flows.Where(f => f.Key.Item1 == exporter).Sum(f => f.Value.Tonnes);
        foreach (var importer in agreement.Parties)
        {
            var fixedIn = flows.Where(f => f.Key.Item2 == importer).Sum(f => f.Value.Tonnes);
            var rest = Math.Max(0, byId[importer].Imports.Value - fixedIn);
            var origins = regions.Where(r => r.Region != importer && !flows.ContainsKey((r.Region, importer)))
                .Select(r => (r.Region, Weight: Math.Max(0, r.Exports.Value - Placed(r.Region))))
                .ToArray();
            var total = origins.Sum(o => o.Weight);
            foreach (var (origin, weight) in origins)
            {
                var share = total > 0 ? weight / total : origin == row ? 1 : 0;
                flows[(origin, importer)] = (rest * share, "split");
            }
        }

        notes.Add(spec.Name + ": imports without a cited origin are split over the other parties and ROW in proportion to their exports not yet placed (an assumption: the data hold no bilateral trade matrix).");
        foreach (var party in agreement.Parties)
        {
            var toParties = agreement.Parties.Where(v => v != party).Sum(v => flows.GetValueOrDefault((party, v)).Tonnes);
            var toRow = byId[party].Exports.Value - toParties;
            if (toRow < 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{spec.Name}: {party}'s flows to the other parties ({toParties / 1000:0.#} kt) exceed its FAOSTAT exports; none goes to ROW."));
            }

            flows[(party, row)] = (Math.Max(0, toRow), "residual");
            var domestic = byId[party].Production.Value - byId[party].Exports.Value;
            if (domestic < 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{spec.Name}: {party} exports more than it produces (re-exports); its domestic sales are set to 0."));
            }

            flows[(party, party)] = (Math.Max(0, domestic), "FAOSTAT");
        }

        var rowToParties = agreement.Parties.Sum(p => flows.GetValueOrDefault((row, p)).Tonnes);
        flows[(row, row)] = (Math.Max(0, byId[row].Production.Value - rowToParties), "residual");
        foreach (var importer in agreement.Parties)
        {
            var total = byId[importer].Imports.Value;
            if (total <= 0)
            {
                continue;
            }

            var origins = flows.Where(f => f.Key.Item2 == importer && f.Key.Item1 != importer && f.Value.Tonnes > 0)
                .OrderByDescending(f => f.Value.Tonnes)
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key.Item1} {f.Value.Tonnes / total * 100:0.0}% ({(f.Value.Rule == "fact" ? "cited" : "split rule")})"));
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{spec.Name}: {importer}'s base imports ({total / 1000:#,##0.#} kt) by origin: {string.Join(", ", origins)}."));
        }
        return flows.Select(f => (f.Key.Item1, f.Key.Item2, f.Value.Tonnes, f.Value.Rule)).ToList();
    }

    private static (double Price, string Source) BasePrice(Dataset dataset, RegionalAgreement agreement, RegionalCommodity spec, Commodity commodity, int[] years, SourceLocation location)
    {
        if (spec.PriceSeries is { } name)
        {
            var series = dataset.Price(name) ?? throw new CampoException(
                "no World Bank price series \"" + name + "\" in the dataset",
                "one of " + string.Join(", ", dataset.Prices.Select(p => "\"" + p.Name + "\"")),
                location with { Field = location.Field + ".price_series" });
            foreach (var year in years)
            {
                if (!series.Values.ContainsKey(year))
                {
                    throw new CampoException("the World Bank series \"" + name + "\" has no price for " + year.ToString(CultureInfo.InvariantCulture), "a base period the series covers", location with { Field = location.Field + ".price_series" });
                }
            }

            return (years.Average(y => series.Values[y]), "World Bank, " + series.Description + ", " + agreement.BasePeriod + " average");
        }

        var price = commodity.WorldPrice?.Value ?? throw new CampoException(commodity.Name + " has no world price in the dataset", "give price_series, the name of a World Bank series", location);
        return (price, "IMPACT 2005 world price: the data hold no " + commodity.Name.ToLowerInvariant() + " price for " + agreement.BasePeriod + " (an assumption)");
    }

    private static Func<MemberId, MemberId, (Rate, bool)> Tariffs(Dataset dataset, RegionalCommodity spec, Commodity commodity, List<BaseRegion> regions, double price, List<string> notes)
    {
        var byImporter = new Dictionary<MemberId, (double Fraction, bool Licensed)>();
        foreach (var region in regions)
        {
            if (spec.Importers.FirstOrDefault(i => i.Importer == region.Region) is { } given)
            {
                var fraction = given.BaseTariffPercent is { } p ? p / 100 : given.BaseTariffUsdPerTonne is { } usd ? usd / price : 0;
                byImporter[region.Region] = (fraction, given.Licensing);
                if (given.BaseTariffUsdPerTonne is { } specific)
                {
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"{spec.Name}: {region.Region}'s base duty of {specific:0.##} USD/t is {fraction * 100:0.0}% of the base price of {price:0.##} USD/t."));
                }
            }
            else if (region.Region == RegionalAgreement.RestOfWorld)
            {
                byImporter[region.Region] = (0, false);
                notes.Add(spec.Name + ": ROW's own import protection is not modelled (zero); the agreement does not change it.");
            }
            else
            {
                var tm = dataset.Base(region.Region, commodity.Id)?.TariffEquivalent?.Fraction ?? 0;
                byImporter[region.Region] = (tm, false);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{spec.Name}: {region.Region}'s base tariff is IMPACT's 2005 applied tariff equivalent ({tm * 100:0.00}%); the data hold none for the base period (an assumption)."));
            }
        }

        return (exporter, importer) =>
        {
            var pair = spec.Pairs.FirstOrDefault(p => p.Exporter == exporter && p.Importer == importer);
            var (fraction, licensed) = byImporter[importer];
            return (new Rate(pair?.BaseRatePercent is { } own ? own / 100 : fraction), licensed);
        };
    }

    private static double Value(Dataset dataset, string area, FaoItem item, string element, int year, SourceLocation location)
    {
        var series = dataset.FaostatSeries(area, item.Code, element);
        if (series is null)
        {
            // FAOSTAT leaves all-zero series out of the dataset (docs/data.md): a missing element is zero.
            return 0;
        }

        return series.Values.TryGetValue(year, out var value) ? value : throw new CampoException(
            "FAOSTAT has no " + element.ToLowerInvariant() + " of " + item.Name + " for " + area + " in " + year.ToString(CultureInfo.InvariantCulture),
            "a base period within the FAOSTAT balances (1973-2009)",
            location with { Field = "regional.base_year" });
    }

    private static CampoException Missing(MemberId party, Commodity commodity, string side, SourceLocation location) =>
        new("the dataset has no " + side + " elasticity for " + commodity.Name + " in " + party, "a commodity with IMPACT elasticities for every party", location);
}
