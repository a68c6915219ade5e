using Campo.Domain;

namespace Campo.Markets.World;

/// <summary>What a demand component is used for; IMPACT splits demand into these uses.</summary>
public enum DemandUse
{
    /// <summary>Food demand (IMPACT QF), the use IMPACT gives own- and cross-price elasticities for.</summary>
    Food,

    /// <summary>Feed demand (IMPACT QL).</summary>
    Feed,

    /// <summary>Other uses: processing, seed, waste, biofuels (IMPACT QOth, QSD, QW, QC).</summary>
    Other,
}

/// <summary>Which curve a cross-price elasticity shifts.</summary>
public enum CrossPriceSide
{
    /// <summary>A demand component, which responds to another commodity's consumer price.</summary>
    Demand,

    /// <summary>Supply, which responds to another commodity's producer price (e.g. livestock competing for feed).</summary>
    Supply,
}

/// <summary>
/// One component of a region's demand for a commodity, with its own constant price elasticity:
/// <c>D_u = D_u0·(pc/pc0)^η_u</c> times any cross-price factors.
/// </summary>
/// <param name="Use">The use.</param>
/// <param name="Quantity">Base-year quantity; at least 0.</param>
/// <param name="PriceElasticity">Own-price elasticity η; at most 0.</param>
public sealed record DemandComponent(DemandUse Use, Tonnes Quantity, double PriceElasticity);

/// <summary>
/// A cross-price elasticity: how a region's supply or one demand component of <paramref name="Commodity"/>
/// responds to the (producer or consumer) price of <paramref name="PriceOf"/> in the same region. Links make
/// the two markets solve together.
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="Commodity">The commodity whose quantity responds.</param>
/// <param name="PriceOf">The commodity whose price moves it; different from <paramref name="Commodity"/>.</param>
/// <param name="Elasticity">The elasticity, of either sign (substitutes positive for demand).</param>
/// <param name="Side">Supply or demand.</param>
/// <param name="Use">For demand, the component it applies to (IMPACT: food).</param>
public sealed record CrossPriceElasticity(
    MemberId Region,
    CommodityId Commodity,
    CommodityId PriceOf,
    double Elasticity,
    CrossPriceSide Side = CrossPriceSide.Demand,
    DemandUse Use = DemandUse.Food);

/// <summary>
/// A region's base-year market for one commodity: the balance, the elasticities and the policy in force.
/// The balance must hold: <c>Production + Imports − Exports = Σ Demand + StockChange</c> within the
/// model's tolerance (IMPACT base data hold it to rounding).
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="Production">Base production (IMPACT QS); at least 0.</param>
/// <param name="Demand">Demand by use, each with its elasticity; the quantities sum to total demand (QD).</param>
/// <param name="Imports">Gross imports (QM); at least 0.</param>
/// <param name="Exports">Gross exports (QE); at least 0.</param>
/// <param name="SupplyElasticity">Own-price supply elasticity ε; at least 0.</param>
/// <param name="Policy">Tariffs, export wedge, support and quota in force in the base.</param>
public sealed record RegionMarketBase(
    MemberId Region,
    CommodityId Commodity,
    Tonnes Production,
    IReadOnlyList<DemandComponent> Demand,
    Tonnes Imports,
    Tonnes Exports,
    double SupplyElasticity,
    BorderPolicy Policy)
{
    /// <summary>Base-year change in stocks (IMPACT QST), held fixed in every scenario; any sign.</summary>
    public Tonnes StockChange { get; init; } = Tonnes.Zero;
}

/// <summary>A commodity's base-year world price.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Price">The world (border) price, such as IMPACT's 2005 world price in USD per tonne.</param>
public sealed record CommodityWorldPrice(CommodityId Commodity, UsdPerTonne Price);

/// <summary>
/// The base-year data the world market model is calibrated to: world prices, every region's market for every
/// commodity it produces or consumes, and the cross-price links the data give. <paramref name="SourceName"/>
/// names the data in error messages (a file, or "default dataset").
/// </summary>
/// <param name="WorldPrices">One world price per commodity.</param>
/// <param name="Markets">One entry per region and commodity; a commodity needs at least one.</param>
/// <param name="CrossPrices">Cross-price elasticities; may be empty.</param>
/// <param name="SourceName">What to call the data in messages.</param>
public sealed record WorldMarketBase(
    IReadOnlyList<CommodityWorldPrice> WorldPrices,
    IReadOnlyList<RegionMarketBase> Markets,
    IReadOnlyList<CrossPriceElasticity> CrossPrices,
    string SourceName = "market base data");
