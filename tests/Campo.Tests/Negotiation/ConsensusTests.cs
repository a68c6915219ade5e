using Campo.Domain;
using Campo.Negotiation;
using Campo.Scenarios;

namespace Campo.Tests.Negotiation;

public class ConsensusTests
{
    private static readonly MemberId Bra = new("BRA");
    private static readonly MemberId Ind = new("IND");
    private static readonly MemberId Arg = new("ARG");
    private static readonly MemberId Jpn = new("JPN");
    private static readonly MemberId Eun = new("EUN");
    private static readonly MemberId Fra = new("FRA");
    private static readonly MemberId Vct = new("VCT");

    private static CoalitionBloc Bloc(string code, MemberId[] members, params MemberId[] leaders) => new(code, code, members, leaders, "test", "test");

    private static MemberStance Own(MemberId member, Position position) => new(member, position);

    private static ConsensusResult Decide(CoalitionRule rule, IReadOnlyList<CoalitionBloc> blocs, params MemberStance[] members) =>
        Consensus.Decide(members, blocs, rule, NoDataRule.FollowCoalitions);

    private static Position Final(ConsensusResult result, MemberId member) => result.Members.Single(m => m.Member == member).Position;

    [Fact]
    public void A_draft_passes_when_no_member_objects()
    {
        var result = Decide(CoalitionRule.None, [], Own(Bra, Position.Accept), Own(Jpn, Position.Accept));
        Assert.True(result.Passes);
        Assert.Empty(result.Blocking);
    }

    [Fact]
    public void One_objection_is_enough_to_block_consensus()
    {
        // Marrakesh Agreement Art. IX:1, footnote 1: consensus if no member present formally objects.
        var result = Decide(CoalitionRule.None, [], Own(Bra, Position.Accept), Own(Jpn, Position.Object), Own(Ind, Position.Accept));
        Assert.False(result.Passes);
        Assert.Equal([Jpn], result.Blocking);
    }

    [Fact]
    public void Under_unanimity_one_objecting_member_makes_the_whole_coalition_object()
    {
        var g20 = Bloc("G20", [Bra, Ind, Arg]);
        var result = Decide(CoalitionRule.Unanimity, [g20], Own(Bra, Position.Accept), Own(Ind, Position.Object), Own(Arg, Position.Accept), Own(Jpn, Position.Accept));
        Assert.False(result.Passes);
        Assert.Equal([Arg, Bra, Ind], result.Blocking.Order().ToArray());
        Assert.Equal(["G20"], result.BlockingCoalitions);
        Assert.Equal(Position.Accept, Final(result, Jpn));
        var coalition = Assert.Single(result.Coalitions);
        Assert.Equal((3, 1), (coalition.Voting, coalition.Objecting));
        Assert.Contains(result.Members.Single(m => m.Member == Bra).Reasons, r => r.Kind == ReasonKind.Coalition);
    }

    [Fact]
    public void Under_majority_a_lone_objector_gives_way_and_the_draft_passes()
    {
        var g20 = Bloc("G20", [Bra, Ind, Arg]);
        var result = Decide(CoalitionRule.Majority, [g20], Own(Bra, Position.Accept), Own(Ind, Position.Object), Own(Arg, Position.Accept));
        Assert.True(result.Passes);
        Assert.Contains(result.Members.Single(m => m.Member == Ind).Reasons, r => r.Kind == ReasonKind.Overruled);
    }

    [Fact]
    public void Under_majority_two_objectors_of_three_carry_the_coalition()
    {
        var g20 = Bloc("G20", [Bra, Ind, Arg]);
        var result = Decide(CoalitionRule.Majority, [g20], Own(Bra, Position.Object), Own(Ind, Position.Object), Own(Arg, Position.Accept));
        Assert.False(result.Passes);
        Assert.Equal(Position.Object, Final(result, Arg));
    }

    [Fact]
    public void A_tie_is_not_a_majority_to_object()
    {
        var bloc = Bloc("G2", [Bra, Ind]);
        var result = Decide(CoalitionRule.Majority, [bloc], Own(Bra, Position.Object), Own(Ind, Position.Accept));
        Assert.True(result.Passes);
    }

    [Fact]
    public void Under_the_leaders_rule_a_leader_s_objection_binds_the_coalition()
    {
        var g20 = Bloc("G20", [Bra, Ind, Arg], Bra, Ind);
        var result = Decide(CoalitionRule.Leaders, [g20], Own(Bra, Position.Accept), Own(Ind, Position.Object), Own(Arg, Position.Accept));
        Assert.False(result.Passes);
        Assert.Equal(Position.Object, Final(result, Arg));
    }

    [Fact]
    public void Under_the_leaders_rule_a_follower_s_objection_gives_way()
    {
        var g20 = Bloc("G20", [Bra, Ind, Arg], Bra, Ind);
        var result = Decide(CoalitionRule.Leaders, [g20], Own(Bra, Position.Accept), Own(Ind, Position.Accept), Own(Arg, Position.Object));
        Assert.True(result.Passes);
        Assert.Equal(Position.Accept, Final(result, Arg));
    }

    [Fact]
    public void A_coalition_without_a_leader_present_decides_by_unanimity()
    {
        var bloc = Bloc("C4", [Bra, Arg]);
        var result = Decide(CoalitionRule.Leaders, [bloc], Own(Bra, Position.Accept), Own(Arg, Position.Object));
        Assert.False(result.Passes);
        Assert.Equal(Position.Object, Final(result, Bra));
        Assert.Contains("unanimity", Assert.Single(result.Coalitions).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_of_two_coalitions_objects_when_either_objects()
    {
        var g20 = Bloc("G20", [Bra, Ind]);
        var g33 = Bloc("G33", [Ind, Jpn]);
        var result = Decide(CoalitionRule.Majority, [g20, g33], Own(Bra, Position.Accept), Own(Ind, Position.Object), Own(Jpn, Position.Object));

        // G20: 1 of 2 object (a tie: accepts); G33: 2 of 2 object. India is in both, so it objects; Brazil accepts.
        Assert.Equal(Position.Object, Final(result, Ind));
        Assert.Equal(Position.Accept, Final(result, Bra));
    }

    [Fact]
    public void A_represented_member_takes_its_representative_s_position_and_does_not_block_itself()
    {
        var members = new[] { Own(Eun, Position.Object), new MemberStance(Fra, null, Eun), Own(Bra, Position.Accept) };
        var result = Decide(CoalitionRule.None, [], members);
        Assert.Equal(Position.Object, Final(result, Fra));
        Assert.Equal([Eun], result.Blocking);
        Assert.Equal(ReasonKind.Represented, Assert.Single(result.Members.Single(m => m.Member == Fra).Reasons).Kind);
    }

    [Fact]
    public void A_member_without_data_follows_its_coalition_or_accepts_alone()
    {
        var g33 = Bloc("G33", [Ind, Vct]);
        var inBloc = Decide(CoalitionRule.None, [g33], Own(Ind, Position.Object), new MemberStance(Vct, null));
        Assert.Equal(Position.Object, Final(inBloc, Vct));
        var alone = Decide(CoalitionRule.None, [], Own(Ind, Position.Object), new MemberStance(Vct, null));
        Assert.Equal(Position.Accept, Final(alone, Vct));
        var accepting = Consensus.Decide([Own(Ind, Position.Object), new MemberStance(Vct, null)], [g33], CoalitionRule.None, NoDataRule.Accept);
        Assert.Equal(Position.Accept, Final(accepting, Vct));
    }

    [Fact]
    public void Without_a_coalition_rule_members_decide_alone()
    {
        var g20 = Bloc("G20", [Bra, Ind, Arg]);
        var result = Decide(CoalitionRule.None, [g20], Own(Bra, Position.Object), Own(Ind, Position.Object), Own(Arg, Position.Accept));
        Assert.Equal(Position.Accept, Final(result, Arg));
        Assert.Empty(result.BlockingCoalitions);
    }
}
