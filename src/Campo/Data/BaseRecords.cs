using Campo.Domain;

namespace Campo.Data;

/// <summary>
/// The 2005 base of one commodity in one market region (IMPACT base year 2005, the 2004-06 average): the
/// balance, the price wedges and the own-price elasticities.
/// </summary>
/// <remarks>
/// Balance identity: <c>Production + Imports - Exports = TotalDemand + StockChange</c>, and
/// <c>TotalDemand = Food + Feed + OtherUses + Seed + Waste + Processing</c>. For EUN the quantities are sums over
/// the EU-25 member states' IMPACT regions, so gross imports and exports include intra-EU trade and are too
/// large, while net trade (exports minus imports) is right.
/// </remarks>
public sealed record BaseRecord
{
    /// <summary>The market region.</summary>
    public required MemberId Region { get; init; }

    /// <summary>The commodity.</summary>
    public required CommodityId Commodity { get; init; }

    /// <summary>Production (IMPACT QS).</summary>
    public required Tonnes Production { get; init; }

    /// <summary>Food demand (QF).</summary>
    public required Tonnes Food { get; init; }

    /// <summary>Feed demand (QL).</summary>
    public required Tonnes Feed { get; init; }

    /// <summary>Other uses, including biofuels (QOth).</summary>
    public required Tonnes OtherUses { get; init; }

    /// <summary>Seed (QSD).</summary>
    public required Tonnes Seed { get; init; }

    /// <summary>Waste (QW).</summary>
    public required Tonnes Waste { get; init; }

    /// <summary>Processing: crushing of oilseeds (QC).</summary>
    public required Tonnes Processing { get; init; }

    /// <summary>Total demand (QD), the sum of the uses.</summary>
    public required Tonnes TotalDemand { get; init; }

    /// <summary>Stock change (QST), signed: positive when stocks are built.</summary>
    public required Tonnes StockChange { get; init; }

    /// <summary>Gross imports (QM).</summary>
    public required Tonnes Imports { get; init; }

    /// <summary>Gross exports (QE).</summary>
    public required Tonnes Exports { get; init; }

    /// <summary>Harvested area in thousand hectares (ARA), or null for livestock and processed goods.</summary>
    public double? AreaThousandHectares { get; init; }

    /// <summary>Applied import tariff equivalent (IMPACT TM), or null where IMPACT gives none.</summary>
    public Rate? TariffEquivalent { get; init; }

    /// <summary>Export tax (negative) or subsidy (positive) wedge (IMPACT TE, sign as in IMPACT), or null.</summary>
    public Wedge? ExportWedge { get; init; }

    /// <summary>Producer support estimate as a price wedge (IMPACT PSE), or null.</summary>
    public Wedge? ProducerSupport { get; init; }

    /// <summary>
    /// Consumer support estimate as a fraction (IMPACT CSE), or null. A plain number, not a <see cref="Wedge"/>:
    /// IMPACT has values below -1 (Myanmar cotton, -1.78).
    /// </summary>
    public double? ConsumerSupport { get; init; }

    /// <summary>Marketing margin as a fraction of the world price (IMPACT MM), or null.</summary>
    public double? MarketingMargin { get; init; }

    /// <summary>Own-price supply elasticity (area plus yield for crops, livestock supply for livestock), at least 0, or null when unknown.</summary>
    public double? SupplyElasticity { get; init; }

    /// <summary>Own-price food demand elasticity (FdElasH diagonal), at most 0, or null.</summary>
    public double? FoodDemandElasticity { get; init; }

    /// <summary>Own-price other-use demand elasticity (OthDmdPElas diagonal), at most 0, or null.</summary>
    public double? OtherDemandElasticity { get; init; }

    /// <summary>Feed demand elasticity used by the dataset: an assumption (see Dataset.Assumptions, key feed-elasticity), or null.</summary>
    public double? FeedDemandElasticity { get; init; }

    /// <summary>Own-price elasticity of total demand: the use-share-weighted mean of food, feed and other-use elasticities, at most 0, or null.</summary>
    public double? DemandElasticity { get; init; }

    /// <summary>Net trade: exports minus imports (negative for a net importer).</summary>
    public Tonnes NetExports => Exports - Imports;

    /// <summary>The balance residual <c>Production + Imports - Exports - TotalDemand - StockChange</c>; zero up to rounding.</summary>
    public Tonnes BalanceResidual => Production + Imports - Exports - TotalDemand - StockChange;

    /// <summary>The residual of the uses: <c>TotalDemand - (Food + Feed + OtherUses + Seed + Waste + Processing)</c>.</summary>
    public Tonnes UseResidual => TotalDemand - (Food + Feed + OtherUses + Seed + Waste + Processing);
}

/// <summary>A cross-price food demand elasticity of IMPACT (FdElasH off the diagonal).</summary>
/// <param name="Region">The market region.</param>
/// <param name="Commodity">The commodity whose demand responds.</param>
/// <param name="PriceOf">The commodity whose price changes.</param>
/// <param name="Value">The elasticity.</param>
public sealed record CrossPriceElasticity(MemberId Region, CommodityId Commodity, CommodityId PriceOf, double Value);
