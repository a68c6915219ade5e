using Campo.Domain;
using Campo.Errors;
using Campo.Negotiation;
using Campo.Negotiation.Record;

namespace Campo.Tests.Negotiation;

/// <summary>
/// The package issues as search knobs (<see cref="DraftKnob.Issue"/>, <see cref="PackageKnobs"/>), in the constructed
/// three-member world (<see cref="ThreeMarkets"/>) with two one-member coalitions: the G-20 = {Argentina}, the
/// G-33 = {Egypt}. The draft is named cancun-2003.toml, so it carries the Cancún package of
/// data/negotiation/packages.csv: Singapore issues 0.5, cotton 0, SSM 0.5, blended formula 1. On its date
/// (30 June 2005) data/negotiation/stances.csv has the G-33 demand the SSM (from 10 Sep 2003) and the G-20 oppose the
/// blended formula (from 20 Aug 2003); the EU's demand for the Singapore issues ended on 14 Sep 2003, and neither the
/// G-90 nor the C-4 is in this world. The draft cuts nothing (cut 0), so every payoff term is 0 and only the link
/// moves the indices. It has a developing members' Uruguay-Round tariff formula (Egypt levies no tariff, so it cuts
/// nothing either): a market-access commitment, so the G-33's gateway demand for the SSM counts.
/// </summary>
public sealed class PackageKnobTests : IDisposable
{
    private static readonly MemberId Usa = new("USA");
    private static readonly MemberId Egy = new("EGY");
    private static readonly MemberId Arg = new("ARG");

    // Stated coefficients: β0 = −1, only the link counts (βL = 3), κ = 0.5. So z = −1 + 3·(−link).
    private static readonly DecisionEstimates Estimates = DecisionEstimates.Stated(new DecisionCoefficients([-1, 0, 0, 0, 3], 0.5), NegotiationRecord.Shipped(_ => true));
    private readonly ThreeMarkets _world = new(coalitions: true);

    private const string DevelopingFormula = "[market_access.developing]\nformula = \"uruguay-round\"\naverage_cut = 24\nminimum_cut = 10\n";

    private static Campo.Scenarios.Scenario Cancun => ThreeMarkets.Draft(0, file: "cancun-2003.toml", marketAccess: DevelopingFormula);

    private NegotiationOutcome Negotiate(DraftSearchRequest search) =>
        Negotiator.Negotiate(Cancun, _world.Context, new NegotiationOptions { Draws = 0, Search = search, MaxDegreeOfParallelism = 2, Estimates = Estimates });

    [Theory]
    [InlineData("cotton_specific=0:1", "cotton_specific", 0, 1)]
    [InlineData("ssm", "ssm", 0, 1)]
    [InlineData("singapore=0.25:0.75", "singapore_launch", 0.25, 0.75)]
    [InlineData("BLENDED_OPT_OUT=0:0.5", "blended_opt_out", 0, 0.5)]
    public void Package_issues_are_read_from_the_command_line_by_their_code_or_its_start(string text, string issue, double low, double high)
    {
        var dimension = SearchDimension.Parse(text);
        Assert.Equal(DraftKnob.Issue, dimension.Knob);
        Assert.Equal(issue, dimension.Issue);
        Assert.Equal(issue, dimension.Name);
        Assert.Equal((low, high), (dimension.Low, dimension.High));
    }

    [Theory]
    [InlineData("cottn_specific=0:1", "did you mean cotton_specific?")]
    [InlineData("tariffs=0:1", "allowed: the draft parameters swiss, cuts, cap, special, sdt, support, export_end, or a package issue of the record delivered 0-1 (singapore_launch, cotton_specific, ssm, blended_opt_out, public_stockholding")]
    [InlineData("ssm=0:2", "outside 0:1")]
    [InlineData("ss=0:1", "allowed: the draft parameters")]
    public void A_bad_knob_is_one_error_naming_the_flag_and_the_allowed_knobs(string text, string expected)
    {
        var error = Assert.Throws<CampoException>(() => SearchDimension.Parse(text));
        Assert.StartsWith("--search: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_issue_searched_twice_is_refused()
    {
        var request = new DraftSearchRequest { Dimensions = [SearchDimension.OfIssue("ssm"), SearchDimension.Parse("ssm=0:0.5")] };
        var error = Assert.Throws<CampoException>(request.Validate);
        Assert.Contains("ssm is searched twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delivering_a_demanded_issue_raises_the_link_and_delivering_an_opposed_one_lowers_it_by_hand()
    {
        var session = Negotiator.Open(Cancun, _world.Context, new NegotiationOptions(), Estimates.Record);
        var members = session.Setup.Members.Select(m => m.Id).ToList();
        int Of(MemberId id) => members.IndexOf(id);
        var knobs = PackageKnobs.For(session, [SearchDimension.OfIssue("ssm"), new SearchDimension(DraftKnob.Support, 0, 100), SearchDimension.OfIssue("blended_opt_out")])!;

        // The recorded Cancún package (packages.csv): SSM half there, the blended formula in full.
        Assert.Equal(new[] { 0.5, 1.0 }, knobs.Tabled);

        // Egypt (G-33, demands the SSM): link = min(0, v_ssm − 1); Argentina (G-20, opposes the blended formula):
        // link = min(0, −v_blended); the United States states nothing: 0.
        Assert.Equal(1, knobs.Demand(Of(Egy), 0));
        Assert.Equal(0, knobs.Opposition(Of(Egy), 0));
        Assert.Equal(1, knobs.Opposition(Of(Arg), 1));
        Assert.Equal(-0.5, knobs.Link(Of(Egy), [0.5, 1]), 12);
        Assert.Equal(0, knobs.Link(Of(Egy), [1, 1]), 12);
        Assert.Equal(-1, knobs.Link(Of(Egy), [0, 1]), 12);
        Assert.Equal(-1, knobs.Link(Of(Arg), [0.5, 1]), 12);
        Assert.Equal(-0.25, knobs.Link(Of(Arg), [0.5, 0.25]), 12);
        Assert.Equal(0, knobs.Link(Of(Arg), [0.5, 0]), 12);
        Assert.Equal(0, knobs.Link(Of(Usa), [0, 1]), 12);

        // Relink reads the issue dimensions among all of a draft's values (the support knob in between is skipped).
        var features = new MemberFeatures[members.Count];
        knobs.Relink([1, 60, 0.25], features);
        Assert.Equal(0, features[Of(Egy)].Link, 12);
        Assert.Equal(-0.25, features[Of(Arg)].Link, 12);
    }

    [Fact]
    public void At_the_recorded_package_the_knobs_give_the_decision_models_own_link()
    {
        var session = Negotiator.Open(Cancun, _world.Context, new NegotiationOptions(), Estimates.Record);
        var knobs = PackageKnobs.For(session, [SearchDimension.OfIssue("ssm"), SearchDimension.OfIssue("blended_opt_out"), SearchDimension.OfIssue("cotton_specific")])!;
        var features = new MemberFeatures[session.Setup.Members.Length];
        session.Judge.Features(session.Central, session.Alternative, features);
        for (var i = 0; i < features.Length; i++)
        {
            Assert.Equal(features[i].Link, knobs.Link(i, knobs.Tabled), 12);
        }
    }

    [Fact]
    public void The_passable_package_drafts_are_those_the_hand_calculation_gives_and_the_nearest_is_the_smallest_step()
    {
        // Egypt: z = −1 + 3·(1 − v_ssm) ≤ 0 ⇔ v_ssm ≥ 2/3; Argentina: z = −1 + 3·v_blended ≤ 0 ⇔ v_blended ≤ 1/3.
        // Each coalition has one member, so its pivot is that member. On the 5-point grid (0, 0.25, 0.5, 0.75, 1) the
        // passable drafts are v_ssm ∈ {0.75, 1} × v_blended ∈ {0, 0.25}.
        var request = new DraftSearchRequest { Dimensions = [SearchDimension.OfIssue("ssm"), SearchDimension.OfIssue("blended_opt_out")], GridPoints = 5 };
        var outcome = Negotiate(request);
        var search = outcome.Search!;
        Assert.Equal(25, search.Converged);
        foreach (var p in search.Points)
        {
            Assert.Equal(p.Values[0] >= 2.0 / 3 && p.Values[1] <= 1.0 / 3, p.Passes);
        }

        // The tabled draft (SSM 0.5, blended 1) is the default verdict: both coalitions object.
        Assert.Equal(outcome.Verdict.Objecting, search.Tabled.Objecting);
        Assert.False(search.Tabled.Passes);
        Assert.Equal(new[] { 0.5, 1.0 }, search.Tabled.Values.ToArray());

        // Nearest: (0.75, 0.25), steps (+0.25, −0.75) over ranges of 1, distance √(0.25² + 0.75²).
        var nearest = search.Nearest!;
        Assert.Equal(new[] { 0.75, 0.25 }, nearest.Values.ToArray());
        Assert.Equal(new[] { 0.25, -0.75 }, nearest.Steps.ToArray());
        Assert.Equal(Math.Sqrt((0.25 * 0.25) + (0.75 * 0.75)), nearest.Distance, 12);
        Assert.Empty(nearest.Blocking);
        Assert.Equal((0.75, 1.0), (search.Dimensions[0].PassableLow!.Value, search.Dimensions[0].PassableHigh!.Value));
        Assert.Equal((0.0, 0.25), (search.Dimensions[1].PassableLow!.Value, search.Dimensions[1].PassableHigh!.Value));
        Assert.Equal(0.5, search.Dimensions[0].Tabled);
        Assert.Equal(new[] { Arg, Egy }, search.Blockers.Select(b => b.Member).Order().ToArray());

        // Refined towards the tabled draft (blended first: the larger step): the boundaries of the hand calculation,
        // v_blended → 1/3 from below and v_ssm → 2/3 from above, within the bisection's 1/4096 of the step.
        var refined = search.Refined!;
        Assert.True(refined.Passes);
        Assert.InRange(refined.Values[1], (1.0 / 3) - (0.75 / 4096), 1.0 / 3);
        Assert.InRange(refined.Values[0], 2.0 / 3, (2.0 / 3) + (0.25 / 4096));
        Assert.True(refined.Distance < nearest.Distance);
    }

    [Fact]
    public void Refining_moves_each_knob_back_to_its_tabled_value_or_to_the_edge_of_the_passable_set()
    {
        // A passable set known by construction: x0 ≥ 0.3 and x1 ≤ 0.6 (x2 free); tabled (0, 1, 5), start (0.9, 0.1, 8).
        var dims = new[] { SearchDimension.OfIssue("ssm"), SearchDimension.OfIssue("blended_opt_out"), new SearchDimension(DraftKnob.Support, 0, 10) };
        var calls = 0;
        var refined = DraftSearch.Refine([0.9, 0.1, 8], [0, 1, 5], dims, x =>
        {
            calls++;
            var passes = x[0] >= 0.3 && x[1] <= 0.6;
            return new DraftSearch.Result(true, passes, passes ? 0 : 1, 0);
        })!.Value;
        Assert.True(refined.Result.Passes);
        Assert.InRange(refined.Point[0], 0.3, 0.3 + (0.9 / 4096));
        Assert.InRange(refined.Point[1], 0.6 - (0.9 / 4096), 0.6);

        // The free knob goes straight back to its tabled value.
        Assert.Equal(5, refined.Point[2]);
        Assert.True(calls <= 1 + (2 * 3 * 13));

        // A start that does not pass is not refined.
        Assert.Null(DraftSearch.Refine([0, 1, 5], [0, 1, 5], dims, _ => new DraftSearch.Result(true, false, 1, 0)));
    }

    [Fact]
    public void The_passable_set_is_closed_upwards_in_a_demanded_issue_and_downwards_in_an_opposed_one()
    {
        // Monotonicity (βL ≥ 0, every step of the rule monotone): more of a demanded issue never turns a pass into a
        // failure, nor does less of an opposed one. Checked on a grid with the support cut searched too.
        var request = new DraftSearchRequest
        {
            Dimensions = [SearchDimension.OfIssue("ssm"), SearchDimension.OfIssue("blended_opt_out"), new SearchDimension(DraftKnob.Support, 0, 40)],
            GridPoints = 5,
        };
        var points = Negotiate(request).Search!.Points;
        Assert.Contains(points, p => p.Passes);
        Assert.Contains(points, p => !p.Passes);
        var compared = 0;
        foreach (var a in points.Where(p => p.Passes))
        {
            foreach (var b in points.Where(p => p != a && p.Values[0] >= a.Values[0] && p.Values[1] <= a.Values[1] && p.Values[2] == a.Values[2]))
            {
                Assert.True(b.Passes);
                compared++;
            }
        }

        Assert.True(compared > 0);

        // Without a payoff coefficient the support cut does not matter: passing depends on the issues alone.
        Assert.All(points, p => Assert.Equal(p.Values[0] >= 2.0 / 3 && p.Values[1] <= 1.0 / 3, p.Passes));
    }

    [Fact]
    public void An_issue_that_is_not_on_the_table_is_refused_naming_the_flag_and_the_allowed_knobs()
    {
        var request = new DraftSearchRequest { Dimensions = [SearchDimension.OfIssue("public_stockholding")], GridPoints = 2 };
        var error = Assert.Throws<CampoException>(() => Negotiate(request));
        Assert.Contains("--search", error.Message, StringComparison.Ordinal);
        Assert.Contains("not on the table of cancun-2003", error.Message, StringComparison.Ordinal);
        Assert.Contains("blended_opt_out, cotton_specific, singapore_launch, ssm", error.Message, StringComparison.Ordinal);

        // A draft outside the record has no package at all.
        var outside = Assert.Throws<CampoException>(() => Negotiator.Negotiate(ThreeMarkets.Draft(0), _world.Context, new NegotiationOptions { Draws = 0, Search = new DraftSearchRequest { Dimensions = [SearchDimension.OfIssue("ssm")] }, Estimates = Estimates }));
        Assert.Contains("not an event of the record", outside.Message, StringComparison.Ordinal);
        Assert.Contains("swiss, cuts", outside.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_G33_s_gateway_demand_for_the_SSM_counts_only_on_a_draft_that_cuts_tariffs()
    {
        // Same draft and package (SSM 0.5, blended formula 1), without the tariff formula: Egypt's SSM shortfall
        // (0.5 − 1 = −0.5) no longer counts, Argentina's opposition to the blended formula (−1) still does.
        var record = NegotiationRecord.Shipped(_ => true);
        var with = Negotiator.Open(Cancun, _world.Context, new NegotiationOptions { Draws = 0, Estimates = Estimates }, record);
        var without = Negotiator.Open(ThreeMarkets.Draft(0, file: "cancun-2003.toml"), _world.Context, new NegotiationOptions { Draws = 0, Estimates = Estimates }, record);
        var package = EventData.PackageOf(record, "cancun-2003");
        var a = new DecisionJudge(with, record, package);
        var b = new DecisionJudge(without, record, package);
        Assert.True(a.MarketAccess);
        Assert.False(b.MarketAccess);
        var egy = Array.FindIndex(with.Setup.Members, m => m.Id == Egy);
        var arg = Array.FindIndex(with.Setup.Members, m => m.Id == Arg);
        Assert.Equal(["ssm"], a.Unmet[egy]);
        Assert.Empty(b.Unmet[egy]);
        Assert.Equal(["blended_opt_out"], b.Unmet[arg]);

        // The hand calculation on the link itself: G-33 member, SSM delivered 0.5.
        var date = new DateOnly(2005, 6, 30);
        Assert.Equal(-0.5, DecisionJudge.Link(record, new Dictionary<string, double> { ["ssm"] = 0.5 }, date, "EGY", ["G33"], null, marketAccess: true), 12);
        Assert.Equal(0, DecisionJudge.Link(record, new Dictionary<string, double> { ["ssm"] = 0.5 }, date, "EGY", ["G33"], null, marketAccess: false), 12);

        // A plain demand does not depend on it: the C-4's cotton demand with cotton 0 is −1 either way.
        Assert.Equal(-1, DecisionJudge.Link(record, new Dictionary<string, double> { ["cotton_specific"] = 0 }, date, "BEN", ["C4"], null, marketAccess: false), 12);
        Assert.Contains(record.Stances, s => s is { Actor: "G33", Issue: "ssm", Stance: IssueStance.Gateway });
        Assert.Contains(record.Packages, p => p is { Event: "nairobi-2015", Issue: "ssm", Delivered: 0 });
    }

    public void Dispose() => _world.Dispose();
}
