using System.Globalization;
using Campo.Domain;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>A coalition as the negotiation uses it: the members present on the date and its leaders.</summary>
/// <param name="Code">Its code (G20, G33, G90, C4, ...).</param>
/// <param name="Name">Its name in reports.</param>
/// <param name="Members">Its members present on the date.</param>
/// <param name="Leaders">Its leading members present on the date (for the leaders rule); may be empty.</param>
/// <param name="Source">Where the list comes from, with its vintage.</param>
/// <param name="LeadersSource">Where the leaders come from, or why there are none.</param>
public sealed record CoalitionBloc(string Code, string Name, IReadOnlyList<MemberId> Members, IReadOnlyList<MemberId> Leaders, string Source, string LeadersSource);

/// <summary>A member's own stance before coalitions.</summary>
/// <param name="Member">The member.</param>
/// <param name="Own">Its own position, or null when it has no payoff (no market data).</param>
/// <param name="RepresentedBy">The member that speaks for it (EUN for EU member states), or null.</param>
public sealed record MemberStance(MemberId Member, Position? Own, MemberId? RepresentedBy = null);

/// <summary>A coalition's position under the rule.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Position">The position the rule gives it (for <see cref="CoalitionRule.None"/>, the majority of its members, for information).</param>
/// <param name="Members">Members present.</param>
/// <param name="Voting">Members with a position of their own (or through their representative).</param>
/// <param name="Objecting">Of those, members whose own position is to object.</param>
/// <param name="Rule">How the position was reached, in words.</param>
public sealed record CoalitionPosition(string Code, string Name, Position Position, int Members, int Voting, int Objecting, string Rule);

/// <summary>A member's final position and the reasons coalitions or representation add.</summary>
/// <param name="Member">The member.</param>
/// <param name="Position">Its final position.</param>
/// <param name="Reasons">Reasons added by coalitions, representation or the no-data rule.</param>
public sealed record FinalStance(MemberId Member, Position Position, IReadOnlyList<Reason> Reasons);

/// <summary>The verdict under consensus.</summary>
/// <param name="Passes">True when no member objects.</param>
/// <param name="Members">Every member's final stance, in input order.</param>
/// <param name="Coalitions">Every coalition's position.</param>
/// <param name="Blocking">Members that object and speak for themselves (EU member states object through the EU).</param>
/// <param name="BlockingCoalitions">Coalitions whose position is to object.</param>
public sealed record ConsensusResult(bool Passes, IReadOnlyList<FinalStance> Members, IReadOnlyList<CoalitionPosition> Coalitions, IReadOnlyList<MemberId> Blocking, IReadOnlyList<string> BlockingCoalitions);

/// <summary>
/// Consensus with coalitions (Marrakesh Agreement Art. IX:1 and its footnote 1: a draft passes when no member present
/// formally objects; reference negotiation-and-civil-society.md §1.6).
/// <para>
/// A coalition with a common position takes one position from its voting members' own positions (members with a
/// payoff, EU member states through the EU): <b>unanimity</b>, it objects when any of them objects; <b>majority</b>,
/// when more than half object; <b>leaders</b>, when any of its leaders present objects (the reference's "the G-20
/// accepts only if all its core members accept", §2.4 item 5), falling back to unanimity when no leader is present.
/// Under a coalition rule every member of a coalition takes its coalitions' position: it objects when any of its
/// coalitions objects, and otherwise accepts even if its own payoff says object (coalition discipline, the
/// "commitment not to accept side deals" of §1.6, reported as overruled). Without a rule members decide alone.
/// A member with no payoff follows the position of its coalitions (their majority when there is no rule) or accepts,
/// as the scenario says; members represented by another take its final position.
/// </para>
/// </summary>
public static class Consensus
{
    /// <summary>Decides the verdict.</summary>
    /// <param name="members">Every member present, with its own stance.</param>
    /// <param name="blocs">The coalitions with a common position.</param>
    /// <param name="rule">The coalition rule.</param>
    /// <param name="noData">What members without a payoff do.</param>
    /// <exception cref="ArgumentException">A member listed twice, or a representative who is not listed.</exception>
    public static ConsensusResult Decide(IReadOnlyList<MemberStance> members, IReadOnlyList<CoalitionBloc> blocs, CoalitionRule rule, NoDataRule noData)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(blocs);
        var plan = new ConsensusPlan(members.Select(m => m.Member).ToArray(), members.Select(m => m.RepresentedBy).ToArray(), blocs, rule, noData);
        var own = new sbyte[members.Count];
        for (var i = 0; i < own.Length; i++)
        {
            own[i] = members[i].Own switch
            {
                Position.Object => 1,
                Position.Accept => 0,
                _ => -1,
            };
        }

        var final = new bool[members.Count];
        var blocObjects = new bool[blocs.Count];
        var passes = plan.Evaluate(own, final, blocObjects);
        var positions = new CoalitionPosition[blocs.Count];
        for (var b = 0; b < blocs.Count; b++)
        {
            var (voting, objecting) = plan.Votes(b, own);
            positions[b] = new CoalitionPosition(blocs[b].Code, blocs[b].Name, blocObjects[b] ? Position.Object : Position.Accept, blocs[b].Members.Count(plan.Contains), voting, objecting, plan.RuleText(b));
        }

        var stances = new FinalStance[members.Count];
        for (var i = 0; i < stances.Length; i++)
        {
            stances[i] = new FinalStance(members[i].Member, final[i] ? Position.Object : Position.Accept, plan.Reasons(i, own, final, blocObjects, positions));
        }

        var blocking = stances.Where((s, i) => s.Position == Position.Object && members[i].RepresentedBy is null).Select(s => s.Member).ToArray();
        var blockingBlocs = positions.Where(p => p.Position == Position.Object).Select(p => p.Code).ToArray();
        return new ConsensusResult(passes, stances, positions, blocking, rule == CoalitionRule.None ? [] : blockingBlocs);
    }
}

/// <summary>
/// The consensus rule on member indices, built once and evaluated for many drafts without allocating
/// (<see cref="Evaluate"/>). Own positions are 1 (object), 0 (accept) or −1 (no payoff).
/// </summary>
internal sealed class ConsensusPlan
{
    private readonly MemberId[] _members;
    private readonly int[] _representative;
    private readonly int[][] _blocMembers;
    private readonly int[][] _blocLeaders;
    private readonly int[][] _memberBlocs;
    private readonly CoalitionBloc[] _blocs;
    private readonly CoalitionRule _rule;
    private readonly NoDataRule _noData;
    private readonly Dictionary<MemberId, int> _index;

    public ConsensusPlan(MemberId[] members, MemberId?[] representatives, IReadOnlyList<CoalitionBloc> blocs, CoalitionRule rule, NoDataRule noData)
    {
        _members = members;
        _rule = rule;
        _noData = noData;
        _blocs = [.. blocs];
        _index = new Dictionary<MemberId, int>(members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            if (!_index.TryAdd(members[i], i))
            {
                throw new ArgumentException("Member " + members[i] + " is listed twice.", nameof(members));
            }
        }

        _representative = new int[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            _representative[i] = representatives[i] is { } r
                ? (_index.TryGetValue(r, out var j) ? j : throw new ArgumentException("Representative " + r + " of " + members[i] + " is not listed.", nameof(representatives)))
                : -1;
        }

        _blocMembers = _blocs.Select(b => b.Members.Where(_index.ContainsKey).Select(m => _index[m]).Distinct().ToArray()).ToArray();
        _blocLeaders = _blocs.Select(b => b.Leaders.Where(_index.ContainsKey).Select(m => _index[m]).Distinct().ToArray()).ToArray();
        var memberBlocs = Enumerable.Range(0, members.Length).Select(_ => new List<int>()).ToArray();
        for (var b = 0; b < _blocMembers.Length; b++)
        {
            foreach (var i in _blocMembers[b])
            {
                memberBlocs[i].Add(b);
            }
        }

        _memberBlocs = memberBlocs.Select(l => l.ToArray()).ToArray();
    }

    public int Count => _members.Length;

    public bool Contains(MemberId member) => _index.ContainsKey(member);

    /// <summary>The blocs (indices) a member belongs to.</summary>
    public IReadOnlyList<int> BlocsOf(int member) => _memberBlocs[member];

    /// <summary>Computes every final position and bloc position; returns true when the draft passes.</summary>
    public bool Evaluate(ReadOnlySpan<sbyte> own, Span<bool> final, Span<bool> blocObjects)
    {
        for (var b = 0; b < _blocMembers.Length; b++)
        {
            blocObjects[b] = BlocObjects(b, own);
        }

        var passes = true;
        for (var i = 0; i < _members.Length; i++)
        {
            final[i] = Decide(_representative[i] >= 0 ? _representative[i] : i, own, blocObjects);
            passes &= !final[i];
        }

        return passes;
    }

    /// <summary>Voting members and objectors of a bloc.</summary>
    public (int Voting, int Objecting) Votes(int b, ReadOnlySpan<sbyte> own)
    {
        int voting = 0, objecting = 0;
        foreach (var i in _blocMembers[b])
        {
            var o = Own(i, own);
            if (o >= 0)
            {
                voting++;
                objecting += o;
            }
        }

        return (voting, objecting);
    }

    public string RuleText(int b) => _rule switch
    {
        CoalitionRule.Unanimity => "unanimity: objects if any member objects",
        CoalitionRule.Majority => "majority: objects if more than half of its members object",
        CoalitionRule.Leaders when _blocLeaders[b].Length > 0 => "leaders: objects if any of " + string.Join(", ", _blocLeaders[b].Select(i => _members[i].Code)) + " objects",
        CoalitionRule.Leaders => "leaders: no leader present, so unanimity",
        _ => "no common position (members decide alone); majority shown for information",
    };

    public List<Reason> Reasons(int i, ReadOnlySpan<sbyte> own, ReadOnlySpan<bool> final, ReadOnlySpan<bool> blocObjects, CoalitionPosition[] positions)
    {
        var reasons = new List<Reason>();
        if (_representative[i] >= 0)
        {
            var r = _members[_representative[i]];
            reasons.Add(new Reason(ReasonKind.Represented, "represented by " + r + ": takes its position (" + (final[i] ? "object" : "accept") + ")"));
            return reasons;
        }

        var blocs = _memberBlocs[i];
        if (_rule != CoalitionRule.None && blocs.Length > 0)
        {
            var objecting = new List<int>();
            foreach (var b in blocs)
            {
                if (blocObjects[b])
                {
                    objecting.Add(b);
                }
            }

            foreach (var b in objecting)
            {
                reasons.Add(new Reason(ReasonKind.Coalition, string.Create(CultureInfo.InvariantCulture, $"objects with the {positions[b].Name} ({positions[b].Objecting} of {positions[b].Voting} voting members object; {positions[b].Rule})")));
            }

            if (objecting.Count == 0 && own[i] == 1)
            {
                reasons.Add(new Reason(ReasonKind.Overruled, "its own objection gives way: " + string.Join(", ", blocs.Select(b => positions[b].Name)) + " accept (" + positions[blocs[0]].Rule + ")"));
            }
        }

        if (own[i] < 0)
        {
            var text = _noData == NoDataRule.FollowCoalitions && blocs.Length > 0
                ? "no market data: follows " + string.Join(", ", blocs.Select(b => positions[b].Name)) + " (" + (final[i] ? "object" : "accept") + ")"
                : "no market data: accepts, as no payoff or red line can be evaluated (assumption)";
            reasons.Add(new Reason(ReasonKind.NoData, text));
        }

        return reasons;
    }

    private bool Decide(int i, ReadOnlySpan<sbyte> own, ReadOnlySpan<bool> blocObjects)
    {
        var blocs = _memberBlocs[i];
        if (_rule != CoalitionRule.None && blocs.Length > 0)
        {
            foreach (var b in blocs)
            {
                if (blocObjects[b])
                {
                    return true;
                }
            }

            return false;
        }

        if (own[i] >= 0)
        {
            return own[i] == 1;
        }

        if (_noData == NoDataRule.Accept)
        {
            return false;
        }

        foreach (var b in blocs)
        {
            if (blocObjects[b])
            {
                return true;
            }
        }

        return false;
    }

    private bool BlocObjects(int b, ReadOnlySpan<sbyte> own)
    {
        var members = _blocMembers[b];
        var rule = _rule;
        if (rule == CoalitionRule.Leaders && _blocLeaders[b].Length > 0)
        {
            foreach (var i in _blocLeaders[b])
            {
                if (Own(i, own) == 1)
                {
                    return true;
                }
            }

            return false;
        }

        int voting = 0, objecting = 0;
        foreach (var i in members)
        {
            var o = Own(i, own);
            if (o >= 0)
            {
                voting++;
                objecting += o;
            }
        }

        return rule is CoalitionRule.Unanimity or CoalitionRule.Leaders ? objecting > 0 : 2 * objecting > voting;
    }

    private int Own(int i, ReadOnlySpan<sbyte> own) => own[_representative[i] >= 0 ? _representative[i] : i];
}
