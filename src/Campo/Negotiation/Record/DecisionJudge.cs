using Campo.Scenarios;
using Campo.Schedules.Drafts;

namespace Campo.Negotiation.Record;

/// <summary>The work arrays of one prediction (one per thread; <see cref="DecisionJudge.NewBuffers"/>).</summary>
internal sealed class DecisionBuffers
{
    public DecisionBuffers(int members, int blocs)
    {
        Features = new MemberFeatures[members];
        Index = new double[members];
        Dissatisfied = new bool[members];
        Alone = new bool[members];
        Final = new bool[members];
        Covered = new bool[members];
        BlocIndex = new double[blocs];
        BlocObjects = new bool[blocs];
        Values = new double[members];
    }

    /// <summary>Each member's features.</summary>
    public MemberFeatures[] Features { get; }

    /// <summary>Each member's own index z.</summary>
    public double[] Index { get; }

    /// <summary>z &gt; 0.</summary>
    public bool[] Dissatisfied { get; }

    /// <summary>Dissatisfied, not covered by an objecting coalition, and able to block alone.</summary>
    public bool[] Alone { get; }

    /// <summary>Formally objects.</summary>
    public bool[] Final { get; }

    /// <summary>Member of a coalition that objects.</summary>
    public bool[] Covered { get; }

    /// <summary>Each coalition's pivotal index.</summary>
    public double[] BlocIndex { get; }

    /// <summary>Pivotal index &gt; 0.</summary>
    public bool[] BlocObjects { get; }

    /// <summary>Scratch for the pivot's order statistic.</summary>
    public double[] Values { get; }
}

/// <summary>
/// The estimated decision model applied to one negotiation — the one rule the default verdict, the Monte Carlo
/// draws, the draft search and the validation on the record all use (docs/models/negotiation.md §2-3).
/// <para>
/// Features (per member i with market region r): stake S_r = Σ_c q_c0·pw_c0 (farm output at 2005 world prices);
/// farmers ΔPS_r/S_r and exports ΔX_r/S_r against the alternative; a red line fires on a commodity c that matters
/// (q_c0·pw_c0 ≥ s·S_r with s = salient_output_share, and base production ≥ surge_floor of base consumption) when c
/// is a staple or a designated special or sensitive product whose producer price falls more than price_fall, or a
/// staple whose imports rise more than import_surge above the alternative while exceeding surge_floor of
/// consumption; the link is Σ over the package's issues of (delivered − 1) for a stated demand and −delivered for a
/// stated opposition, over the stances of the member and of its coalitions (the worst per issue); a gateway demand
/// (stances.csv "gateway": the G-33's special safeguard, the condition of its members' own tariff cuts, reference
/// negotiation-and-civil-society.md §1.4 and §2.2) counts only when the draft makes market-access commitments (a
/// market-access group with a tariff formula).
/// </para>
/// <para>
/// Rule: each member's index z_i = β·x_i (<see cref="DecisionCoefficients"/>); a coalition with a common position —
/// from its formation on (data/negotiation/formation.csv: its first recorded joint position; before it, neither a bloc
/// nor a source of its members' stances) — objects when its pivotal member is dissatisfied — each term at the level reached by the share κ of its members
/// most hurt by it; a member objects formally when one of its coalitions objects, or when it can block alone, which
/// needs both <b>weight</b> and <b>salience</b>: its region holds at least τ = block_alone_trade_share of world farm
/// trade (exports plus imports at 2005 world prices), and its farm terms alone dissatisfy it,
/// <code>
///   z_farm,i = β0 + βF·(−100·ΔPS_i/S_i) + βX·(−100·ΔX_i/S_i) + βR·redline_i  &gt; 0
/// </code>
/// (the index without the package's other issues: a member blocks alone over what the draft does to its farmers and
/// exporters, and over the package's other issues only with a coalition's cover). The salience threshold is the
/// estimated one — the same coefficients as the dissatisfaction index, not a stated share. Since βL·(−link) ≥ 0,
/// z_farm &gt; 0 implies z &gt; 0. A member spoken for (EU member states) takes its representative's position. The
/// draft passes when nobody objects. Every step is monotone: lower predictors for every member never turn an
/// acceptance into an objection; with β0 ≤ 0 a draft that changes nothing dissatisfies nobody.
/// </para>
/// <para>
/// Why both: on the record small members whose farmers lose on a product that matters did not block alone (Sri Lanka
/// over rice at Marrakesh; Cuba, Venezuela, Bolivia and Nicaragua at Bali, who first "could not go along" and then
/// joined the consensus), and a large member dissatisfied only by the package's other issues did not either (the EU at
/// Cancún with half its Singapore issues); the isolation cost of a lone veto (Cepaluni, Galdino and de Oliveira 2012,
/// reference negotiation-and-civil-society.md §1.6) is borne only by a member with weight, over a stake of its own.
/// </para>
/// </summary>
internal sealed class DecisionJudge
{
    private readonly NegotiationSession _session;
    private readonly int[] _region;
    private readonly double[] _link;
    private readonly double[] _stake;
    private readonly double[] _tradeShare;
    private readonly int[][] _salientCells;
    private readonly double[] _cellShare;
    private readonly int[][] _blocMembers;
    private readonly double _priceFall;
    private readonly double _surge;
    private readonly double _floor;

    /// <summary>Prepares the judge.</summary>
    /// <param name="session">The negotiation (members, markets, the alternative).</param>
    /// <param name="record">The record: its stated settings and the actors' stances on package issues.</param>
    /// <param name="package">What the package delivers on each issue (0-1); empty when the draft is not an event of the record.</param>
    public DecisionJudge(NegotiationSession session, NegotiationRecord record, IReadOnlyDictionary<string, double> package)
    {
        _session = session;
        Record = record;
        Package = package;
        var model = session.Model;
        var m = model.M;
        var setup = session.Setup;
        var salient = record.Setting("salient_output_share");
        _priceFall = record.Setting("price_fall");
        _surge = record.Setting("import_surge");
        _floor = record.Setting("surge_floor");
        BlockShare = record.Setting("block_alone_trade_share");
        MarketAccess = MakesMarketAccessCommitments(session.Draft);
        var regions = m.Regions.Length;
        _stake = new double[regions];
        var trade = new double[regions];
        var worldTrade = 0.0;
        for (var k = 0; k < m.CellCount; k++)
        {
            var pw = m.WorldPrice0[m.CellCommodity[k]];
            _stake[m.CellRegion[k]] += m.Supply0[k] * pw * 1e-6;
            var t = (m.Imports0[k] + m.Exports0[k]) * pw * 1e-6;
            trade[m.CellRegion[k]] += t;
            worldTrade += t;
        }

        _cellShare = new double[m.CellCount];
        _salientCells = new int[regions][];
        for (var r = 0; r < regions; r++)
        {
            var cells = new List<int>();
            for (var j = model.RegionCellStart[r]; j < model.RegionCellStart[r + 1]; j++)
            {
                var k = model.RegionCells[j];
                _cellShare[k] = _stake[r] > 0 ? m.Supply0[k] * m.WorldPrice0[m.CellCommodity[k]] * 1e-6 / _stake[r] : 0;
                if (_cellShare[k] >= salient && model.SelfSufficiency[k] >= _floor)
                {
                    cells.Add(k);
                }
            }

            _salientCells[r] = [.. cells];
        }

        var members = setup.Members;
        var index = members.Select((x, i) => (x.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _region = new int[members.Length];
        _link = new double[members.Length];
        _tradeShare = new double[members.Length];
        Represented = new int[members.Length];
        Unmet = new IReadOnlyList<string>[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var r = session.MemberRegion[i];
            _region[i] = r >= 0 && _stake[r] > 0 ? r : -1;
            var unmet = new List<string>();
            _link[i] = Link(record, package, setup.Date, members[i].Id.Code, members[i].Coalitions, unmet, MarketAccess);
            Unmet[i] = unmet;
            _tradeShare[i] = r >= 0 && worldTrade > 0 ? trade[r] / worldTrade : 0;
            Represented[i] = members[i].RepresentedBy is { } rep && index.TryGetValue(rep, out var ri) ? ri : -1;
        }

        // The coalitions with a common position: the negotiation's, then any coalition whose position the record states,
        // each only from its formation on (formation.csv: its first recorded joint position).
        var candidates = setup.Blocs.Select(b => b.Code)
            .Concat(record.Positions.Select(p => p.Actor).Where(setup.Known.ContainsKey))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        NotFormed = candidates.Where(c => !record.HasFormed(c, setup.Date)).Select(c => record.Formations[c]).ToArray();
        Blocs = candidates.Where(c => record.HasFormed(c, setup.Date)).Select(c => setup.Known[c]).ToArray();
        _blocMembers = Blocs.Select(b => b.Members.Where(index.ContainsKey).Select(x => index[x]).Distinct().ToArray()).ToArray();
        Rule = new DecisionRule(_blocMembers, Represented, _tradeShare, BlockShare);
        BlocUnmet = Blocs.Select(b =>
        {
            var list = new List<string>();
            Link(record, package, setup.Date, b.Code, [], list, MarketAccess);
            return (IReadOnlyList<string>)list;
        }).ToArray();
    }

    /// <summary>The record the settings and stances come from.</summary>
    public NegotiationRecord Record { get; }

    /// <summary>The package's issues and what it delivers on each.</summary>
    public IReadOnlyDictionary<string, double> Package { get; }

    /// <summary>True when the draft cuts tariffs: a market-access group with a formula (gateway demands count only then).</summary>
    public bool MarketAccess { get; }

    /// <summary>True when a draft has a market-access group whose formula cuts tariffs.</summary>
    internal static bool MakesMarketAccessCommitments(Scenario draft) =>
        draft.MarketAccess is { } access && access.Groups.Values.Any(g => g.Formula is not NoCutFormula);

    /// <summary>The stated share of world farm trade at which a member can block alone.</summary>
    public double BlockShare { get; }

    /// <summary>The coalitions with a common position (formed on the draft's date).</summary>
    public IReadOnlyList<CoalitionBloc> Blocs { get; }

    /// <summary>The coalitions the negotiation or the record names that had not yet formed on the draft's date: not blocs.</summary>
    public IReadOnlyList<CoalitionFormation> NotFormed { get; }

    /// <summary>Member indices of each coalition.</summary>
    public IReadOnlyList<int[]> BlocMembers => _blocMembers;

    /// <summary>Per coalition, the issues whose shortfall counts against the package under its own stated conditions.</summary>
    public IReadOnlyList<IReadOnlyList<string>> BlocUnmet { get; }

    /// <summary>Index of the member that speaks for each member, or −1.</summary>
    public int[] Represented { get; }

    /// <summary>Per member, the issues whose shortfall counts against the package for it.</summary>
    public IReadOnlyList<string>[] Unmet { get; }

    /// <summary>Each member's market region's share of world farm trade.</summary>
    public IReadOnlyList<double> TradeShare => _tradeShare;

    /// <summary>A member's stake (farm output at 2005 world prices, million USD), 0 without market data.</summary>
    public double Stake(int member) => _region[member] >= 0 ? _stake[_region[member]] : 0;

    /// <summary>The decision rule on this negotiation's members and coalitions.</summary>
    public DecisionRule Rule { get; }

    /// <summary>New work arrays for one thread.</summary>
    public DecisionBuffers NewBuffers() => Rule.NewBuffers();

    /// <summary>The prediction under coefficients c; returns true when the draft passes.</summary>
    public bool Predict(ReadOnlySpan<MemberFeatures> features, DecisionCoefficients c, DecisionBuffers b) => Rule.Predict(features, c, b);

    /// <summary>Every member's features under a draft outcome against the alternative, without allocating.</summary>
    public void Features(DraftOutcome draft, DraftOutcome alternative, Span<MemberFeatures> into)
    {
        var model = _session.Model;
        for (var i = 0; i < _region.Length; i++)
        {
            var r = _region[i];
            if (r < 0)
            {
                into[i] = new MemberFeatures(0, 0, 0, _link[i], false);
                continue;
            }

            var redLine = 0.0;
            foreach (var k in _salientCells[r])
            {
                if (RedLine(model.Measure(k, draft, alternative)) != RedLineKind.None)
                {
                    redLine = 1;
                    break;
                }
            }

            var total = draft.RegionTotal[r] - alternative.RegionTotal[r];
            into[i] = new MemberFeatures(total.Producer / _stake[r], total.Exports / _stake[r], redLine, _link[i], true);
        }
    }

    /// <summary>The red lines that fire for a member, for reasons and the replay.</summary>
    public IReadOnlyList<RedLineHit> RedLines(int member, DraftOutcome draft, DraftOutcome alternative)
    {
        var r = _region[member];
        if (r < 0)
        {
            return [];
        }

        var model = _session.Model;
        var hits = new List<RedLineHit>();
        foreach (var k in _salientCells[r])
        {
            var c = model.Measure(k, draft, alternative);
            var kind = RedLine(c);
            if (kind != RedLineKind.None)
            {
                var (id, name) = model.Name(k);
                var rise = c.ImportsAlternative > 0 ? (c.ImportsDraft / c.ImportsAlternative) - 1 : double.PositiveInfinity;
                hits.Add(new RedLineHit(id, name, _cellShare[k], c.PriceChange, kind == RedLineKind.Surge, rise));
            }
        }

        return hits;
    }

    /// <summary>
    /// The package's shortfall for an actor and its coalitions (see the class summary). A gateway demand (the G-33's
    /// special safeguard, demanded as the condition of its members' own tariff cuts) counts only when the draft makes
    /// market-access commitments (<paramref name="marketAccess"/>).
    /// </summary>
    internal static double Link(NegotiationRecord record, IReadOnlyDictionary<string, double> package, DateOnly date, string actor, IReadOnlyCollection<string> coalitions, List<string>? unmet, bool marketAccess)
    {
        var worst = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in record.Stances)
        {
            if (!s.HoldsOn(date) || !package.TryGetValue(s.Issue, out var delivered) || (s.Stance == IssueStance.Gateway && !marketAccess))
            {
                continue;
            }

            if (!string.Equals(s.Actor, actor, StringComparison.OrdinalIgnoreCase) && !(coalitions.Contains(s.Actor, StringComparer.OrdinalIgnoreCase) && record.HasFormed(s.Actor, date)))
            {
                continue;
            }

            var value = s.Stance == IssueStance.Opposes ? -delivered : delivered - 1;
            worst[s.Issue] = Math.Min(worst.GetValueOrDefault(s.Issue, 0), value);
        }

        unmet?.AddRange(worst.Where(w => w.Value < 0).Select(w => w.Key).Order(StringComparer.Ordinal));
        return worst.Values.Sum();
    }

    private RedLineKind RedLine(CellMeasure c)
    {
        if ((c.Staple || c.Designated) && c.PriceChange < -_priceFall)
        {
            return RedLineKind.Price;
        }

        return c.Staple && c.ImportsDraft > (1 + _surge) * c.ImportsAlternative && c.ImportsDraft > _floor * c.ConsumptionDraft ? RedLineKind.Surge : RedLineKind.None;
    }

    private enum RedLineKind
    {
        None,
        Price,
        Surge,
    }
}

/// <summary>
/// The decision rule on member indices (<see cref="DecisionJudge"/>'s summary states it): built once per negotiation or
/// event, evaluated for many drafts or coefficient vectors without allocating.
/// </summary>
/// <param name="BlocMembers">Member indices of each coalition with a common position.</param>
/// <param name="Represented">Index of the member that speaks for each member, or −1.</param>
/// <param name="TradeShare">Each member's market region's share of world farm trade.</param>
/// <param name="BlockShare">The share of world farm trade at which a member whose farm terms dissatisfy it can block alone.</param>
internal sealed record DecisionRule(int[][] BlocMembers, int[] Represented, double[] TradeShare, double BlockShare)
{
    /// <summary>New work arrays for one thread.</summary>
    public DecisionBuffers NewBuffers() => new(Represented.Length, BlocMembers.Length);

    /// <summary>The prediction (see <see cref="DecisionJudge"/>); returns true when the draft passes.</summary>
    public bool Predict(ReadOnlySpan<MemberFeatures> features, DecisionCoefficients c, DecisionBuffers b)
    {
        var n = Represented.Length;
        Span<double> x = stackalloc double[Logit.Size];
        for (var i = 0; i < n; i++)
        {
            features[i].Predictors(x);
            b.Index[i] = c.Index(x);
            b.Dissatisfied[i] = b.Index[i] > 0;
            b.Covered[i] = false;
        }

        for (var k = 0; k < BlocMembers.Length; k++)
        {
            Pivot(BlocMembers[k], features, c.Discipline, x, b.Values);
            var z = c.Index(x);
            b.BlocIndex[k] = z;
            b.BlocObjects[k] = z > 0;
            if (z > 0)
            {
                foreach (var i in BlocMembers[k])
                {
                    b.Covered[i] = true;
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            b.Alone[i] = b.Dissatisfied[i] && !b.Covered[i] && TradeShare[i] >= BlockShare && FarmIndex(features[i], c, x) > 0;
            b.Final[i] = b.Covered[i] || b.Alone[i];
        }

        var passes = true;
        for (var i = 0; i < n; i++)
        {
            if (Represented[i] is var r and >= 0)
            {
                b.Final[i] = b.Final[r];
                b.Alone[i] = false;
            }

            passes &= !b.Final[i];
        }

        return passes;
    }

    /// <summary>z_farm: the index without the linkage term (see <see cref="DecisionJudge"/>), the salience of blocking alone.</summary>
    public static double FarmIndex(MemberFeatures f, DecisionCoefficients c, Span<double> x)
    {
        f.Predictors(x);
        x[Logit.Size - 1] = 0;
        return c.Index(x);
    }

    /// <summary>
    /// The pivotal member's predictors of a coalition: each term at the level reached by the share κ of its members
    /// most hurt by it (payoff terms over members with data; red line and link over all members).
    /// </summary>
    public static void Pivot(int[] members, ReadOnlySpan<MemberFeatures> features, double kappa, Span<double> x, double[] values)
    {
        x[0] = 1;
        Span<double> row = stackalloc double[Logit.Size];
        for (var k = 1; k < Logit.Size; k++)
        {
            var count = 0;
            foreach (var i in members)
            {
                var f = features[i];
                if (k <= 2 && !f.HasPayoff)
                {
                    continue;
                }

                f.Predictors(row);
                values[count++] = row[k];
            }

            if (count == 0)
            {
                x[k] = 0;
                continue;
            }

            Array.Sort(values, 0, count);
            // The at-th largest (0-based) of the sorted values.
            var at = Math.Clamp((int)Math.Ceiling(kappa * count) - 1, 0, count - 1);
            x[k] = values[count - 1 - at];
        }
    }

}
