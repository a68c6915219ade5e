using System.Text.Json;
using Campo.Composition;
using Campo.Data;
using Campo.Negotiation;
using Campo.Reports;
using Campo.Scenarios;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Negotiation;

/// <summary>The Cancún replay: the 146 members of 14 September 2003 judge the Derbez text (scenarios/cancun-2003.toml).</summary>
public class CancunReplayTests
{
    private static readonly Dataset Data = DatasetLoader.LoadDefault();
    private static readonly Lazy<NegotiationOutcome> Replay = new(() => Negotiator.Negotiate(Cancun(), EvaluationContext.For(Data), new NegotiationOptions { Draws = 0, Discover = true }));

    private static Scenario Cancun(params string[] set) =>
        ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml"), "scenarios/cancun-2003.toml", set);

    [Fact]
    public void Every_one_of_the_146_members_has_a_verdict()
    {
        // 146 WTO members on 2003-09-14 (reference negotiation-and-civil-society.md §1.1, counted from the accession dates).
        var outcome = Replay.Value;
        Assert.Equal(146, outcome.Members.Count);
        Assert.Equal(146, outcome.Draft.Members);
        Assert.Equal(outcome.Verdict.Objecting + outcome.Verdict.Accepting, outcome.Members.Count);
        Assert.Equal(outcome.Verdict.Passes, outcome.Members.All(m => m.Position == Position.Accept));
    }

    [Fact]
    public void Every_objector_says_why()
    {
        Assert.All(Replay.Value.Members.Where(m => m.Position == Position.Object), m => Assert.NotEmpty(m.Reasons));
    }

    [Fact]
    public void Eu_member_states_take_the_position_of_the_european_union()
    {
        var outcome = Replay.Value;
        var eu = outcome.Members.Single(m => m.Member.Code == "EUN");
        var states = outcome.Members.Where(m => m.PayoffSource == PayoffSource.RepresentedByEu).ToArray();

        // The EU-15 of 2003 (data/sources/eu_membership.csv): the ten of 2004 were not yet member states.
        Assert.Equal(15, states.Length);
        Assert.All(states, s => Assert.Equal(eu.Position, s.Position));
        Assert.DoesNotContain(outcome.Verdict.Blocking, b => states.Any(s => s.Member == b));
    }

    [Fact]
    public void Members_of_an_aggregate_region_share_its_payoff()
    {
        var outcome = Replay.Value;
        var china = outcome.Members.Single(m => m.Member.Code == "CHN");
        var hongKong = outcome.Members.Single(m => m.Member.Code == "HKG");
        Assert.Equal(PayoffSource.SharedRegion, hongKong.PayoffSource);
        Assert.Equal(china.Payoff, hongKong.Payoff);
        Assert.NotNull(hongKong.Note);
    }

    [Fact]
    public void The_member_without_market_data_is_reported_apart()
    {
        var outcome = Replay.Value;
        var noData = outcome.Members.Where(m => m.PayoffSource == PayoffSource.NoData).ToArray();
        Assert.NotEmpty(noData);
        Assert.All(noData, m =>
        {
            Assert.Null(m.FarmOutput);
            Assert.Null(m.Payoff);
            Assert.Contains(m.Reasons, r => r.Kind == ReasonKind.NoData);
        });
    }

    [Fact]
    public void The_comparison_with_the_record_counts_the_g90_as_acp_african_group_and_ldcs()
    {
        var outcome = Replay.Value;
        var h = outcome.Historical!;
        var date = new DateOnly(2003, 9, 14);
        var present = Data.MembersAt(date).Select(m => m.Id).ToHashSet();
        var g90 = new[] { "ACP", "AFRICAN", "LDC" }.SelectMany(c => Data.GetCoalition(c).Members).Where(m => m.Id is { } id && present.Contains(id)).Select(m => m.Id!.Value).ToHashSet();
        Assert.Equal(g90.Count, h.ByCoalition.Single(c => c.Code == "G90").Members);
        Assert.Equal(["G20", "G33", "G90", "C4"], h.RejectingCoalitions);
        Assert.Equal(146, h.Rejecters + h.Others);
        Assert.Equal(h.RejectersPredictedToObject / (double)h.Rejecters, h.ShareRejectersPredicted, 12);
        Assert.Equal(h.OthersPredictedToAccept / (double)h.Others, h.ShareOthersPredicted, 12);

        // The C-4 of 2003: Benin, Burkina Faso, Chad, Mali (reference §1.4).
        Assert.Equal(4, h.ByCoalition.Single(c => c.Code == "C4").Members);
    }

    [Fact]
    public void The_outcome_serialises_to_one_json_document()
    {
        using var json = JsonDocument.Parse(CampoJson.Serialize(Replay.Value));
        var root = json.RootElement;
        Assert.Equal(146, root.GetProperty("members").GetArrayLength());
        Assert.Contains(root.GetProperty("verdict").GetProperty("passes").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.All(root.GetProperty("members").EnumerateArray(), m => Assert.Contains(m.GetProperty("position").GetString(), new[] { "accept", "object" }));
        Assert.True(root.GetProperty("historical").GetProperty("shareRejectersPredicted").GetDouble() is >= 0 and <= 1);
    }

    [Fact]
    public void Coalition_discovery_partitions_the_members_with_their_own_region()
    {
        var discovery = Replay.Value.Discovery!;
        var clustered = discovery.Found.SelectMany(c => c.Members).ToArray();
        Assert.Equal(discovery.Units, clustered.Length);
        Assert.Equal(clustered.Length, clustered.Distinct().Count());
        Assert.Equal(discovery.Clusters, discovery.Found.Count);
        Assert.InRange(discovery.AdjustedRandIndex, -1, 1);
        Assert.Equal(discovery.Units, discovery.Found.Sum(c => c.Composition.Values.Sum()));
    }

    [Fact]
    public void The_robustness_shares_do_not_depend_on_the_number_of_threads()
    {
        var context = EvaluationContext.For(Data);
        var one = Negotiator.Negotiate(Cancun(), context, new NegotiationOptions { Draws = 6, Seed = 11, MaxDegreeOfParallelism = 1 });
        var two = Negotiator.Negotiate(Cancun(), context, new NegotiationOptions { Draws = 6, Seed = 11, MaxDegreeOfParallelism = 2 });
        Assert.Equal(one.Robustness!.PassShare, two.Robustness!.PassShare);
        Assert.Equal(one.Members.Select(m => m.ObjectShare), two.Members.Select(m => m.ObjectShare));
        Assert.All(one.Members, m => Assert.InRange(m.ObjectShare!.Value, 0, 1));
    }

    [Fact]
    public void The_members_of_an_objecting_coalition_object_together()
    {
        var outcome = Negotiator.Negotiate(Cancun(), EvaluationContext.For(Data), new NegotiationOptions { Draws = 0 });
        foreach (var coalition in outcome.Coalitions.Where(c => c.Position == Position.Object))
        {
            var members = outcome.Members.Where(m => m.Coalitions.Contains(coalition.Code)).ToArray();
            Assert.All(members, m => Assert.Equal(Position.Object, m.Position));
        }

        Assert.Equal(outcome.Coalitions.Where(c => c.Position == Position.Object).Select(c => c.Code), outcome.Verdict.BlockingCoalitions);
    }

    [Fact]
    public void A_regional_draft_is_not_negotiated_on_the_world_market()
    {
        var regional = Cancun() with { Kind = ScenarioKind.Regional };
        var error = Assert.Throws<Errors.CampoException>(() => Negotiator.Negotiate(regional, EvaluationContext.For(Data), new NegotiationOptions { Draws = 0 }));
        Assert.Contains("regional", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_coalition_in_the_decision_section_is_refused()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml")) + "\n[decision]\ncoalitions = [\"G20\", \"G21\"]\n";
        var scenario = ScenarioReader.Read(text, "c.toml");
        var error = Assert.Throws<Errors.CampoException>(() => Negotiator.Negotiate(scenario, EvaluationContext.For(Data), new NegotiationOptions { Draws = 0 }));
        Assert.StartsWith("c.toml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown coalition \"G21\"", error.Message, StringComparison.Ordinal);
    }
}
