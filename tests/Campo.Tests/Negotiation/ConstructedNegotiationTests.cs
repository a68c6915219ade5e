using Campo.Domain;
using Campo.Negotiation;

namespace Campo.Tests.Negotiation;

/// <summary>Negotiations in the constructed three-member world (<see cref="ThreeMarkets"/>), whose verdicts follow from signs.</summary>
public sealed class ConstructedNegotiationTests : IDisposable
{
    private static readonly MemberId Usa = new("USA");
    private static readonly MemberId Egy = new("EGY");
    private static readonly MemberId Arg = new("ARG");
    private readonly ThreeMarkets _world = new();

    private NegotiationOutcome Negotiate(double cut, string decision = "", DraftSearchRequest? search = null) =>
        Negotiator.Negotiate(ThreeMarkets.Draft(cut, decision), _world.Context, new NegotiationOptions { Draws = 0, Search = search, MaxDegreeOfParallelism = 2 });

    private static MemberVerdict Of(NegotiationOutcome outcome, MemberId member) => outcome.Members.Single(m => m.Member == member);

    [Fact]
    public void A_support_cut_is_blocked_by_the_importer_that_pays_the_higher_price()
    {
        var outcome = Negotiate(50);
        Assert.False(outcome.Verdict.Passes);
        Assert.Equal([Egy], outcome.Verdict.Blocking);
        var egypt = Of(outcome, Egy);
        Assert.True(egypt.Payoff!.Value.Consumer < 0);
        Assert.Equal(0, egypt.Payoff!.Value.Producer, 12);
        Assert.Equal(ReasonKind.Payoff, Assert.Single(egypt.Reasons).Kind);
        Assert.Equal(Position.Accept, Of(outcome, Usa).Position);
        Assert.Equal(Position.Accept, Of(outcome, Arg).Position);
    }

    [Fact]
    public void The_status_quo_passes()
    {
        var outcome = Negotiate(0);
        Assert.True(outcome.Verdict.Passes);
        Assert.All(outcome.Members, m => Assert.Equal(0, m.WeightedGain!.Value, 6));
    }

    [Fact]
    public void An_importer_compensated_by_its_threshold_lets_the_draft_pass()
    {
        var blocked = Negotiate(50);
        var loss = Of(blocked, Egy).WeightedGain!.Value;

        // Egypt accepts losses down to twice what the cut costs it, so nobody objects.
        var decision = "\n[decision.member.EGY]\nthreshold = " + (2 * loss).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n";
        Assert.True(Negotiate(50, decision).Verdict.Passes);
    }

    [Fact]
    public void The_search_finds_that_only_the_status_quo_passes_when_the_importer_objects_to_any_price_rise()
    {
        var request = new DraftSearchRequest { Dimensions = [new SearchDimension(DraftKnob.Support, 0, 100)], GridPoints = 5 };
        var search = Negotiate(60, search: request).Search!;

        // Grid 0, 25, 50, 75, 100: every cut above 0 raises the world price, which Egypt pays.
        Assert.Equal(5, search.Converged);
        Assert.Equal(1, search.Passable);
        var dimension = Assert.Single(search.Dimensions);
        Assert.Equal((60.0, 0.0, 0.0), (dimension.Tabled!.Value, dimension.PassableLow!.Value, dimension.PassableHigh!.Value));
        Assert.Equal(0, Assert.Single(search.Nearest!.Values));

        // Distance from the tabled 60 to 0 over a range of 100.
        Assert.Equal(0.6, search.Nearest.Distance, 12);
        var blocker = Assert.Single(search.Blockers);
        Assert.Equal((Egy, 0.8), (blocker.Member, blocker.Share));
    }

    [Fact]
    public void The_search_finds_every_draft_passable_when_the_importer_only_counts_exports()
    {
        var request = new DraftSearchRequest { Dimensions = [new SearchDimension(DraftKnob.Support, 0, 100)], GridPoints = 5, Objective = new SearchObjective("world", ObjectivePart.Total) };
        var search = Negotiate(60, "\n[decision.member.EGY]\nexports = 1\nproducer = 0\nconsumer = 0\ngovernment = 0\nquota_rent = 0\n", request).Search!;

        // Egypt exports nothing, so its payoff is 0 for every cut: all five drafts pass, the whole range is passable.
        Assert.Equal(5, search.Passable);
        var dimension = Assert.Single(search.Dimensions);
        Assert.Equal((0.0, 100.0), (dimension.PassableLow!.Value, dimension.PassableHigh!.Value));
        // The grid point nearest the tabled 60 is 50 (10 away, against 15 for 75).
        Assert.Equal(50, Assert.Single(search.Nearest!.Values), 9);
        Assert.Empty(search.Blockers);
    }

    [Fact]
    public void The_best_passable_draft_for_world_welfare_is_the_largest_cut_of_a_distorting_subsidy()
    {
        // With the importer indifferent (exports only), every draft passes; removing more of the production subsidy
        // removes more of its deadweight loss, so world welfare is highest at the 100% cut of the grid.
        var request = new DraftSearchRequest { Dimensions = [new SearchDimension(DraftKnob.Support, 0, 100)], GridPoints = 5 };
        var search = Negotiate(60, "\n[decision.member.EGY]\nexports = 1\nproducer = 0\nconsumer = 0\ngovernment = 0\nquota_rent = 0\n", request).Search!;
        Assert.Equal(100, Assert.Single(search.Best!.Values));
        var objectives = search.Points.OrderBy(p => p.Values[0]).Select(p => p.Objective).ToArray();
        Assert.True(objectives.Zip(objectives.Skip(1)).All(pair => pair.Second > pair.First));
    }

    [Fact]
    public void Against_a_baseline_equal_to_the_draft_every_payoff_is_zero_and_the_draft_passes()
    {
        var draft = ThreeMarkets.Draft(50, "baseline = \"base.toml\"");
        var outcome = Negotiator.Negotiate(draft, _world.Context, new NegotiationOptions { Draws = 3, LoadBaseline = _ => ThreeMarkets.Draft(50) });
        Assert.True(outcome.Verdict.Passes);
        Assert.All(outcome.Members, m => Assert.Equal(0, m.WeightedGain!.Value, 6));
        Assert.Equal(1, outcome.Robustness!.PassShare);
        Assert.Contains("base.toml", outcome.Draft.Alternative, StringComparison.Ordinal);
    }

    [Fact]
    public void Against_a_baseline_with_the_cut_going_back_to_no_cut_blocks_the_exporters_instead()
    {
        // The draft restores the full subsidy the baseline had halved: the world price falls, so Egypt gains and
        // Argentina, an exporter, loses; the United States takes back a subsidy that distorts its production and
        // cheapens its exports, so it loses too.
        var draft = ThreeMarkets.Draft(0, "baseline = \"half.toml\"");
        var outcome = Negotiator.Negotiate(draft, _world.Context, new NegotiationOptions { Draws = 0, LoadBaseline = _ => ThreeMarkets.Draft(50) });
        Assert.Equal([Arg, Usa], outcome.Verdict.Blocking);
        Assert.True(Of(outcome, Egy).WeightedGain > 0);
    }

    [Fact]
    public void A_regional_baseline_is_refused_with_its_location()
    {
        var draft = ThreeMarkets.Draft(50, "baseline = \"nafta.toml\"");
        var regional = ThreeMarkets.Draft(0) with { Kind = Campo.Scenarios.ScenarioKind.Regional };
        var error = Assert.Throws<Campo.Errors.CampoException>(() => Negotiator.Negotiate(draft, _world.Context, new NegotiationOptions { Draws = 0, LoadBaseline = _ => regional }));
        Assert.StartsWith("three.toml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("regional", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _world.Dispose();
}
