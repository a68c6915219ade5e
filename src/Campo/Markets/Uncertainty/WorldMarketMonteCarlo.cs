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
/// the draws are independent of one another, so the results are the same for any thread count. Draws run in
/// parallel; each thread reuses its own arrays. Method and distributions: <c>docs/models/uncertainty.md</c>.
/// </summary>
public static class WorldMarketMonteCarlo
{
    private const int Components = 5;

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
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shock);
        ArgumentNullException.ThrowIfNull(uncertainty);
        options ??= new MonteCarloOptions();
        options.Validate();
        groups ??= RegionGroups.None;
        var m = model.Arrays;
        var notes = new List<ModelNote>(model.Notes);
        var policy = model.BuildPolicy(shock, notes);
        var centralScenario = new SolveCase(m.SupplyElasticity, m.DemandElasticity, policy);
        var centralState = new SolveState(m);
        WorldPriceSolver.SolveAll(m, centralScenario, centralState, model.Options);
        var central = model.ToSolution(shock.Name, centralScenario, centralState, notes);
        var cells = (markets ?? []).Select(x => CellOf(m, x.Region, x.Commodity)).ToArray();
        int n = options.Draws, regions = m.Regions.Length, commodities = m.CommodityCount;
        var prices = new double[n * commodities];
        var welfare = new double[n * regions * Components];
        var cellValues = new double[n * cells.Length * 4];
        var ok = new bool[n];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(
            0,
            n,
            parallel,
            () => new Worker(m, policy, centralState),
            (d, _, worker) =>
            {
                var random = RandomStream.ForDraw(options.Seed, d);
                for (var k = 0; k < m.CellCount; k++)
                {
                    worker.Supply[k] = m.SupplyElasticity[k] * uncertainty.SupplyElasticity.Sample(ref random);
                }

                for (var u = 0; u < m.UseCount; u++)
                {
                    worker.Demand[u] = m.DemandElasticity[u] * uncertainty.DemandElasticity.Sample(ref random);
                }

                double? share = uncertainty.DomesticRentShare?.Sample(ref random);
                worker.State.WarmStartFrom(centralState);
                WorldPriceSolver.SolveAll(m, worker.Scenario, worker.State, model.Options);
                ok[d] = Array.TrueForAll(worker.State.Converged, c => c);
                if (!ok[d])
                {
                    return worker;
                }

                for (var c = 0; c < commodities; c++)
                {
                    prices[(d * commodities) + c] = Math.Exp(worker.State.X[c]) - 1;
                }

                WorldResults.Welfare(m, worker.Scenario, worker.State, model.BaseLevels, share, worker.Welfare, worker.Scratch);
                for (var k = 0; k < m.CellCount; k++)
                {
                    var w = worker.Welfare[k];
                    var at = ((d * regions) + m.CellRegion[k]) * Components;
                    welfare[at] += w.ProducerSurplus.Value;
                    welfare[at + 1] += w.ConsumerSurplus.Value;
                    welfare[at + 2] += w.Government.Value;
                    welfare[at + 3] += w.QuotaRent.Value;
                    welfare[at + 4] += w.Total.Value;
                }

                for (var j = 0; j < cells.Length; j++)
                {
                    var k = cells[j];
                    var w = worker.Welfare[k];
                    var at = ((d * cells.Length) + j) * 4;
                    cellValues[at] = Math.Exp(worker.State.Y[k] + worker.Scenario.Policy.LogProducer[k]) - 1;
                    cellValues[at + 1] = w.ProducerSurplus.Value;
                    cellValues[at + 2] = w.ConsumerSurplus.Value;
                    cellValues[at + 3] = w.Total.Value;
                }

                return worker;
            },
            _ => { });

        var good = Enumerable.Range(0, n).Where(d => ok[d]).ToArray();
        var failed = Enumerable.Range(0, n).Where(d => !ok[d]).ToArray();
        var priceSummaries = new Dictionary<CommodityId, Summary>();
        var regionSummaries = new SortedDictionary<MemberId, WelfareSummary>();
        var groupSummaries = new List<KeyValuePair<string, WelfareSummary>>();
        var marketSummaries = new Dictionary<(MemberId, CommodityId), MarketSummary>();
        if (good.Length > 0)
        {
            for (var c = 0; c < commodities; c++)
            {
                priceSummaries[m.Commodities[c]] = Summary.Of(good.Select(d => prices[(d * commodities) + c]).ToArray());
            }

            for (var r = 0; r < regions; r++)
            {
                regionSummaries[m.Regions[r]] = SummariseWelfare(good, (d, comp) => welfare[(((d * regions) + r) * Components) + comp]);
            }

            var regionIndex = m.Regions.Select((id, i) => (id, i)).ToDictionary(t => t.id, t => t.i);
            foreach (var (name, members) in groups)
            {
                var indices = members.Distinct().Where(regionIndex.ContainsKey).Select(id => regionIndex[id]).ToArray();
                groupSummaries.Add(new(name, SummariseWelfare(good, (d, comp) => indices.Sum(r => welfare[(((d * regions) + r) * Components) + comp]))));
            }

            for (var j = 0; j < cells.Length; j++)
            {
                var jj = j;
                Summary Cell(int comp) => Summary.Of(good.Select(d => cellValues[(((d * cells.Length) + jj) * 4) + comp]).ToArray());
                marketSummaries[(m.Regions[m.CellRegion[cells[j]]], m.Commodities[m.CellCommodity[cells[j]]])] = new MarketSummary(Cell(0), Cell(1), Cell(2), Cell(3));
            }
        }

        return new WorldMarketMonteCarloResult(central, n, failed, uncertainty.Describe(), priceSummaries, regionSummaries, groupSummaries, marketSummaries);
    }

    private static WelfareSummary SummariseWelfare(int[] draws, Func<int, int, double> value)
    {
        Summary Of(int comp) => Summary.Of(draws.Select(d => value(d, comp)).ToArray());
        return new WelfareSummary(Of(0), Of(1), Of(2), Of(3), Of(4));
    }

    private static int CellOf(MarketArrays m, MemberId region, CommodityId commodity)
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

    private sealed class Worker
    {
        public Worker(MarketArrays m, PolicyArrays policy, SolveState central)
        {
            Supply = (double[])m.SupplyElasticity.Clone();
            Demand = (double[])m.DemandElasticity.Clone();
            Scenario = new SolveCase(Supply, Demand, policy);
            State = new SolveState(m);
            State.WarmStartFrom(central);
            Welfare = new WelfareChange[m.CellCount];
            Scratch = new WorldResults.WelfareScratch(m);
        }

        public WorldResults.WelfareScratch Scratch { get; }

        public double[] Supply { get; }

        public double[] Demand { get; }

        public SolveCase Scenario { get; }

        public SolveState State { get; }

        public WelfareChange[] Welfare { get; }
    }
}
