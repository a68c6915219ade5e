using Campo.Domain;
using Campo.Negotiation;
using Campo.Negotiation.Record;

namespace Campo.Tests.Negotiation;

/// <summary>
/// Negotiations in the constructed three-member world (<see cref="ThreeMarkets"/>) on the default verdict path (the
/// estimated decision model), with stated coefficients so that the verdicts follow from signs: β0 = −1 and only the
/// farmers' term counts (βF = 1 per percent of farm output lost), κ = 0.5. A cut in US support lowers US farmers'
/// surplus (dissatisfied once they lose more than 1% of US farm output) and raises the world price (Argentina's
/// farmers gain; Egypt has no farmers, so no stake: it is judged on the package alone, and no package is on the table).
/// The United States holds well over 5% of this world's farm trade, so when dissatisfied it blocks alone.
/// </summary>
public sealed class ConstructedNegotiationTests : IDisposable
{
    private static readonly MemberId Usa = new("USA");
    private static readonly MemberId Egy = new("EGY");
    private static readonly MemberId Arg = new("ARG");
    private static readonly DecisionEstimates Estimates = DecisionEstimates.Stated(new DecisionCoefficients([-1, 1, 0, 0, 0], 0.5), NegotiationRecord.Shipped(_ => true));
    private readonly ThreeMarkets _world = new();

    private NegotiationOutcome Negotiate(double cut, string decision = "", DraftSearchRequest? search = null) =>
        Negotiator.Negotiate(ThreeMarkets.Draft(cut, decision), _world.Context, new NegotiationOptions { Draws = 0, Search = search, MaxDegreeOfParallelism = 2, Estimates = Estimates });

    private static MemberVerdict Of(NegotiationOutcome outcome, MemberId member) => outcome.Members.Single(m => m.Member == member);

    [Fact]
    public void A_deep_support_cut_is_blocked_by_the_member_whose_farmers_lose()
    {
        var outcome = Negotiate(50);
        Assert.False(outcome.Verdict.Passes);
        Assert.Equal([Usa], outcome.Verdict.Blocking);
        var usa = Of(outcome, Usa);
        Assert.True(usa.Payoff!.Value.Producer < 0);

        // z = −1 + 1·(−100·ΔPS/S): the index restates the farmers' loss as a percent of farm output.
        Assert.Equal(-1 - (100 * usa.Payoff!.Value.Producer / usa.FarmOutput!.Value), usa.Index, 9);
        Assert.Contains(usa.Reasons, r => r.Kind == ReasonKind.Payoff);
        Assert.Contains(usa.Reasons, r => r.Kind == ReasonKind.BlocksAlone);
        Assert.True(Of(outcome, Arg).Payoff!.Value.Producer > 0);
        Assert.Equal(Position.Accept, Of(outcome, Arg).Position);
        Assert.Equal(Position.Accept, Of(outcome, Egy).Position);
        Assert.Null(Of(outcome, Egy).FarmOutput);
    }

    [Fact]
    public void A_draft_that_changes_nothing_passes_with_every_index_at_the_intercept()
    {
        var outcome = Negotiate(0);
        Assert.True(outcome.Verdict.Passes);
        Assert.All(outcome.Members, m => Assert.Equal(-1, m.Index, 6));
    }

    [Fact]
    public void Acceptance_is_monotone_in_the_cut_on_the_default_path()
    {
        // A smaller cut is better for US farmers in every component the model reads (smaller loss, no red line, no
        // package): if a cut passes, every smaller cut passes.
        var cuts = new[] { 0.0, 2, 5, 10, 20, 40, 80 };
        var passes = cuts.Select(c => Negotiate(c).Verdict.Passes).ToArray();
        for (var i = 1; i < passes.Length; i++)
        {
            Assert.True(passes[i - 1] || !passes[i], "a cut passes while a smaller one fails");
        }

        Assert.True(passes[0]);
        Assert.False(passes[^1]);
    }

    [Fact]
    public void The_search_finds_the_passable_cuts_as_a_range_from_zero_and_the_nearest_below_the_tabled_cut()
    {
        var request = new DraftSearchRequest { Dimensions = [new SearchDimension(DraftKnob.Support, 0, 100)], GridPoints = 11 };
        var search = Negotiate(60, search: request).Search!;
        Assert.Equal(11, search.Converged);
        var passable = search.Points.Where(p => p.Passes).Select(p => p.Values[0]).Order().ToArray();
        Assert.Contains(0, passable);

        // Monotone: the passable cuts are the grid points from 0 up to the largest passable one.
        var largest = passable.Max();
        Assert.Equal(search.Points.Select(p => p.Values[0]).Where(v => v <= largest).Order(), passable);
        Assert.True(largest < 60);
        Assert.Equal(largest, Assert.Single(search.Nearest!.Values), 9);
        Assert.Equal((60 - largest) / 100, search.Nearest.Distance, 12);
        var blocker = Assert.Single(search.Blockers);
        Assert.Equal(Usa, blocker.Member);
    }

    [Fact]
    public void Against_a_baseline_equal_to_the_draft_every_payoff_is_zero_and_the_draft_passes()
    {
        var draft = ThreeMarkets.Draft(50, "baseline = \"base.toml\"");
        var outcome = Negotiator.Negotiate(draft, _world.Context, new NegotiationOptions { Draws = 3, LoadBaseline = _ => ThreeMarkets.Draft(50), Estimates = Estimates });
        Assert.True(outcome.Verdict.Passes);
        Assert.All(outcome.Members, m => Assert.Equal(-1, m.Index, 6));
        Assert.Equal(1, outcome.Robustness!.PassShare);
        Assert.Contains("base.toml", outcome.Draft.Alternative, StringComparison.Ordinal);
    }

    [Fact]
    public void Against_a_baseline_with_the_cut_going_back_to_no_cut_blocks_the_exporter_instead()
    {
        // The draft restores the full subsidy the baseline had halved: the world price falls, so Argentina's farmers
        // lose and US farmers gain.
        var draft = ThreeMarkets.Draft(0, "baseline = \"half.toml\"");
        var outcome = Negotiator.Negotiate(draft, _world.Context, new NegotiationOptions { Draws = 0, LoadBaseline = _ => ThreeMarkets.Draft(50), Estimates = Estimates });
        Assert.True(Of(outcome, Usa).Payoff!.Value.Producer > 0);
        Assert.True(Of(outcome, Arg).Payoff!.Value.Producer < 0);
        Assert.Equal(Position.Accept, Of(outcome, Usa).Position);
        Assert.DoesNotContain(Usa, outcome.Verdict.Blocking);
    }

    [Fact]
    public void A_regional_baseline_is_refused_with_its_location()
    {
        var draft = ThreeMarkets.Draft(50, "baseline = \"nafta.toml\"");
        var regional = ThreeMarkets.Draft(0) with { Kind = Campo.Scenarios.ScenarioKind.Regional };
        var error = Assert.Throws<Campo.Errors.CampoException>(() => Negotiator.Negotiate(draft, _world.Context, new NegotiationOptions { Draws = 0, LoadBaseline = _ => regional, Estimates = Estimates }));
        Assert.StartsWith("three.toml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("regional", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _world.Dispose();
}
