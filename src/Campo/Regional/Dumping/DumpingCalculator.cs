using System.Globalization;
using Campo.Data;
using Campo.Errors;

namespace Campo.Regional.Dumping;

/// <summary>Which cost of production the margin is measured against (USDA ERS costs and returns, per planted acre).</summary>
public enum CostBasis
{
    /// <summary>ERS "total costs listed": operating costs plus allocated overhead, including the opportunity costs of land and unpaid labour; the full economic cost IATP's method uses.</summary>
    Total,

    /// <summary>Total costs listed less the opportunity cost of land (land rent is argued to capitalise the price, so some analysts leave it out).</summary>
    TotalLessLand,

    /// <summary>Operating costs only (seed, fertiliser, chemicals, fuel, repairs, interest): a floor, the cash cost of the season.</summary>
    Operating,
}

/// <summary>Which price the cost is compared with. Only the first two compare like with like.</summary>
public enum ExportPrice
{
    /// <summary>
    /// Like for like, the default: the ERS farm price of the same crop year (the price ERS values the crop at in its
    /// gross value of production, per bushel at harvest) against the full cost of that crop year, both at the farm gate.
    /// </summary>
    Harvest,

    /// <summary>
    /// Like for like at the port: the World Bank US Gulf f.o.b. price averaged over the crop's marketing year
    /// (September to August) against the cost plus the farm-to-port basis of the same crop year (the marketing-year Gulf
    /// price less the ERS farm price).
    /// </summary>
    MarketingYear,

    /// <summary>
    /// Not like for like (the old default): the World Bank US Gulf f.o.b. price, calendar-year average, against the
    /// farm-gate cost. The price carries inland freight and handling the cost does not, and eight of its twelve months
    /// sell the previous crop.
    /// </summary>
    Gulf,
}

/// <summary>The inputs of a margin series; every one can be set from the command line or the scenario.</summary>
/// <param name="From">First crop year.</param>
/// <param name="To">Last crop year.</param>
/// <param name="CostBasis">The cost measure.</param>
/// <param name="Price">The price compared.</param>
/// <param name="TransportUsdPerTonne">Added to the cost of production, USD/t (Wise adds transport and handling to Mexico; IATP adds none). At least 0.</param>
public sealed record DumpingInputs(int From, int To, CostBasis CostBasis = CostBasis.Total, ExportPrice Price = ExportPrice.Harvest, double TransportUsdPerTonne = 0);

/// <summary>One crop year's margin with every input.</summary>
/// <param name="Year">The crop year (ERS; for the marketing-year price, September of this year to August of the next).</param>
/// <param name="CostUsdPerAcre">The cost per planted acre on the chosen basis (ERS).</param>
/// <param name="YieldBushelsPerAcre">The yield per planted acre (ERS).</param>
/// <param name="CostUsdPerBushel">Cost of production per bushel: cost per planted acre ÷ yield per planted acre.</param>
/// <param name="BasisUsdPerTonne">The farm-to-port basis added to the cost (marketing-year price only; otherwise 0).</param>
/// <param name="TransportUsdPerTonne">The user's transport and handling added to the cost.</param>
/// <param name="CostUsdPerTonne">The cost compared: per bushel ÷ 0.0254 t, plus basis and transport.</param>
/// <param name="PriceUsdPerBushel">The price compared, USD/bu.</param>
/// <param name="PriceUsdPerTonne">The price compared, USD/t.</param>
/// <param name="Margin">(cost − price) ÷ cost: positive when the price is below the cost (dumping in IATP's sense).</param>
public sealed record DumpingMargin(
    int Year,
    double CostUsdPerAcre,
    double YieldBushelsPerAcre,
    double CostUsdPerBushel,
    double BasisUsdPerTonne,
    double TransportUsdPerTonne,
    double CostUsdPerTonne,
    double PriceUsdPerBushel,
    double PriceUsdPerTonne,
    double Margin);

/// <summary>A published margin the series is compared with (a fact with its source; the reference keeps them aside as validation targets).</summary>
/// <param name="Who">The publisher and publication.</param>
/// <param name="From">First year the figure covers.</param>
/// <param name="To">Last year (the same for one year; a mean over the years otherwise).</param>
/// <param name="Margin">The published margin (0.13 is 13% below cost).</param>
/// <param name="Source">Where it is printed: URL and the sentence.</param>
public sealed record PublishedTarget(string Who, int From, int To, double Margin, string Source);

/// <summary>A published margin beside this series' margin for the same years.</summary>
/// <param name="Target">The published figure.</param>
/// <param name="Modelled">This series' margin (the mean over the years for a range), or null when the series does not cover them.</param>
/// <param name="Difference">Modelled − published, in points of margin (0.02 is 2 points), or null.</param>
public sealed record PublishedComparison(PublishedTarget Target, double? Modelled, double? Difference);

/// <summary>A check of the formula against a published figure.</summary>
/// <param name="Source">Who published it, with the reference section.</param>
/// <param name="Status">"verified" or "secondary".</param>
/// <param name="CostUsdPerBushel">The published cost.</param>
/// <param name="PriceUsdPerBushel">The published price.</param>
/// <param name="Margin">The formula's margin on those figures.</param>
public sealed record PublishedMargin(string Source, string Status, double CostUsdPerBushel, double PriceUsdPerBushel, double Margin);

/// <summary>A series of margins with its inputs, sources and checks.</summary>
/// <param name="Commodity">The commodity (maize).</param>
/// <param name="Inputs">The inputs used.</param>
/// <param name="Years">One row per year.</param>
/// <param name="MeanMargin">The mean margin over the years.</param>
/// <param name="Checks">The formula applied to the published figures of the reference.</param>
/// <param name="Notes">Sources and conversion, in words.</param>
/// <param name="Gap">Why these margins differ from the published ones, from the data in hand.</param>
/// <param name="Comparison">Which comparison this is, in words (like for like or not, and at which point of the chain).</param>
/// <param name="Published">IATP's and Wise's published margins beside this series' margins for the same years.</param>
public sealed record DumpingSeries(string Commodity, DumpingInputs Inputs, IReadOnlyList<DumpingMargin> Years, double MeanMargin, IReadOnlyList<PublishedMargin> Checks, IReadOnlyList<string> Notes, string Gap, string Comparison, IReadOnlyList<PublishedComparison> Published);

/// <summary>
/// Export-dumping margins by the IATP method (reference negotiation-and-civil-society.md §3.1):
/// <code>
///   margin = (full cost of production − price) / full cost of production
/// </code>
/// Costs are USDA ERS costs and returns of US corn (per planted acre, 1996-2016), divided by the yield per planted
/// acre to give USD per bushel and converted to tonnes with the bushel of shelled corn, 56 lb (USDA Agricultural
/// Handbook 697, "Weights, Measures, and Conversion Factors for Agricultural Commodities and Their Products"), and
/// the international pound, 0.45359237 kg exactly (1959 international yard and pound agreement): one bushel is
/// 25.40117272 kg, one tonne 39.368 bushels.
/// <para>
/// The default compares like with like: cost and price of the same crop year at the same point, the farm gate
/// (<see cref="ExportPrice.Harvest"/>). At the port (<see cref="ExportPrice.MarketingYear"/>) the cost carries the
/// farm-to-port basis b = P_MY − P_farm of the same crop year, so
/// <c>margin = (C + b − P_MY)/(C + b) = (C − P_farm)/(C + b)</c>: the farm-gate shortfall over a larger cost. The
/// calendar-year Gulf price against the farm-gate cost (<see cref="ExportPrice.Gulf"/>) mixes two crops and two
/// points of the chain and is kept only as an option.
/// </para>
/// </summary>
public static class DumpingCalculator
{
    /// <summary>Kilograms in a pound, exactly (international pound).</summary>
    public const double KilogramsPerPound = 0.45359237;

    /// <summary>Pounds in a bushel of shelled corn (USDA standard weight).</summary>
    public const double PoundsPerBushelOfCorn = 56;

    /// <summary>Tonnes in a bushel of shelled corn: 56 × 0.45359237 / 1000 = 0.02540117272.</summary>
    public const double TonnesPerBushel = PoundsPerBushelOfCorn * KilogramsPerPound / 1000.0;

    /// <summary>The World Bank series of the calendar-year Gulf price.</summary>
    public const string GulfSeries = "Maize";

    /// <summary>The marketing-year (September-August) average of the same series, built from the monthly Pink Sheet.</summary>
    public const string MarketingYearSeries = "Maize, Sep-Aug";

    /// <summary>The US commodities IATP and Wise also cover, for which the data hold no ERS cost series.</summary>
    public const string MissingCosts = "USDA ERS costs and returns for wheat, soybeans, cotton and rice are not in the data: ../shared/data/costs transcribes only the corn/us rows of the ERS series it cites (AmericasWater/awash data/global/ers.csv, which also holds soybeans, wheat, cotton and rice, 1996-2016), and the World Bank has no US rice or US cotton export price (Thai rice and the Cotlook A index are not US prices)";

    /// <summary>The IATP margin: (cost − price) / cost.</summary>
    /// <param name="cost">The full cost of production, any unit; above 0.</param>
    /// <param name="price">The export price, the same unit; at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A cost of 0 or less, or a negative price.</exception>
    public static double Margin(double cost, double price)
    {
        if (!(cost > 0) || !double.IsFinite(cost))
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "A cost of production is a finite number above 0.");
        }

        if (!(price >= 0) || !double.IsFinite(price))
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "A price is a finite number of at least 0.");
        }

        return (cost - price) / cost;
    }

    /// <summary>The published figures the formula is checked against (reference §3.1 and §3.3).</summary>
    public static IReadOnlyList<PublishedMargin> PublishedChecks { get; } =
    [
        // IATP fact sheet: "if corn costs $2.50 a bushel to grow, but is sold ... at only $2.00 a bushel" [V].
        new("IATP fact sheet, worked example (reference negotiation-and-civil-society.md §3.1)", "verified", 2.50, 2.00, Margin(2.50, 2.00)),

        // Oxfam Briefing Paper 50 (2003), 2002 US corn: cost 3.08 USD/bu, export price 2.69 USD/bu [S].
        new("Oxfam, Dumping Without Borders (2003), US corn 2002 (reference §3.3)", "secondary", 3.08, 2.69, Margin(3.08, 2.69)),
    ];

    /// <summary>The published US corn margins the series is compared with, each with where it is printed.</summary>
    public static IReadOnlyList<PublishedTarget> PublishedTargets { get; } =
    [
        new("IATP, update of United States Dumping on World Agricultural Markets (Feb 2004), corn 2002", 2002, 2002, 0.13, "\"Corn was exported at an average price of 13% below cost of production\" (data year 2002): NewFarm / Agribusiness Examiner, 27 Feb 2004, http://www.newfarm.org/news/2004/0304/030504/dumping.shtml"),
        new("IATP, fact sheet United States dumping on world markets (2005; data of A Decade of Dumping, Murphy, Lilliston & Lake, Feb 2005), corn 2003", 2003, 2003, 0.10, "\"In 2003 ... corn was dumped at 10 percent\": https://studylib.net/doc/8909159/united-states-dumping-on-world-markets"),
        new("Wise, Agricultural Dumping Under NAFTA (GDAE Working Paper 09-08, Dec 2009), corn, mean 1997-2005", 1997, 2005, 0.19, "\"U.S. corn was on average dumped at 19% below production costs\": Wise, Mexico: The Cost of U.S. Dumping, NACLA Report on the Americas, Jan/Feb 2011 (https://fliphtml5.com/plgp/oxzm/tracking_the_economy_Mexico%3A_The_Cost_of_U.S._Dumping/1/); working paper https://pdfslide.net/documents/agricultural-dumping-under-nafta-estimating-the-costs-of-2019-10-09-agreement.html"),
    ];

    /// <summary>The years with cost data in a dataset.</summary>
    public static (int First, int Last) CostYears(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.CornCosts.Count == 0 ? (0, -1) : (dataset.CornCosts.Min(c => c.Year), dataset.CornCosts.Max(c => c.Year));
    }

    /// <summary>Computes the margins of a commodity over a range of crop years.</summary>
    /// <param name="dataset">The data: ERS corn costs and World Bank prices.</param>
    /// <param name="commodity">The commodity as the user named it; only maize has cost data.</param>
    /// <param name="inputs">Years, cost basis, price and transport.</param>
    /// <param name="field">The name of the input that chose the commodity, for messages (<c>--commodity</c>).</param>
    /// <exception cref="CampoException">A commodity without cost data, years outside the data, a year missing from the cost
    /// series, a price series that stops before the last year, a negative transport cost.</exception>
    public static DumpingSeries Compute(Dataset dataset, string commodity, DumpingInputs inputs, string field = "--commodity")
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(inputs);
        var resolved = dataset.ResolveCommodity(commodity);
        if (resolved.Id.Code != "maiz")
        {
            throw new CampoException(
                "no cost of production data for " + resolved.Name + ": the dataset holds USDA ERS costs and returns for US corn (maize) only (ERS publishes them for wheat, soybeans, cotton and rice too, but the shared data transcribe corn alone)",
                "choose maize, or bring a cost series for " + resolved.Name,
                SourceLocation.OfField(field));
        }

        var (first, last) = CostYears(dataset);
        if (inputs.From > inputs.To)
        {
            throw new CampoException(
                "the first year " + Year(inputs.From) + " is after the last year " + Year(inputs.To),
                "give --from no later than --to",
                SourceLocation.OfField("--from"));
        }

        if (inputs.From < first || inputs.To > last)
        {
            var missing = inputs.From < first ? inputs.From : inputs.To;
            throw new CampoException(
                "no cost data for " + Year(missing) + ": the USDA ERS corn costs in the data cover " + Year(first) + "-" + Year(last),
                "choose years from " + Year(first) + " to " + Year(last),
                SourceLocation.OfField(inputs.From < first ? "--from" : "--to"));
        }

        if (!(inputs.TransportUsdPerTonne >= 0) || !double.IsFinite(inputs.TransportUsdPerTonne))
        {
            throw new CampoException(
                "a transport cost of " + inputs.TransportUsdPerTonne.ToString(CultureInfo.InvariantCulture) + " USD/t",
                "give a cost of at least 0 USD/t",
                SourceLocation.OfField("--transport"));
        }

        var rows = new List<DumpingMargin>();
        for (var year = inputs.From; year <= inputs.To; year++)
        {
            var costs = dataset.CornCosts.FirstOrDefault(c => c.Year == year) ?? throw new CampoException(
                "no cost data for " + Year(year) + ": the USDA ERS corn series in the data has no row for that year (it runs " + Year(first) + "-" + Year(last) + " with a gap)",
                "choose years the series covers (campo data show ers_corn_costs), or add the year's costs",
                new SourceLocation(DatasetFiles.CornCosts, null, null, "year " + Year(year)));
            var perAcre = inputs.CostBasis switch
            {
                CostBasis.Operating => costs.OperatingCostsUsdPerAcre,
                CostBasis.TotalLessLand => costs.TotalCostsUsdPerAcre - costs.LandUsdPerAcre,
                _ => costs.TotalCostsUsdPerAcre,
            };
            var perBushel = perAcre / costs.YieldBushelsPerAcre;
            var farm = costs.HarvestPriceUsdPerBushel / TonnesPerBushel;
            var price = inputs.Price switch
            {
                ExportPrice.Harvest => farm,
                ExportPrice.MarketingYear => PriceOf(dataset, MarketingYearSeries, year),
                _ => PriceOf(dataset, GulfSeries, year),
            };
            var basis = inputs.Price == ExportPrice.MarketingYear ? price - farm : 0;
            var perTonne = (perBushel / TonnesPerBushel) + basis + inputs.TransportUsdPerTonne;
            rows.Add(new DumpingMargin(year, perAcre, costs.YieldBushelsPerAcre, perBushel, basis, inputs.TransportUsdPerTonne, perTonne, price * TonnesPerBushel, price, Margin(perTonne, price)));
        }

        var published = Compare(rows);
        return new DumpingSeries(resolved.Name, inputs, rows, rows.Average(r => r.Margin), PublishedChecks, Notes(inputs), GapNote(dataset, inputs, published), ComparisonText(inputs.Price), published);
    }

    /// <summary>The comparison in words: which price against which cost, and whether it is like for like.</summary>
    public static string ComparisonText(ExportPrice price) => price switch
    {
        ExportPrice.Harvest => "Like for like at the farm gate: the ERS farm price of each crop year against the full cost of the same crop year (the default).",
        ExportPrice.MarketingYear => "Like for like at the port: the US Gulf f.o.b. price averaged over the crop's marketing year (September to August) against the full cost plus the farm-to-port basis of the same crop year (marketing-year Gulf price less the ERS farm price).",
        _ => "Not like for like: the calendar-year US Gulf f.o.b. price against the farm-gate cost; the price carries inland freight and handling the cost does not, and January to August sell the previous crop.",
    };

    private static double PriceOf(Dataset dataset, string name, int year)
    {
        var series = dataset.Price(name) ?? throw new CampoException(
            "the World Bank price series '" + name + "' is not in the dataset",
            "rebuild the dataset with campo data build --from ../shared/data, or choose --price harvest",
            new SourceLocation(DatasetFiles.Prices, null, null, name));
        if (series.Values.TryGetValue(year, out var value))
        {
            return value;
        }

        var end = series.Values.Count == 0 ? "has no values" : "runs " + Year(series.Values.Keys.Min()) + "-" + Year(series.Values.Keys.Max());
        throw new CampoException(
            "no World Bank price '" + name + "' for " + Year(year) + ": the series " + end + (name == MarketingYearSeries ? " (a crop year needs all twelve months, September " + Year(year) + " to August " + Year(year + 1) + ", of the monthly Pink Sheet)" : string.Empty),
            "choose years the price series covers (--to), or --price harvest",
            new SourceLocation(DatasetFiles.Prices, null, null, name));
    }

    private static List<PublishedComparison> Compare(List<DumpingMargin> rows) =>
        PublishedTargets.Select(t =>
        {
            var years = rows.Where(r => r.Year >= t.From && r.Year <= t.To).ToList();
            if (years.Count != t.To - t.From + 1)
            {
                return new PublishedComparison(t, null, null);
            }

            var modelled = years.Average(r => r.Margin);
            return new PublishedComparison(t, modelled, modelled - t.Margin);
        }).ToList();

    private static List<string> Notes(DumpingInputs inputs)
    {
        var notes = new List<string>
        {
            "Margin = (full cost of production − price) / full cost of production (IATP; reference negotiation-and-civil-society.md §3.1). Positive: sold below cost.",
            ComparisonText(inputs.Price),
            "Cost: USDA ERS costs and returns, US corn, " + inputs.CostBasis switch
            {
                CostBasis.Operating => "operating costs only",
                CostBasis.TotalLessLand => "total costs listed less the opportunity cost of land",
                _ => "total costs listed (operating costs, overhead, and the opportunity costs of land and unpaid labour)",
            } + ", per planted acre, divided by the yield per planted acre.",
            "Bushel: 56 lb of shelled corn (USDA Agricultural Handbook 697) × 0.45359237 kg per lb = 25.40 kg; 1 t = 39.37 bu.",
            inputs.Price switch
            {
                ExportPrice.Harvest => "Price: the ERS farm price of the crop year (the price per bushel at harvest its gross value of production uses), what US farmers received.",
                ExportPrice.MarketingYear => "Price: World Bank maize, US No. 2 yellow, f.o.b. US Gulf, averaged over September of the crop year to August of the next (monthly Pink Sheet); basis = that price less the ERS farm price, added to the cost.",
                _ => "Price: World Bank maize, US No. 2 yellow, f.o.b. US Gulf, calendar-year average; ERS costs are for the crop year.",
            },
            "Other US crops: " + MissingCosts + ".",
        };
        if (inputs.TransportUsdPerTonne > 0)
        {
            notes.Add("Transport and handling of " + inputs.TransportUsdPerTonne.ToString("0.##", CultureInfo.InvariantCulture) + " USD/t added to the cost (Wise's variant, reference §3.2; a user's figure).");
        }

        return notes;
    }

    /// <summary>The published margins beside these, and why they differ, from the data in hand.</summary>
    private static string GapNote(Dataset dataset, DumpingInputs inputs, List<PublishedComparison> published)
    {
        var parts = new List<string>();
        foreach (var p in published.Where(p => p.Modelled is not null))
        {
            var years = p.Target.From == p.Target.To ? Year(p.Target.From) : "mean " + Year(p.Target.From) + "-" + Year(p.Target.To);
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{years}: {p.Modelled:0.0%} here against {p.Target.Margin:0%} ({p.Target.Who.Split(',')[0]}), {p.Difference * 100:+0.0;-0.0} points"));
        }

        var text = parts.Count == 0 ? "The published margins (IATP 2002 and 2003, Wise 1997-2005) fall outside these years." : "Published margins beside these: " + string.Join("; ", parts) + ".";
        var costs = dataset.CornCosts.FirstOrDefault(c => c.Year == 2002);
        if (costs is not null && inputs.CostBasis == CostBasis.Total && inputs.From <= 2002 && inputs.To >= 2002)
        {
            var cost = costs.TotalCostsUsdPerAcre / costs.YieldBushelsPerAcre;
            text += string.Create(
                CultureInfo.InvariantCulture,
                $" The 2002 gap is in the data, not the rule: IATP's 2002 cost (3.08 USD/bu, via Oxfam 2003) is {(3.08 / cost) - 1:0%} above ERS's revised total costs listed, {costs.TotalCostsUsdPerAcre:0.##} / {costs.YieldBushelsPerAcre:0.#} = {cost:0.00} USD/bu, while its export price (2.69 USD/bu, the USDA FAS export unit value) is {(2.69 / costs.HarvestPriceUsdPerBushel) - 1:0%} above the ERS farm price ({costs.HarvestPriceUsdPerBushel:0.00}).");
            if (dataset.Price(MarketingYearSeries) is { } series && series.Values.TryGetValue(2002, out var myPrice))
            {
                var perBushel = myPrice * TonnesPerBushel;
                text += string.Create(
                    CultureInfo.InvariantCulture,
                    $" That price is the 2002/03 marketing-year Gulf price in the data ({perBushel:0.00} USD/bu), which IATP sets against the farm-gate cost without the farm-to-port basis; that comparison on the ERS cost gives {Margin(cost, perBushel):+0.0%;-0.0%}, further from 13%, so only the cost differs.");
            }
        }

        if (inputs.Price == ExportPrice.Gulf)
        {
            text += " The calendar-year Gulf price is above the farm price by the inland basis and mixes two crops, so its margins run about 20 points below the like-for-like ones over 1997-2005.";
        }

        return text;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
