using Campo.Domain;
using Campo.Markets.World;

namespace Campo.Markets.Uncertainty;

/// <summary>
/// What is uncertain in a world market run: the supply and demand elasticities (each region, commodity and
/// curve drawn independently) and the share of quota rents the importing region keeps (one share per draw for
/// every quota, replacing the model's and the quotas' own).
/// </summary>
public sealed record WorldMarketUncertainty
{
    /// <summary>Factor on every own-price supply elasticity. Default none.</summary>
    public FactorDistribution SupplyElasticity { get; init; } = FactorDistribution.None;

    /// <summary>Factor on every own-price demand elasticity (each use). Default none.</summary>
    public FactorDistribution DemandElasticity { get; init; } = FactorDistribution.None;

    /// <summary>Range of the domestic share of quota rents, or null to keep the model's.</summary>
    public ShareRange? DomesticRentShare { get; init; }

    /// <summary>A one-paragraph statement of the assumptions, for reports.</summary>
    public string Describe() =>
        $"Supply elasticities: {SupplyElasticity.Describe()}; demand elasticities: {DemandElasticity.Describe()}; " +
        $"domestic share of quota rents: {DomesticRentShare?.Describe() ?? "as in the model"}. Each region, commodity and curve is drawn independently.";
}

/// <summary>A market's Monte Carlo summaries.</summary>
/// <param name="ProducerPriceChange">Proportional change of the producer price.</param>
/// <param name="ProducerSurplus">Producer surplus change, USD.</param>
/// <param name="ConsumerSurplus">Consumer surplus change, USD.</param>
/// <param name="Total">Net welfare change, USD.</param>
public sealed record MarketSummary(Summary ProducerPriceChange, Summary ProducerSurplus, Summary ConsumerSurplus, Summary Total);

/// <summary>The summaries of a world market Monte Carlo run, over the draws that converged.</summary>
public sealed class WorldMarketMonteCarloResult
{
    internal WorldMarketMonteCarloResult(
        WorldMarketSolution central,
        int draws,
        IReadOnlyList<int> failed,
        string assumptions,
        IReadOnlyDictionary<CommodityId, Summary> prices,
        IReadOnlyDictionary<MemberId, WelfareSummary> regions,
        IReadOnlyList<KeyValuePair<string, WelfareSummary>> groups,
        IReadOnlyDictionary<(MemberId, CommodityId), MarketSummary> markets)
    {
        Central = central;
        Draws = draws;
        FailedDraws = failed;
        Assumptions = assumptions;
        WorldPriceChange = prices;
        RegionWelfare = regions;
        GroupWelfare = groups;
        Markets = markets;
    }

    /// <summary>The solve at the base elasticities and assumptions.</summary>
    public WorldMarketSolution Central { get; }

    /// <summary>Draws made.</summary>
    public int Draws { get; }

    /// <summary>Draws in which a market did not clear; they are left out of every summary.</summary>
    public IReadOnlyList<int> FailedDraws { get; }

    /// <summary>Draws summarised.</summary>
    public int ConvergedDraws => Draws - FailedDraws.Count;

    /// <summary>The distributions used, in words.</summary>
    public string Assumptions { get; }

    /// <summary>Proportional change of each world price (empty when no draw converged).</summary>
    public IReadOnlyDictionary<CommodityId, Summary> WorldPriceChange { get; }

    /// <summary>Each region's welfare summed over commodities.</summary>
    public IReadOnlyDictionary<MemberId, WelfareSummary> RegionWelfare { get; }

    /// <summary>Each group's welfare, in the order the groups were given.</summary>
    public IReadOnlyList<KeyValuePair<string, WelfareSummary>> GroupWelfare { get; }

    /// <summary>The markets asked for.</summary>
    public IReadOnlyDictionary<(MemberId, CommodityId), MarketSummary> Markets { get; }
}

/// <summary>
/// Monte Carlo over the world market model: each draw scales the base elasticities by factors drawn from the
/// stated distributions (and draws the quota-rent share), solves the shock warm-started from the central
/// solution, and records world prices and welfare. Draw d uses its own random stream seeded by (seed, d), and
/// the draws are independent of one another, so the results are the same for any thread count, and for any split of
/// the draws into ranges evaluated apart (<see cref="Open"/>, <see cref="WorldMarketDraws"/>). Draws run in
/// parallel; each thread reuses its own arrays. Method and distributions: <c>docs/models/uncertainty.md</c>.
/// </summary>
public static class WorldMarketMonteCarlo
{
    /// <summary>Runs the draws and summarises them.</summary>
    /// <param name="model">The calibrated model.</param>
    /// <param name="shock">The scenario.</param>
    /// <param name="uncertainty">What to draw.</param>
    /// <param name="options">Draws, seed and threads; null for the defaults.</param>
    /// <param name="groups">Groups of regions to summarise; null for none.</param>
    /// <param name="markets">Region and commodity markets to summarise one by one; null for none.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="Campo.Errors.CampoException">The shock names an unknown market.</exception>
    /// <exception cref="KeyNotFoundException">A market asked for is not in the model.</exception>
    public static WorldMarketMonteCarloResult Run(
        WorldMarketModel model,
        WorldMarketShock shock,
        WorldMarketUncertainty uncertainty,
        MonteCarloOptions? options = null,
        IReadOnlyList<KeyValuePair<string, IReadOnlyCollection<MemberId>>>? groups = null,
        IReadOnlyList<(MemberId Region, CommodityId Commodity)>? markets = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new MonteCarloOptions();
        options.Validate();
        var draws = Open(model, shock, uncertainty, options.Seed, markets);
        return draws.Summarise(draws.Evaluate(0, options.Draws, options.MaxDegreeOfParallelism, cancellationToken), groups);
    }

    /// <summary>
    /// Sets up a run whose draws are evaluated range by range (<see cref="WorldMarketDraws"/>): the policy and the central
    /// solve once; <see cref="Run"/> is <c>Open</c>, <c>Evaluate(0, draws)</c> and <c>Summarise</c>.
    /// </summary>
    /// <param name="model">The calibrated model.</param>
    /// <param name="shock">The scenario.</param>
    /// <param name="uncertainty">What to draw.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="markets">Region and commodity markets to summarise one by one; null for none.</param>
    /// <exception cref="Campo.Errors.CampoException">The shock names an unknown market.</exception>
    /// <exception cref="KeyNotFoundException">A market asked for is not in the model.</exception>
    public static WorldMarketDraws Open(
        WorldMarketModel model,
        WorldMarketShock shock,
        WorldMarketUncertainty uncertainty,
        ulong seed,
        IReadOnlyList<(MemberId Region, CommodityId Commodity)>? markets = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shock);
        ArgumentNullException.ThrowIfNull(uncertainty);
        return new WorldMarketDraws(model, model.SolveCentral(shock), uncertainty, seed, markets);
    }

    /// <summary>
    /// As <see cref="Open(WorldMarketModel, WorldMarketShock, WorldMarketUncertainty, ulong, IReadOnlyList{ValueTuple{MemberId, CommodityId}}?)"/>
    /// from a shock already solved (<see cref="WorldMarketModel.SolveCentral"/>): a run's central results and its draws
    /// share one solve instead of two identical ones (issue 18).
    /// </summary>
    internal static WorldMarketDraws OpenFrom(
        WorldMarketModel model,
        CentralSolve central,
        WorldMarketUncertainty uncertainty,
        ulong seed,
        IReadOnlyList<(MemberId Region, CommodityId Commodity)>? markets = null) =>
        new(model, central, uncertainty, seed, markets);

    internal static int CellOf(MarketArrays m, MemberId region, CommodityId commodity)
    {
        for (var k = 0; k < m.CellCount; k++)
        {
            if (m.Regions[m.CellRegion[k]] == region && m.Commodities[m.CellCommodity[k]] == commodity)
            {
                return k;
            }
        }

        throw new KeyNotFoundException($"{region} has no market for {commodity} in the model.");
    }
}
