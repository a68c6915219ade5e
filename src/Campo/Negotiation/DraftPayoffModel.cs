using System.Globalization;
using Campo.Composition;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Markets;
using Campo.Markets.World;
using Campo.Scenarios;
using Campo.Schedules;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;
using Campo.Schedules.Flexibilities;
using Campo.Schedules.Formulas;

namespace Campo.Negotiation;

/// <summary>
/// The lean path from a draft to every region's payoff, for the negotiation's many evaluations (Monte Carlo draws,
/// draft search). It computes what <c>Campo.Evaluation.DraftEvaluator.Evaluate</c> (the application layer above) computes for welfare by region, without the
/// reports: the commodity-level schedules of every region's lead member are compiled once into the columns of a
/// <see cref="ScheduleBatch"/> (one batch member per region); each draft only builds its modality plans, runs the
/// columnar kernel (<see cref="BatchEngine"/>), writes the policy arrays in place, solves the calibrated world market
/// (warm-started from a reference solution when one is given) and sums welfare by region. The rules are those of
/// <see cref="DraftApplication"/> (tariffs, staging, support and export-subsidy cuts); a test checks that both paths
/// give the same payoffs.
/// </summary>
internal sealed class DraftPayoffModel
{
    private readonly Dataset _dataset;
    private readonly double[] _bound;
    private readonly double[] _applied;
    private readonly byte[] _flags;
    private readonly int[] _offsets;
    private readonly int[] _lineCell;
    private readonly double[] _lineConsumption;
    private readonly double[] _lineNetImports;
    private readonly int[] _batchRole;
    private readonly int[] _batchTreatment;
    private readonly MemberTreatment[] _treatments;
    private readonly (int Cell, CommodityId Commodity, double Budget, double Te, bool NetExporter)[][] _roleCells;
    private readonly AmsCommitment?[] _roleAms;

    public DraftPayoffModel(EvaluationContext context, DateOnly date, IReadOnlyCollection<CommodityId> staples)
    {
        ArgumentNullException.ThrowIfNull(context);
        _dataset = context.Dataset;
        Model = context.Model;
        M = Model.Arrays;
        Roles = RegionRoles.At(_dataset, date);
        var cellOf = new Dictionary<(MemberId, CommodityId), int>(M.CellCount);
        for (var k = 0; k < M.CellCount; k++)
        {
            cellOf[(M.Regions[M.CellRegion[k]], M.Commodities[M.CellCommodity[k]])] = k;
        }

        RegionIndex = M.Regions.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var byRegion = Enumerable.Range(0, M.Regions.Length).Select(_ => new List<int>()).ToArray();
        for (var k = 0; k < M.CellCount; k++)
        {
            byRegion[M.CellRegion[k]].Add(k);
        }

        RegionCellStart = new int[M.Regions.Length + 1];
        RegionCells = new int[M.CellCount];
        for (int r = 0, at = 0; r < byRegion.Length; r++)
        {
            RegionCellStart[r] = at;
            foreach (var k in byRegion[r].OrderBy(k => M.Commodities[M.CellCommodity[k]]))
            {
                RegionCells[at++] = k;
            }

            RegionCellStart[r + 1] = at;
        }

        var stapleSet = staples.ToHashSet();
        Staple = new bool[M.CellCount];
        SelfSufficiency = new double[M.CellCount];
        for (var k = 0; k < M.CellCount; k++)
        {
            Staple[k] = stapleSet.Contains(M.Commodities[M.CellCommodity[k]]);
            var demand = M.TotalDemand0(k);
            SelfSufficiency[k] = demand > 0 ? M.Supply0[k] / demand : M.Supply0[k] > 0 ? double.PositiveInfinity : 0;
        }

        var bound = new List<double>();
        var applied = new List<double>();
        var lineCell = new List<int>();
        var lineConsumption = new List<double>();
        var lineNetImports = new List<double>();
        var offsets = new List<int> { 0 };
        var batchRole = new List<int>();
        var treatments = new List<MemberTreatment>();
        var batchTreatment = new List<int>();
        _roleCells = new (int, CommodityId, double, double, bool)[Roles.Count][];
        _roleAms = new AmsCommitment?[Roles.Count];
        for (var r = 0; r < Roles.Count; r++)
        {
            var role = Roles[r];
            var records = _dataset.BaseOf(role.Region).Where(x => _dataset.WorldPrice(x.Commodity) is not null).ToList();
            // DraftApplication's rules: the producer wedge is the budgetary (amber) part of support or a cited programme,
            // the export wedge a cited outlay of a net exporter; the AMS commitment binds the bound total AMS, sets
            // de minimis markets apart and exempts members with no Final Bound Total AMS (AmsCommitment).
            _roleAms[r] = role.Lead is { } amsLead ? AmsCommitment.Of(_dataset, amsLead, role.Region, records, role.Status) : null;
            _roleCells[r] = records
                .Where(x => cellOf.ContainsKey((x.Region, x.Commodity)))
                .Select(x => (cellOf[(x.Region, x.Commodity)], x.Commodity, SupportPolicy.ProducerWedge(_dataset, x), SupportPolicy.ExportWedge(_dataset, x), SupportPolicy.NetExporter(x)))
                .ToArray();
            if (role.Lead is not { } lead || role.Status is not { } status)
            {
                continue;
            }

            var schedule = DatasetSchedules.CommodityLevel(_dataset, lead, role.Region);
            foreach (var line in schedule.Lines)
            {
                // The same conversion as ScheduleEngine.Apply: ad valorem equivalents, NaN when unknown.
                bound.Add(line.Bound is { } b ? AdValoremEquivalent.Of(b, line.UnitValue).FractionOrNaN : double.NaN);
                applied.Add(line.Applied is { } a ? AdValoremEquivalent.Of(a, line.UnitValue).FractionOrNaN : double.NaN);
                lineCell.Add(line.Commodity is { } c && cellOf.TryGetValue((role.Region, c), out var k) ? k : -1);
                lineConsumption.Add(line.Consumption?.Value ?? double.NaN);
                lineNetImports.Add(line.Commodity is { } cc && _dataset.Base(role.Region, cc) is { } baseRecord ? baseRecord.Imports.Value - baseRecord.Exports.Value : double.NaN);
            }

            offsets.Add(bound.Count);
            batchRole.Add(r);
            var treatment = new MemberTreatment(status, SmallVulnerable: false, RecentlyAcceded: role.RecentlyAcceded);
            var t = treatments.IndexOf(treatment);
            if (t < 0)
            {
                treatments.Add(treatment);
                t = treatments.Count - 1;
            }

            batchTreatment.Add(t);
        }

        _bound = [.. bound];
        _applied = [.. applied];
        _flags = new byte[_bound.Length];
        _lineCell = [.. lineCell];
        _lineConsumption = [.. lineConsumption];
        _lineNetImports = [.. lineNetImports];
        _offsets = [.. offsets];
        _batchRole = [.. batchRole];
        _batchTreatment = [.. batchTreatment];
        _treatments = [.. treatments];
        RoleRegion = Roles.Select(r => RegionIndex.TryGetValue(r.Region, out var i) ? i : -1).ToArray();
    }

    public WorldMarketModel Model { get; }

    public MarketArrays M { get; }

    /// <summary>Every market region of the dataset with its lead member on the date.</summary>
    public IReadOnlyList<RegionRole> Roles { get; }

    /// <summary>The model's region index of each role, or −1 when the region has no market.</summary>
    public int[] RoleRegion { get; }

    /// <summary>Model region index by code.</summary>
    public IReadOnlyDictionary<MemberId, int> RegionIndex { get; }

    /// <summary>Cells of model region r are RegionCells[RegionCellStart[r] .. RegionCellStart[r + 1] − 1], by commodity code.</summary>
    public int[] RegionCellStart { get; }

    public int[] RegionCells { get; }

    /// <summary>True for cells of a food staple.</summary>
    public bool[] Staple { get; }

    /// <summary>Base production over base consumption per cell (infinite for a producer without consumption, 0 for neither).</summary>
    public double[] SelfSufficiency { get; }

    public Dataset Dataset => _dataset;

    /// <summary>A workspace for one thread.</summary>
    public PayoffWorkspace NewWorkspace() => new(this);

    /// <summary>
    /// Evaluates a draft into <paramref name="into"/>. With <paramref name="warmStart"/> null the world market is
    /// solved from the base prices, as <see cref="WorldMarketModel.Solve"/> does; otherwise from that state's prices.
    /// </summary>
    /// <exception cref="CampoException">The draft's flexibilities cannot be applied to a region's schedule.</exception>
    public void Evaluate(Scenario scenario, PayoffWorkspace ws, DraftOutcome into, SolveState? warmStart = null, double[]? supply = null, double[]? demand = null)
    {
        Changes(scenario, ws);
        Policy(ws);
        Solve(ws.Policy, ws.Designated, ws, into, warmStart, supply, demand);
    }

    /// <summary>
    /// Applies a draft once: the policy arrays and designated cells that <see cref="Evaluate(Scenario, PayoffWorkspace, DraftOutcome, SolveState?, double[], double[])"/>
    /// writes before every solve. They depend on the draft only, not on the elasticities, so many solves under drawn
    /// elasticities (the verdict's draws) share them.
    /// </summary>
    /// <exception cref="CampoException">The draft's flexibilities cannot be applied to a region's schedule.</exception>
    public DraftPolicy Apply(Scenario scenario, PayoffWorkspace ws)
    {
        Changes(scenario, ws);
        Policy(ws);
        var policy = new PolicyArrays(M.CellCount);
        policy.CopyFrom(ws.Policy);
        return new DraftPolicy(policy, (bool[])ws.Designated.Clone());
    }

    /// <summary>Evaluates a draft applied once (<see cref="Apply"/>): the same solve as the scenario overload, without re-applying it.</summary>
    public void Evaluate(DraftPolicy draft, PayoffWorkspace ws, DraftOutcome into, SolveState? warmStart, double[]? supply, double[]? demand)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Solve(draft.Policy, draft.Designated, ws, into, warmStart, supply, demand);
    }

    private void Solve(PolicyArrays policy, bool[] designated, PayoffWorkspace ws, DraftOutcome into, SolveState? warmStart, double[]? supply, double[]? demand)
    {
        var solveCase = new SolveCase(supply ?? M.SupplyElasticity, demand ?? M.DemandElasticity, policy);
        if (warmStart is null)
        {
            ws.State.Reset(M);
        }
        else
        {
            CopyState(warmStart, ws.State);
        }

        WorldPriceSolver.SolveAll(M, solveCase, ws.State, Model.Options);
        WorldResults.Welfare(M, solveCase, ws.State, Model.BaseLevels, null, ws.Welfare, ws.Scratch);
        into.Fill(M, solveCase, ws.State, ws.Welfare);
        Array.Copy(designated, into.Designated, into.Designated.Length);
    }

    /// <summary>A copy of a workspace's last solved state, to warm-start later solves from.</summary>
    public SolveState Snapshot(PayoffWorkspace ws)
    {
        var copy = new SolveState(M);
        CopyState(ws.State, copy);
        return copy;
    }

    /// <summary>Writes each cell's policy under the draft into the workspace (<see cref="DraftApplication"/>'s rules).</summary>
    private void Changes(Scenario scenario, PayoffWorkspace ws)
    {
        Array.Fill(ws.Tariff, double.NaN);
        Array.Fill(ws.Support, double.NaN);
        Array.Fill(ws.Export, double.NaN);
        Array.Fill(ws.Quota, double.NaN);
        Array.Clear(ws.Designated);
        var implementation = scenario.Implementation;
        if (scenario.MarketAccess is { } draft)
        {
            var plans = _treatments.Select(t => SpecialAndDifferential.For(draft, t).Modalities).ToArray();
            var batch = new ScheduleBatch(_bound, _applied, _flags, _offsets, _batchTreatment, plans);
            ws.Output ??= new BatchOutput(batch);
            ws.Kernel ??= new KernelScratch(batch.LargestMember());
            for (var b = 0; b < _batchRole.Length; b++)
            {
                // BatchEngine.Run's step for one member, on this thread: drafts, not members, run in parallel here.
                BatchEngine.RunMember(batch, ws.Output, b, ws.Kernel);
                var role = Roles[_batchRole[b]];
                if (ws.Output.MemberSummaries[b].Status != MemberStatusCode.Ok)
                {
                    throw new CampoException(
                        "the draft's flexibilities cannot be applied to the schedule of " + role.Lead + " (" + ws.Output.MemberSummaries[b].Status + ")",
                        "check the special and sensitive product rules of the draft",
                        new SourceLocation(scenario.File, Field: "market_access"));
                }

                var years = implementation.Years.GetValueOrDefault(role.Status!.Value);
                var shareDone = DraftApplication.ShareDone(implementation, years);
                var made = (int)Math.Round(shareDone * years);
                var expansionShare = plans[_batchTreatment[b]].Sensitive?.QuotaExpansion.Fraction ?? 0;
                for (var i = _offsets[b]; i < _offsets[b + 1]; i++)
                {
                    var k = _lineCell[i];
                    var after = ws.Output.NewApplieds[i];
                    var before = _applied[i];
                    if (k < 0 || double.IsNaN(after) || double.IsNaN(before))
                    {
                        continue;
                    }

                    ws.Designated[k] = DraftOutcome.IsDesignated(ws.Output.Outcomes[i]);
                    var newBound = ws.Output.NewBounds[i];
                    if (implementation.EvaluateYear is not null && !double.IsNaN(_bound[i]) && !double.IsNaN(newBound))
                    {
                        after = Math.Min(before, Staging.RateAfter(_bound[i], newBound, years, made));
                    }

                    if (after < before - 1e-12)
                    {
                        ws.Tariff[k] = after;
                    }

                    // DraftApplication.SensitiveQuota's rule: a sensitive line of a net importer gets a quota of its base
                    // net imports plus the expansion share of consumption, staged; 0% in quota (a new quota).
                    var expansion = expansionShare * _lineConsumption[i];
                    if ((ws.Output.Outcomes[i] & LineOutcome.Sensitive) != 0 && _lineNetImports[i] > 0 && expansion > 0)
                    {
                        ws.Quota[k] = _lineNetImports[i] + (expansion * shareDone);
                    }
                }
            }
        }

        var notes = ws.Notes;
        for (var r = 0; r < Roles.Count; r++)
        {
            if (Roles[r].Status is not { } status || Roles[r].Lead is null)
            {
                continue;
            }

            notes.Clear();
            var ams = _roleAms[r]!;
            var supportCut = DraftApplication.SupportCut(scenario.DomesticSupport, status, ams.BoundUsd, notes);
            Rate? exportCut = scenario.ExportCompetition.SubsidyCuts.TryGetValue(status, out var cut) ? cut : null;
            var programmes = scenario.DomesticSupport.Commodities.Count == 0 ? null : DraftApplication.ProgrammeCuts(scenario, _dataset, Roles[r]);
            Rate? deMinimisCut = scenario.DomesticSupport.DeMinimisCuts.TryGetValue(status, out var dm) && dm.Fraction > 0 ? dm : null;
            if (supportCut is null && deMinimisCut is null && exportCut is null && (programmes is null || programmes.Count == 0))
            {
                continue;
            }

            var supportShare = DraftApplication.ShareDone(implementation, implementation.Years.GetValueOrDefault(status));
            var exportShare = DraftApplication.ExportShareDone(scenario, status);
            var amsCut = supportCut is not null || deMinimisCut is not null ? ams.Cut(supportCut, deMinimisCut, supportShare) : null;
            foreach (var (k, commodity, budget, te, netExporter) in _roleCells[r])
            {
                var keep = budget > 0 && amsCut is not null ? amsCut.Keep(commodity) : 1.0;
                if (programmes is not null && budget > 0 && programmes.TryGetValue(commodity, out var programmeCut))
                {
                    keep = Math.Min(keep, 1 - (programmeCut.Fraction * supportShare));
                }

                if (keep < 1)
                {
                    ws.Support[k] = budget * keep;
                }

                if (exportCut is { } e && te > 0 && netExporter)
                {
                    ws.Export[k] = te * (1 - (e.Fraction * exportShare));
                }
            }
        }
    }

    /// <summary>
    /// The policy arrays of the draft: the base arrays, with the cells the draft changes filled as
    /// <see cref="WorldMarketModel.Solve"/> fills them (<see cref="Calibration.FillCell"/>).
    /// </summary>
    private void Policy(PayoffWorkspace ws)
    {
        var p = ws.Policy;
        p.CopyFrom(M.BasePolicy);
        var share = Model.Options.DefaultDomesticRentShare;
        for (var k = 0; k < M.CellCount; k++)
        {
            if (double.IsNaN(ws.Tariff[k]) && double.IsNaN(ws.Support[k]) && double.IsNaN(ws.Export[k]) && double.IsNaN(ws.Quota[k]))
            {
                continue;
            }

            var old = M.BasePolicies[k];
            var tariff = double.IsNaN(ws.Tariff[k]) ? old.ImportTariff.Fraction : ws.Tariff[k];
            var quota = double.IsNaN(ws.Quota[k]) ? old.Quota : new TariffRateQuota(new Tonnes(ws.Quota[k]), Rate.Zero, new Rate(tariff));
            Calibration.FillCell(
                M,
                p,
                k,
                double.IsNaN(ws.Tariff[k]) ? old.ImportTariff.Fraction : ws.Tariff[k],
                double.IsNaN(ws.Export[k]) ? old.ExportWedge.Fraction : ws.Export[k],
                double.IsNaN(ws.Support[k]) ? old.ProducerSupport.Fraction : ws.Support[k],
                old.ConsumerWedge.Fraction,
                quota,
                double.IsNaN(ws.Quota[k]) ? M.QuotaInternal0[k] : ws.Quota[k],
                share,
                null);
        }
    }

    private static void CopyState(SolveState from, SolveState to)
    {
        Array.Copy(from.X, to.X, to.X.Length);
        Array.Copy(from.Y, to.Y, to.Y.Length);
        Array.Copy(from.LogSupplyShift, to.LogSupplyShift, to.LogSupplyShift.Length);
        Array.Copy(from.LogDemandShift, to.LogDemandShift, to.LogDemandShift.Length);
        Array.Copy(from.Regime, to.Regime, to.Regime.Length);
        Array.Copy(from.Net, to.Net, to.Net.Length);
        Array.Clear(to.Iterations);
        Array.Clear(to.Residual);
        Array.Clear(to.Converged);
        to.Sweeps = 0;
    }

    /// <summary>One cell's measures against the alternative.</summary>
    public CellMeasure Measure(int k, DraftOutcome draft, DraftOutcome alternative) => new(
        draft.Parts[k] - alternative.Parts[k],
        (draft.PriceFactor[k] / alternative.PriceFactor[k]) - 1,
        alternative.Imports[k],
        draft.Imports[k],
        draft.Consumption[k],
        Staple[k],
        draft.Designated[k],
        SelfSufficiency[k]);

    /// <summary>Names a cell's commodity for reasons.</summary>
    public (CommodityId Id, string Name) Name(int k)
    {
        var id = M.Commodities[M.CellCommodity[k]];
        return (id, _dataset.FindCommodity(id)?.Name ?? id.Code);
    }

    /// <summary>A short description of the model, for reports.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{M.CellCount} markets, {M.Regions.Length} regions, {M.CommodityCount} commodities; {_batchRole.Length} regions with a lead member and {_bound.Length} commodity-level tariff lines");
}

/// <summary>A draft applied to the model once: its policy arrays and designated cells, read-only, shared by the threads that solve it.</summary>
/// <param name="Policy">Each cell's policy under the draft.</param>
/// <param name="Designated">True for cells of a line the draft lets a member designate (special or sensitive).</param>
internal sealed record DraftPolicy(PolicyArrays Policy, bool[] Designated);

/// <summary>The work arrays of one thread's evaluations.</summary>
internal sealed class PayoffWorkspace
{
    public PayoffWorkspace(DraftPayoffModel model)
    {
        var m = model.M;
        Policy = new PolicyArrays(m.CellCount);
        State = new SolveState(m);
        Welfare = new WelfareChange[m.CellCount];
        Scratch = new WorldResults.WelfareScratch(m);
        Tariff = new double[m.CellCount];
        Support = new double[m.CellCount];
        Export = new double[m.CellCount];
        Quota = new double[m.CellCount];
        Designated = new bool[m.CellCount];
        Draft = new DraftOutcome(m.CellCount, m.Regions.Length);
        Alternative = new DraftOutcome(m.CellCount, m.Regions.Length);
        Supply = (double[])m.SupplyElasticity.Clone();
        Demand = (double[])m.DemandElasticity.Clone();
    }

    public PolicyArrays Policy { get; }

    public SolveState State { get; }

    public WelfareChange[] Welfare { get; }

    public WorldResults.WelfareScratch Scratch { get; }

    public BatchOutput? Output { get; set; }

    public KernelScratch? Kernel { get; set; }

    public double[] Tariff { get; }

    public double[] Support { get; }

    public double[] Export { get; }

    /// <summary>A sensitive product's new tariff-quota volume per cell, NaN for none.</summary>
    public double[] Quota { get; }

    public bool[] Designated { get; }

    public List<string> Notes { get; } = [];

    /// <summary>The draft's outcome of the last evaluation.</summary>
    public DraftOutcome Draft { get; }

    /// <summary>The alternative's outcome (for a baseline scenario re-solved under the same draw).</summary>
    public DraftOutcome Alternative { get; }

    /// <summary>Drawn supply elasticities.</summary>
    public double[] Supply { get; }

    /// <summary>Drawn demand elasticities.</summary>
    public double[] Demand { get; }
}
