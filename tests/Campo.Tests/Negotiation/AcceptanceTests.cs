using Campo.Domain;
using Campo.Negotiation;
using FsCheck.Xunit;

namespace Campo.Tests.Negotiation;

public class AcceptanceTests
{
    private static readonly CommodityId Rice = new("rice");

    private static MemberPreferences Preferences(GovernmentWeights? weights = null, double threshold = 0, bool redLines = true) =>
        new(weights ?? GovernmentWeights.Welfare, threshold, new RedLines(redLines, 0.15, 0.10, 0.10), "test");

    private static RegionPayoff Payoff(WelfareParts total, params CommodityOutcome[] commodities) => new(new MemberId("JPN"), total, commodities);

    private static CommodityOutcome Commodity(
        double priceChange = 0,
        double importsBefore = 100,
        double importsAfter = 100,
        double consumption = 1000,
        bool staple = true,
        bool designated = false,
        double selfSufficiency = 0.9) =>
        new(Rice, "Rice", WelfareParts.Zero, priceChange, importsBefore, importsAfter, consumption, staple, designated, selfSufficiency);

    [Fact]
    public void A_member_whose_every_part_gains_accepts()
    {
        var decision = Acceptance.Decide(Preferences(), Payoff(new WelfareParts(5, 3, 2, 0, 1)));
        Assert.Equal(Position.Accept, decision.Position);
        Assert.Empty(decision.Reasons);

        // Hand calculation: equal weights on farmers, consumers, treasury, rents; none on exports: 5 + 3 + 2 + 0 = 10.
        Assert.Equal(10, decision.WeightedGain, 12);
    }

    [Fact]
    public void A_member_that_loses_in_national_welfare_objects_and_says_by_how_much()
    {
        var decision = Acceptance.Decide(Preferences(), Payoff(new WelfareParts(-10, 8, 0, 0, 0)));

        // Hand calculation: -10 + 8 = -2 million USD, below the threshold of 0.
        Assert.Equal(Position.Object, decision.Position);
        Assert.Equal(-2, decision.WeightedGain, 12);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal(ReasonKind.Payoff, reason.Kind);
        Assert.Contains("-2.0 million USD", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_that_favour_consumers_turn_the_same_outcome_into_acceptance()
    {
        var weights = new GovernmentWeights(1, 2, 1, 1, 0);
        var decision = Acceptance.Decide(Preferences(weights), Payoff(new WelfareParts(-10, 8, 0, 0, 0)));

        // Hand calculation: 1 × (-10) + 2 × 8 = +6.
        Assert.Equal(Position.Accept, decision.Position);
        Assert.Equal(6, decision.WeightedGain, 12);
    }

    [Fact]
    public void A_threshold_below_zero_accepts_a_small_loss_and_one_above_zero_rejects_a_small_gain()
    {
        var loss = Payoff(new WelfareParts(-3, 0, 0, 0, 0));
        var gain = Payoff(new WelfareParts(3, 0, 0, 0, 0));
        Assert.Equal(Position.Accept, Acceptance.Decide(Preferences(threshold: -5), loss).Position);
        Assert.Equal(Position.Object, Acceptance.Decide(Preferences(threshold: 5), gain).Position);
    }

    [Fact]
    public void A_loss_below_the_numerical_tolerance_counts_as_none()
    {
        var noise = Payoff(new WelfareParts(-NegotiationDefaults.PayoffTolerance / 2, 0, 0, 0, 0));
        Assert.Equal(Position.Accept, Acceptance.Decide(Preferences(), noise).Position);
    }

    [Fact]
    public void A_producer_price_fall_beyond_the_red_line_makes_a_winner_object()
    {
        var decision = Acceptance.Decide(Preferences(), Payoff(new WelfareParts(100, 0, 0, 0, 0), Commodity(priceChange: -0.20)));
        Assert.Equal(Position.Object, decision.Position);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal(ReasonKind.PriceRedLine, reason.Kind);
        Assert.Equal(Rice, reason.Commodity);
        Assert.Contains("falls 20.0%", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_fall_within_the_red_line_is_accepted()
    {
        var decision = Acceptance.Decide(Preferences(), Payoff(new WelfareParts(100, 0, 0, 0, 0), Commodity(priceChange: -0.10)));
        Assert.Equal(Position.Accept, decision.Position);
    }

    [Fact]
    public void The_price_red_line_covers_designated_products_but_not_other_non_staples()
    {
        var other = Commodity(priceChange: -0.30, staple: false);
        var special = Commodity(priceChange: -0.30, staple: false, designated: true);
        Assert.Equal(Position.Accept, Acceptance.Decide(Preferences(), Payoff(WelfareParts.Zero, other)).Position);
        Assert.Equal(Position.Object, Acceptance.Decide(Preferences(), Payoff(WelfareParts.Zero, special)).Position);
    }

    [Fact]
    public void An_import_surge_needs_both_the_rise_and_the_share_of_consumption()
    {
        // Imports 100 -> 120 kt: +20% (above the 10% line). Consumption 1000: 12% (above the 10% floor) -> object.
        var surge = Commodity(importsAfter: 120, consumption: 1000);

        // Same rise, consumption 2000: 6% of consumption, below the floor -> no surge.
        var small = Commodity(importsAfter: 120, consumption: 2000);

        // Imports 100 -> 105: +5%, within the line -> no surge.
        var mild = Commodity(importsAfter: 105, consumption: 500);
        var objection = Acceptance.Decide(Preferences(), Payoff(WelfareParts.Zero, surge));
        Assert.Equal(ReasonKind.SurgeRedLine, Assert.Single(objection.Reasons).Kind);
        Assert.Equal(0.2, Assert.Single(objection.Reasons).Size!.Value, 12);
        Assert.Equal(Position.Accept, Acceptance.Decide(Preferences(), Payoff(WelfareParts.Zero, small)).Position);
        Assert.Equal(Position.Accept, Acceptance.Decide(Preferences(), Payoff(WelfareParts.Zero, mild)).Position);
    }

    [Fact]
    public void Red_lines_do_not_defend_a_product_the_member_hardly_produces()
    {
        // Self-sufficiency 5%: below the 10% floor, so neither red line applies.
        var imported = Commodity(priceChange: -0.5, importsAfter: 300, selfSufficiency: 0.05);
        Assert.Equal(Position.Accept, Acceptance.Decide(Preferences(), Payoff(WelfareParts.Zero, imported)).Position);
    }

    [Fact]
    public void Switched_off_red_lines_leave_only_the_payoff()
    {
        var decision = Acceptance.Decide(Preferences(redLines: false), Payoff(new WelfareParts(1, 0, 0, 0, 0), Commodity(priceChange: -0.5, importsAfter: 500)));
        Assert.Equal(Position.Accept, decision.Position);
    }

    [Fact]
    public void Every_reason_is_listed_when_several_apply()
    {
        var decision = Acceptance.Decide(Preferences(), Payoff(new WelfareParts(-1, 0, 0, 0, 0), Commodity(priceChange: -0.5, importsAfter: 300)));
        Assert.Equal([ReasonKind.Payoff, ReasonKind.PriceRedLine, ReasonKind.SurgeRedLine], decision.Reasons.Select(r => r.Kind).ToArray());
    }

    [Fact]
    public void Negative_weights_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GovernmentWeights(1, -1, 1, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GovernmentWeights(0, 0, 0, 0, 0));
    }

    [Property(MaxTest = 500)]
    public bool A_member_that_accepts_a_draft_accepts_one_better_for_it_in_every_component(
        sbyte producer,
        sbyte consumer,
        sbyte treasury,
        sbyte exports,
        byte weightP,
        byte weightC,
        byte weightG,
        byte weightX,
        byte fall,
        byte rise,
        byte gain,
        byte relief)
    {
        // Any non-negative weights; a draft B at least as good as A in every welfare part, with a producer price no
        // lower and imports no higher (consumption unchanged): if A is accepted, B is.
        if (weightP + weightC + weightG + weightX == 0)
        {
            return true;
        }

        var preferences = new MemberPreferences(new GovernmentWeights(weightP, weightC, weightG, 1, weightX), producer / 10.0, new RedLines(true, 0.15, 0.10, 0.10), "property");
        var a = new WelfareParts(producer, consumer, treasury, 0, exports);
        var b = a + new WelfareParts(gain / 10.0, relief / 10.0, gain / 20.0, 0, relief / 20.0);
        var priceA = -fall / 255.0;
        var priceB = priceA + (relief / 255.0 * (1 - priceA) / 2);
        var importsA = 100 * (1 + (rise / 100.0));
        var importsB = importsA / (1 + (gain / 100.0));
        var outcomeA = Payoff(a, new CommodityOutcome(Rice, "Rice", a, priceA, 100, importsA, 500, true, false, 0.5));
        var outcomeB = Payoff(b, new CommodityOutcome(Rice, "Rice", b, priceB, 100, importsB, 500, true, false, 0.5));
        return Acceptance.Decide(preferences, outcomeA).Position == Position.Object
            || Acceptance.Decide(preferences, outcomeB).Position == Position.Accept;
    }
}
