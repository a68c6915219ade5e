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

/// <summary>Which price the cost is compared with.</summary>
public enum ExportPrice
{
    /// <summary>World Bank Pink Sheet maize, US No. 2 yellow, f.o.b. US Gulf ports, calendar-year average (USD/t).</summary>
    Gulf,

    /// <summary>The ERS price at harvest (USD/bu): what US farmers received, which IATP notes may be as low as the export price.</summary>
    Harvest,
}

/// <summary>The inputs of a margin series; every one can be set from the command line or the scenario.</summary>
/// <param name="From">First year.</param>
/// <param name="To">Last year.</param>
/// <param name="CostBasis">The cost measure.</param>
/// <param name="Price">The price compared.</param>
/// <param name="TransportUsdPerTonne">Added to the cost of production, USD/t (Wise adds transport and handling to Mexico; IATP adds none). At least 0.</param>
public sealed record DumpingInputs(int From, int To, CostBasis CostBasis = CostBasis.Total, ExportPrice Price = ExportPrice.Gulf, double TransportUsdPerTonne = 0);

/// <summary>One year's margin.</summary>
/// <param name="Year">The year (ERS crop year; World Bank calendar year).</param>
/// <param name="CostUsdPerBushel">Cost of production per bushel: cost per planted acre ÷ yield per planted acre.</param>
/// <param name="CostUsdPerTonne">Cost per tonne, transport included: per bushel ÷ 0.0254 t, plus transport.</param>
/// <param name="PriceUsdPerTonne">The price compared, USD/t.</param>
/// <param name="Margin">(cost − price) ÷ cost: positive when the price is below the cost (dumping in IATP's sense).</param>
public sealed record DumpingMargin(int Year, double CostUsdPerBushel, double CostUsdPerTonne, double PriceUsdPerTonne, double Margin);

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
public sealed record DumpingSeries(string Commodity, DumpingInputs Inputs, IReadOnlyList<DumpingMargin> Years, double MeanMargin, IReadOnlyList<PublishedMargin> Checks, IReadOnlyList<string> Notes, string Gap);

/// <summary>
/// Export-dumping margins by the IATP method (reference negotiation-and-civil-society.md §3.1):
/// <code>
///   margin = (full cost of production − export price) / full cost of production
/// </code>
/// Costs are USDA ERS costs and returns of US corn (per planted acre, 1996-2016), divided by the yield per planted
/// acre to give USD per bushel and converted to tonnes with the bushel of shelled corn, 56 lb (USDA Agricultural
/// Handbook 697, "Weights, Measures, and Conversion Factors for Agricultural Commodities and Their Products"), and
/// the international pound, 0.45359237 kg exactly (1959 international yard and pound agreement): one bushel is
/// 25.40117272 kg, one tonne 39.368 bushels. The export price is the World Bank's US Gulf f.o.b. maize price. This
/// is an illustration of IATP's margin, not a reproduction: IATP uses the USDA FAS export unit value, and Wise
/// (§3.2) the export price to Mexico against cost plus transport, neither of which is in the data.
/// </summary>
public static class DumpingCalculator
{
    /// <summary>Kilograms in a pound, exactly (international pound).</summary>
    public const double KilogramsPerPound = 0.45359237;

    /// <summary>Pounds in a bushel of shelled corn (USDA standard weight).</summary>
    public const double PoundsPerBushelOfCorn = 56;

    /// <summary>Tonnes in a bushel of shelled corn: 56 × 0.45359237 / 1000 = 0.02540117272.</summary>
    public const double TonnesPerBushel = PoundsPerBushelOfCorn * KilogramsPerPound / 1000.0;

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

    /// <summary>The years with cost data in a dataset.</summary>
    public static (int First, int Last) CostYears(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.CornCosts.Count == 0 ? (0, -1) : (dataset.CornCosts.Min(c => c.Year), dataset.CornCosts.Max(c => c.Year));
    }

    /// <summary>Computes the margins of a commodity over a range of years.</summary>
    /// <param name="dataset">The data: ERS corn costs and World Bank prices.</param>
    /// <param name="commodity">The commodity as the user named it; only maize has cost data.</param>
    /// <param name="inputs">Years, cost basis, price and transport.</param>
    /// <param name="field">The name of the input that chose the commodity, for messages (<c>--commodity</c>).</param>
    /// <exception cref="CampoException">A commodity without cost data, years outside the data, a negative transport cost.</exception>
    public static DumpingSeries Compute(Dataset dataset, string commodity, DumpingInputs inputs, string field = "--commodity")
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(inputs);
        var resolved = dataset.ResolveCommodity(commodity);
        if (resolved.Id.Code != "maiz")
        {
            throw new CampoException(
                "no cost of production data for " + resolved.Name + ": the dataset holds USDA ERS costs and returns for US corn (maize) only",
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

        var gulf = dataset.Price("Maize");
        var rows = new List<DumpingMargin>();
        for (var year = inputs.From; year <= inputs.To; year++)
        {
            var costs = dataset.CornCosts.FirstOrDefault(c => c.Year == year) ?? throw new CampoException(
                "no cost data for " + Year(year) + " in the USDA ERS corn series",
                "choose years the series covers (campo data show ers_corn_costs)",
                SourceLocation.OfField("--from"));
            var perAcre = inputs.CostBasis switch
            {
                CostBasis.Operating => costs.OperatingCostsUsdPerAcre,
                CostBasis.TotalLessLand => costs.TotalCostsUsdPerAcre - costs.LandUsdPerAcre,
                _ => costs.TotalCostsUsdPerAcre,
            };
            var perBushel = perAcre / costs.YieldBushelsPerAcre;
            var perTonne = (perBushel / TonnesPerBushel) + inputs.TransportUsdPerTonne;
            double price;
            if (inputs.Price == ExportPrice.Harvest)
            {
                price = costs.HarvestPriceUsdPerBushel / TonnesPerBushel;
            }
            else if (gulf is not null && gulf.Values.TryGetValue(year, out var fob))
            {
                price = fob;
            }
            else
            {
                throw new CampoException(
                    "no World Bank maize (US Gulf) price for " + Year(year) + " in the data",
                    "choose years the price series covers, or --price harvest",
                    SourceLocation.OfField("--price"));
            }

            rows.Add(new DumpingMargin(year, perBushel, perTonne, price, Margin(perTonne, price)));
        }

        return new DumpingSeries(resolved.Name, inputs, rows, rows.Average(r => r.Margin), PublishedChecks, Notes(inputs), GapNote(dataset));
    }

    private static List<string> Notes(DumpingInputs inputs)
    {
        var notes = new List<string>
        {
            "Margin = (full cost of production − export price) / full cost of production (IATP; reference negotiation-and-civil-society.md §3.1). Positive: sold below cost.",
            "Cost: USDA ERS costs and returns, US corn, " + inputs.CostBasis switch
            {
                CostBasis.Operating => "operating costs only",
                CostBasis.TotalLessLand => "total costs listed less the opportunity cost of land",
                _ => "total costs listed (operating costs, overhead, and the opportunity costs of land and unpaid labour)",
            } + ", per planted acre, divided by the yield per planted acre.",
            "Bushel: 56 lb of shelled corn (USDA Agricultural Handbook 697) × 0.45359237 kg per lb = 25.40 kg; 1 t = 39.37 bu.",
            inputs.Price == ExportPrice.Harvest
                ? "Price: the ERS price at harvest (what US farmers received), not an export price."
                : "Price: World Bank maize, US No. 2 yellow, f.o.b. US Gulf, calendar-year average; ERS costs are for the crop year.",
        };
        if (inputs.TransportUsdPerTonne > 0)
        {
            notes.Add("Transport and handling of " + inputs.TransportUsdPerTonne.ToString("0.##", CultureInfo.InvariantCulture) + " USD/t added to the cost (Wise's variant, reference §3.2; a user's figure).");
        }

        return notes;
    }

    /// <summary>Why this calculator's 2002 margin differs from the published one, from the data in hand.</summary>
    private static string GapNote(Dataset dataset)
    {
        const string Start = "An illustration of IATP's margin, not a reproduction: IATP uses the USDA FAS export unit value and its own cost series (Oxfam's 2002 figures: cost 3.08 USD/bu, export price 2.69 USD/bu, margin 12.7%).";
        var costs = dataset.CornCosts.FirstOrDefault(c => c.Year == 2002);
        if (costs is null || dataset.Price("Maize") is not { } gulf || !gulf.Values.TryGetValue(2002, out var fob))
        {
            return Start;
        }

        var cost = costs.TotalCostsUsdPerAcre / costs.YieldBushelsPerAcre;
        var price = fob * TonnesPerBushel;
        return Start + string.Create(
            CultureInfo.InvariantCulture,
            $" ERS total costs listed give a 2002 cost of {costs.TotalCostsUsdPerAcre:0.##} / {costs.YieldBushelsPerAcre:0.#} = {cost:0.00} USD/bu, and the Gulf price was {price:0.00} USD/bu, so the 2002 margin here is {Margin(cost, price):+0.0%;-0.0%}. The gap is in the inputs (cost series and export price), not in the formula, and is reported rather than tuned away.");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
