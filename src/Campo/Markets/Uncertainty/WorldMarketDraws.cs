using Campo.Domain;
using Campo.Markets.World;

namespace Campo.Markets.Uncertainty;

/// <summary>
/// The values of a range of Monte Carlo draws, by draw: whether its markets cleared, the world price changes, each
/// region's welfare components and the markets asked for. A run's bands are computed from the draws of all its ranges
/// joined by draw index (<see cref="Merge"/>), so draws evaluated in any order, on any thread or machine, give the same
/// bands as one run (draw d always uses the random stream of (seed, d)).
/// </summary>
public sealed class DrawBlock
{
    /// <summary>Values per region: producer surplus, consumer surplus, treasury, quota rent, total.</summary>
    public const int WelfareComponents = 5;

    /// <summary>Values per market asked for: producer price change, producer surplus, consumer surplus, total.</summary>
    public const int MarketComponents = 4;

    /// <summary>Empty values of <paramref name="count"/> draws from <paramref name="from"/>.</summary>
    /// <param name="from">The first draw's index (0 or more).</param>
    /// <param name="count">The number of draws (0 or more).</param>
    /// <param name="commodities">Commodities of the model.</param>
    /// <param name="regions">Regions of the model.</param>
    /// <param name="markets">Markets summarised one by one.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative index or size.</exception>
    public DrawBlock(int from, int count, int commodities, int regions, int markets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(commodities);
        ArgumentOutOfRangeException.ThrowIfNegative(regions);
        ArgumentOutOfRangeException.ThrowIfNegative(markets);
        From = from;
        Commodities = commodities;
        Regions = regions;
        Markets = markets;
        Converged = new bool[count];
        Prices = new double[count * commodities];
        Welfare = new double[count * regions * WelfareComponents];
        MarketValues = new double[count * markets * MarketComponents];
    }

    /// <summary>The first draw's index.</summary>
    public int From { get; }

    /// <summary>The number of draws.</summary>
    public int Count => Converged.Length;

    /// <summary>Commodities of the model.</summary>
    public int Commodities { get; }

    /// <summary>Regions of the model.</summary>
    public int Regions { get; }

    /// <summary>Markets summarised one by one.</summary>
    public int Markets { get; }

    /// <summary>Per draw: whether every market cleared (a draw that did not is left out of every band).</summary>
    public bool[] Converged { get; }

    /// <summary>Per draw and commodity: the proportional world price change.</summary>
    public double[] Prices { get; }

    /// <summary>Per draw, region and component (<see cref="WelfareComponents"/>): welfare summed over the region's markets, USD.</summary>
    public double[] Welfare { get; }

    /// <summary>Per draw, market asked for and component (<see cref="MarketComponents"/>).</summary>
    public double[] MarketValues { get; }

    /// <summary>
    /// Joins ranges into the values of draws 0 to <paramref name="draws"/> − 1, each draw copied from the range that
    /// covers it (no arithmetic: the order of the ranges does not matter).
    /// </summary>
    /// <param name="draws">The run's draws.</param>
    /// <param name="parts">Ranges covering every draw exactly once, of the same model and markets.</param>
    /// <exception cref="InvalidOperationException">A draw covered twice or not at all, or a range of another shape.</exception>
    public static DrawBlock Merge(int draws, IEnumerable<DrawBlock> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        DrawBlock? all = null;
        var covered = new bool[draws];
        foreach (var part in parts)
        {
            all ??= new DrawBlock(0, draws, part.Commodities, part.Regions, part.Markets);
            if (part.Commodities != all.Commodities || part.Regions != all.Regions || part.Markets != all.Markets || part.From + part.Count > draws)
            {
                throw new InvalidOperationException("A range of Monte Carlo draws does not fit the run (draws " + part.From + " to " + (part.From + part.Count - 1) + ").");
            }

            for (var i = 0; i < part.Count; i++)
            {
                var d = part.From + i;
                if (covered[d])
                {
                    throw new InvalidOperationException("Monte Carlo draw " + d + " was evaluated twice.");
                }

                covered[d] = true;
                all.Converged[d] = part.Converged[i];
            }

            Array.Copy(part.Prices, 0, all.Prices, part.From * all.Commodities, part.Prices.Length);
            Array.Copy(part.Welfare, 0, all.Welfare, part.From * all.Regions * WelfareComponents, part.Welfare.Length);
            Array.Copy(part.MarketValues, 0, all.MarketValues, part.From * all.Markets * MarketComponents, part.MarketValues.Length);
        }

        var missing = Array.IndexOf(covered, false);
        if (missing >= 0)
        {
            throw new InvalidOperationException("Monte Carlo draw " + missing + " was not evaluated.");
        }

        return all ?? new DrawBlock(0, 0, 0, 0, 0);
    }
}

/// <summary>
/// Evaluates draws of a world market Monte Carlo run one range at a time (<see cref="WorldMarketMonteCarlo.Open"/>):
/// the model, the shock, what is drawn and the central solve every draw starts from are set once; any range [a, b) of
/// draws can then be evaluated, here or elsewhere, and the ranges joined (<see cref="DrawBlock.Merge"/>) and
/// summarised (<see cref="Summarise"/>). Draw d uses the random stream of (seed, d) and starts from the central
/// solve, so its values do not depend on the range, the thread or the machine that evaluates it.
/// </summary>
public sealed class WorldMarketDraws
{
    private readonly WorldMarketModel _model;
    private readonly WorldMarketUncertainty _uncertainty;
    private readonly MarketArrays _m;
    private readonly PolicyArrays _policy;
    private readonly SolveState _centralState;
    private readonly int[] _cells;

    internal WorldMarketDraws(WorldMarketModel model, CentralSolve central, WorldMarketUncertainty uncertainty, ulong seed, IReadOnlyList<(MemberId Region, CommodityId Commodity)>? markets)
    {
        _model = model;
        _uncertainty = uncertainty;
        Seed = seed;
        _m = model.Arrays;
        _policy = central.Policy;
        _centralState = central.State;
        Central = central.Solution;
        _cells = (markets ?? []).Select(x => WorldMarketMonteCarlo.CellOf(_m, x.Region, x.Commodity)).ToArray();
    }

    /// <summary>The solve at the base elasticities and assumptions.</summary>
    public WorldMarketSolution Central { get; }

    /// <summary>The run's seed.</summary>
    public ulong Seed { get; }

    /// <summary>Evaluates draws <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1.</summary>
    /// <param name="from">The first draw (0 or more).</param>
    /// <param name="count">How many draws (0 or more).</param>
    /// <param name="maxDegreeOfParallelism">Threads; −1 for all cores.</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    public DrawBlock Evaluate(int from, int count, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use −1 for all cores or a positive thread count.");
        }

        var m = _m;
        var cells = _cells;
        var uncertainty = _uncertainty;
        var block = new DrawBlock(from, count, m.CommodityCount, m.Regions.Length, cells.Length);
        int commodities = block.Commodities, regions = block.Regions;
        const int Components = DrawBlock.WelfareComponents;
        var prices = block.Prices;
        var welfare = block.Welfare;
        var cellValues = block.MarketValues;
        var ok = block.Converged;
        // Exactly one worker (several megabytes of arrays) per thread, each taking the next draw from a shared counter:
        // Parallel.For with thread-local state starts a new replica, and so a new worker, every time one yields
        // (issue 18: most of the draws' allocations; 31.9 -> 12.0 MB for 200 draws, about 4% less processor time).
        // Same numbers: each draw starts from the central solution with its own random stream and writes only its own
        // slots, whichever worker runs it.
        var threads = Math.Min(count, maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism);
        var next = -1;
        Parallel.For(
            0,
            threads,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken },
            _ =>
            {
                var worker = new Worker(m, _policy, _centralState);
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Draw(i, worker);
                }
            });
        return block;

        void Draw(int i, Worker worker)
        {
            var random = RandomStream.ForDraw(Seed, from + i);
            for (var k = 0; k < m.CellCount; k++)
            {
                worker.Supply[k] = m.SupplyElasticity[k] * uncertainty.SupplyElasticity.Sample(ref random);
            }

            for (var u = 0; u < m.UseCount; u++)
            {
                worker.Demand[u] = m.DemandElasticity[u] * uncertainty.DemandElasticity.Sample(ref random);
            }

            double? share = uncertainty.DomesticRentShare?.Sample(ref random);
            worker.State.WarmStartFrom(_centralState);
            WorldPriceSolver.SolveAll(m, worker.Scenario, worker.State, _model.Options);
            ok[i] = Array.TrueForAll(worker.State.Converged, c => c);
            if (!ok[i])
            {
                return;
            }

            for (var c = 0; c < commodities; c++)
            {
                prices[(i * commodities) + c] = Math.Exp(worker.State.X[c]) - 1;
            }

            WorldResults.Welfare(m, worker.Scenario, worker.State, _model.BaseLevels, share, worker.Welfare, worker.Scratch);
            for (var k = 0; k < m.CellCount; k++)
            {
                var w = worker.Welfare[k];
                var at = ((i * regions) + m.CellRegion[k]) * Components;
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
                var at = ((i * cells.Length) + j) * DrawBlock.MarketComponents;
                cellValues[at] = Math.Exp(worker.State.Y[k] + worker.Scenario.Policy.LogProducer[k]) - 1;
                cellValues[at + 1] = w.ProducerSurplus.Value;
                cellValues[at + 2] = w.ConsumerSurplus.Value;
                cellValues[at + 3] = w.Total.Value;
            }
        }
    }

    /// <summary>The run's summaries from the values of all its draws (a block from draw 0, as <see cref="DrawBlock.Merge"/> gives).</summary>
    /// <param name="draws">Every draw of the run.</param>
    /// <param name="groups">Groups of regions to summarise; null for none.</param>
    /// <exception cref="ArgumentException">The block does not start at draw 0 or is of another model or markets.</exception>
    public WorldMarketMonteCarloResult Summarise(DrawBlock draws, IReadOnlyList<KeyValuePair<string, IReadOnlyCollection<MemberId>>>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(draws);
        var m = _m;
        int n = draws.Count, regions = m.Regions.Length, commodities = m.CommodityCount;
        if (draws.From != 0 || draws.Commodities != commodities || draws.Regions != regions || draws.Markets != _cells.Length)
        {
            throw new ArgumentException("The draws are not all the draws of this run.", nameof(draws));
        }

        groups ??= RegionGroups.None;
        const int Components = DrawBlock.WelfareComponents;
        var prices = draws.Prices;
        var welfare = draws.Welfare;
        var cellValues = draws.MarketValues;
        var ok = draws.Converged;
        var cells = _cells;
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
                Summary Cell(int comp) => Summary.Of(good.Select(d => cellValues[(((d * cells.Length) + jj) * DrawBlock.MarketComponents) + comp]).ToArray());
                marketSummaries[(m.Regions[m.CellRegion[cells[j]]], m.Commodities[m.CellCommodity[cells[j]]])] = new MarketSummary(Cell(0), Cell(1), Cell(2), Cell(3));
            }
        }

        return new WorldMarketMonteCarloResult(Central, n, failed, _uncertainty.Describe(), priceSummaries, regionSummaries, groupSummaries, marketSummaries);
    }

    private static WelfareSummary SummariseWelfare(int[] draws, Func<int, int, double> value)
    {
        Summary Of(int comp) => Summary.Of(draws.Select(d => value(d, comp)).ToArray());
        return new WelfareSummary(Of(0), Of(1), Of(2), Of(3), Of(4));
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

/// <summary>
/// Evaluates a run's draws somewhere other than this process (a cluster): it must give, for every draw, the values
/// <see cref="WorldMarketDraws.Evaluate"/> gives here for the same inputs and seed.
/// </summary>
public interface IDrawExecutor
{
    /// <summary>Evaluates draws 0 to <paramref name="draws"/> − 1.</summary>
    /// <param name="draws">The run's draws.</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    DrawBlock Evaluate(int draws, CancellationToken cancellationToken);
}
