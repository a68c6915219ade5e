using System.Collections.Concurrent;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Markets.World;

/// <summary>
/// The world market model for homogeneous goods (ATPSM-like; reference §1): per region and commodity,
/// constant-elasticity supply and demand calibrated to a base year, domestic prices linked to one world price
/// by tariffs, tariff-rate quotas, export subsidies or taxes and producer and consumer wedges, and one world
/// price per commodity that clears the market. Equations and choices: <c>docs/models/world-market.md</c>.
/// </summary>
/// <example>
/// <code>
/// var model = WorldMarketModel.Calibrate(baseData);
/// var solution = model.Solve(new WorldMarketShock([new PolicyChange(mex, maize) { ImportTariff = Rate.Zero }], "MEX maize free"));
/// solution.EnsureConverged();
/// var mexico = solution.Welfare.ForRegion(mex);
/// </code>
/// </example>
public sealed class WorldMarketModel
{
    private readonly List<ModelNote> _baseNotes;
    private readonly ConcurrentBag<Workspace> _workspaces = [];
    private readonly Dictionary<(MemberId, CommodityId), int> _cellIndex;

    private WorldMarketModel(MarketArrays arrays, WorldMarketOptions options, List<ModelNote> notes, string source)
    {
        Arrays = arrays;
        Options = options;
        BaseLevels = WorldResults.BaseLevels(arrays);
        _baseNotes = notes;
        SourceName = source;
        _cellIndex = [];
        for (var k = 0; k < arrays.CellCount; k++)
        {
            _cellIndex[(arrays.Regions[arrays.CellRegion[k]], arrays.Commodities[arrays.CellCommodity[k]])] = k;
        }
    }

    /// <summary>The options the model was calibrated with.</summary>
    public WorldMarketOptions Options { get; }

    /// <summary>The regions, by code.</summary>
    public IReadOnlyList<MemberId> Regions => Arrays.Regions;

    /// <summary>The commodities, by code.</summary>
    public IReadOnlyList<CommodityId> Commodities => Arrays.Commodities;

    /// <summary>What calibration did with the data that readers must know (base imbalances, adjusted wedges).</summary>
    public IReadOnlyList<ModelNote> Notes => _baseNotes;

    internal MarketArrays Arrays { get; }

    internal string SourceName { get; }

    internal WorldResults.Levels[] BaseLevels { get; }

    /// <summary>Checks the base data and calibrates the model to it.</summary>
    /// <param name="data">The base year.</param>
    /// <param name="options">Tolerances and default assumptions; null for <see cref="WorldMarketOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its range.</exception>
    /// <exception cref="CampoException">The data break a rule (negative quantity, wrong-signed elasticity, a
    /// balance that does not add up, a row with neither production nor demand, a missing world price); the
    /// message names the data, region, commodity and field.</exception>
    public static WorldMarketModel Calibrate(WorldMarketBase data, WorldMarketOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= WorldMarketOptions.Default;
        options.Validate();
        var notes = new List<ModelNote>();
        var arrays = Calibration.Build(data, options, notes);
        return new WorldMarketModel(arrays, options, notes, data.SourceName);
    }

    /// <summary>Solves the world market under a shock (a pure function of the base and the shock).</summary>
    /// <param name="shock">The policy changes; null or <see cref="WorldMarketShock.None"/> for the base.</param>
    /// <returns>The solution; <see cref="WorldMarketSolution.Converged"/> is false when a market did not clear.</returns>
    /// <exception cref="CampoException">The shock names a region or commodity not in the model, or both sets
    /// and removes a quota.</exception>
    public WorldMarketSolution Solve(WorldMarketShock? shock = null)
    {
        shock ??= WorldMarketShock.None;
        var notes = new List<ModelNote>(_baseNotes);
        var scenario = new SolveCase(Arrays.SupplyElasticity, Arrays.DemandElasticity, BuildPolicy(shock, notes));
        var workspace = _workspaces.TryTake(out var pooled) ? pooled : new Workspace(Arrays);
        try
        {
            workspace.State.Reset(Arrays);
            WorldPriceSolver.SolveAll(Arrays, scenario, workspace.State, Options);
            return ToSolution(shock.Name, scenario, workspace.State, notes, workspace);
        }
        finally
        {
            _workspaces.Add(workspace);
        }
    }

    /// <summary>
    /// Solves a shock as <see cref="Solve"/> does and keeps what a Monte Carlo run starts every draw from (the policy
    /// arrays and the solved state), so that the draws of the same shock need not solve it again
    /// (<see cref="Uncertainty.WorldMarketMonteCarlo.OpenFrom"/>).
    /// The same computation as <see cref="Solve"/> (a fresh state is the base state <see cref="Solve"/> resets to), so the
    /// same solution to the bit.
    /// </summary>
    internal CentralSolve SolveCentral(WorldMarketShock shock)
    {
        var notes = new List<ModelNote>(_baseNotes);
        var policy = BuildPolicy(shock, notes);
        var scenario = new SolveCase(Arrays.SupplyElasticity, Arrays.DemandElasticity, policy);
        var state = new SolveState(Arrays);
        WorldPriceSolver.SolveAll(Arrays, scenario, state, Options);
        return new CentralSolve(ToSolution(shock.Name, scenario, state, notes), policy, state);
    }

    /// <summary>The policy arrays of a shock.</summary>
    internal PolicyArrays BuildPolicy(WorldMarketShock shock, List<ModelNote>? notes)
    {
        var policies = (BorderPolicy[])Arrays.BasePolicies.Clone();
        var quota = (double[])Arrays.QuotaInternal0.Clone();
        var seen = new HashSet<int>();
        foreach (var change in shock.Changes)
        {
            var field = Calibration.Field(change.Region, change.Commodity, "policy");
            if (!_cellIndex.TryGetValue((change.Region, change.Commodity), out var k))
            {
                throw Calibration.Error(shock.Name, field, $"the shock changes {change.Commodity} in {change.Region}, which has no market in the model", "a region and commodity present in the base data");
            }

            if (!seen.Add(k))
            {
                throw Calibration.Error(shock.Name, field, $"the shock changes {change.Commodity} in {change.Region} twice", "one change per region and commodity");
            }

            if (change.RemoveQuota && change.Quota is not null)
            {
                throw Calibration.Error(shock.Name, field, "the change both sets and removes a quota", "either a new quota or its removal");
            }

            var old = policies[k];
            var trq = change.RemoveQuota ? null : change.Quota ?? old.Quota;
            policies[k] = new BorderPolicy(
                change.ImportTariff ?? old.ImportTariff,
                change.ExportWedge ?? old.ExportWedge,
                change.ProducerSupport ?? old.ProducerSupport,
                change.ConsumerWedge ?? old.ConsumerWedge,
                trq);
            if (trq is not null && !(old.Quota is { } baseQuota && Arrays.Regime0[k] == TradeRegime.QuotaBinding
                && Math.Abs(trq.Quota.Value - baseQuota.Quota.Value) <= Options.BalanceTolerance * Math.Max(baseQuota.Quota.Value, 1)))
            {
                quota[k] = trq.Quota.Value;
            }
        }

        var p = new PolicyArrays(Arrays.CellCount);
        var fresh = notes is null ? null : new List<ModelNote>();
        Calibration.FillPolicy(Arrays, p, policies, quota, Options.DefaultDomesticRentShare, fresh);
        if (notes is not null && fresh is not null)
        {
            var known = new HashSet<ModelNote>(notes);
            notes.AddRange(fresh.Where(known.Add));
        }

        return p;
    }

    internal WorldMarketSolution ToSolution(string name, SolveCase scenario, SolveState state, List<ModelNote> notes, Workspace? workspace = null)
    {
        var commodities = new List<CommoditySolution>(Arrays.CommodityCount);
        for (var c = 0; c < Arrays.CommodityCount; c++)
        {
            var pw0 = Arrays.WorldPrice0[c];
            commodities.Add(new CommoditySolution(
                Arrays.Commodities[c],
                new UsdPerTonne(pw0),
                new UsdPerTonne(pw0 * Math.Exp(state.X[c])),
                state.Converged[c],
                state.Iterations[c],
                state.Residual[c],
                state.ExitReason[c]));
        }

        return new WorldMarketSolution(name, Options.Tolerance, state.Sweeps, commodities, WorldResults.Build(Arrays, scenario, state, BaseLevels, workspace?.Welfare, workspace?.Scratch), notes);
    }

    /// <summary>The large work arrays of one solve, pooled so that repeated solves do not allocate them again.</summary>
    internal sealed class Workspace(MarketArrays m)
    {
        public SolveState State { get; } = new(m);

        public WelfareChange[] Welfare { get; } = new WelfareChange[m.CellCount];

        public WorldResults.WelfareScratch Scratch { get; } = new(m);
    }
}

/// <summary>A shock solved at the base elasticities, with the policy and state its Monte Carlo draws start from.</summary>
/// <param name="Solution">The solution (as <see cref="WorldMarketModel.Solve"/> gives it).</param>
/// <param name="Policy">The shock's policy arrays.</param>
/// <param name="State">The solved state (read only once made).</param>
internal sealed record CentralSolve(WorldMarketSolution Solution, PolicyArrays Policy, SolveState State);
