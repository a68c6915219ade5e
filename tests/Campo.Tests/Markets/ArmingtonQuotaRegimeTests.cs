using Campo.Domain;
using Campo.Errors;
using Campo.Markets.Armington;

namespace Campo.Tests.Markets;

/// <summary>
/// Tariff-rate quota regimes and stepped solves on the Armington model, checked by hand. The hand model has one
/// exporter F selling only to one importer H (θ_FH = φ_FH = 1), so GSIM's equations (reference §2.2) reduce to
/// <code>
///   M̂ = N·(T̂ + p̂*_F),  N = θ·E_m − (1 − θ)·E_s = E_m = −1
///   clearing: M̂ = E_x·p̂*_F = p̂*_F   ⇒   p̂*_F = −T̂/2,  M̂ = −T̂/2
/// </code>
/// with base flow 100 USD = 100 t (price 1 USD/t) at T0 = 2 (a 100% tariff); H sells nothing (its price is fixed
/// by E_x,H·p̂*_H = 0).
/// </summary>
public class ArmingtonQuotaRegimeTests
{
    private static readonly MemberId H = new("HOM");
    private static readonly MemberId F = new("FOR");
    private static readonly ArmingtonQuotaOptions OneStep = new() { Steps = new ArmingtonStepOptions { Steps = 1 } };

    private static ArmingtonModel HandModel() => ArmingtonModel.Build(new ArmingtonBase(
        new CommodityId("good"),
        [new ArmingtonRegion(H, -1, 1, 2), new ArmingtonRegion(F, -1, 1, 2)],
        [new BilateralFlow(F, H, new Usd(100), new Rate(1.0))],
        "hand model"));

    private static BilateralQuota Quota(double tonnes) => new(F, H, new Tonnes(100), new Tonnes(tonnes), Rate.Zero, new Rate(1.0));

    [Fact]
    public void A_quota_the_flow_does_not_fill_leaves_the_in_quota_rate_on_the_last_tonne()
    {
        // At the in-quota rate 0: T̂ = 1/2 − 1 = −0.5, M̂ = 0.25, q = 125 t ≤ 200 t: in quota.
        var solution = ArmingtonQuotaSolver.Solve(HandModel(), ArmingtonShock.None, [Quota(200)], OneStep);
        var outcome = solution.Quotas.Single();
        Assert.True(solution.Converged);
        Assert.Equal(QuotaRegime.InQuota, outcome.Regime);
        Assert.Equal(0, outcome.MarginalTariff.Fraction, 12);
        Assert.Equal(125, outcome.Imports.Value, 9);

        // p̂*_F = 0.25; value = 100·1.25·1.25 = 156.25; no rent.
        Assert.Equal(0.25, solution.Solution.Region(F).ExportPriceChange, 12);
        Assert.Equal(156.25, outcome.Value.Value, 9);
        Assert.Equal(0, outcome.Rent.Value, 12);
    }

    [Fact]
    public void A_binding_quota_sets_the_tariff_that_makes_the_flow_equal_the_quota()
    {
        // q(t) = 100·(1 − T̂/2) = 120 ⇒ T̂ = −0.4 ⇒ T1 = 2·0.6 = 1.2: a marginal tariff of 20%.
        var solution = ArmingtonQuotaSolver.Solve(HandModel(), ArmingtonShock.None, [Quota(120)], OneStep);
        var outcome = solution.Quotas.Single();
        Assert.True(solution.Converged);
        Assert.Equal(QuotaRegime.Binding, outcome.Regime);
        Assert.Equal(0.20, outcome.MarginalTariff.Fraction, 9);
        Assert.Equal(120, outcome.Imports.Value, 6);

        // p̂*_F = 0.2; value = 100·1.2·1.2 = 144; rent = (0.20 − 0)·144 = 28.8; revenue at the in-quota rate 0.
        Assert.Equal(0.2, solution.Solution.Region(F).ExportPriceChange, 9);
        Assert.Equal(28.8, outcome.Rent.Value, 6);
        Assert.Equal(0, outcome.Revenue.Value, 6);
    }

    [Fact]
    public void A_binding_quota_splits_the_wedge_into_rent_and_revenue_without_changing_the_total()
    {
        var solution = ArmingtonQuotaSolver.Solve(HandModel(), ArmingtonShock.None, [Quota(120)], OneStep);
        var home = solution.Welfare.ForRegion(H);

        // GSIM's tariff revenue change: 144·0.2 − 100·1 = −71.2, of which the rent 28.8: revenue −100, rent +28.8.
        Assert.Equal(-100, home.TariffRevenue.Value, 6);
        Assert.Equal(28.8, home.QuotaRent.Value, 6);
        Assert.Equal(-71.2, (home.TariffRevenue + home.QuotaRent).Value, 6);

        // Exporter's surplus: p̂·X·(1 + ½·E_x·p̂) = 0.2·100·1.1 = 22.
        Assert.Equal(22, solution.Welfare.ForRegion(F).ProducerSurplus.Value, 6);
    }

    [Fact]
    public void A_quota_below_the_flow_at_the_over_quota_rate_leaves_that_rate_on_the_last_tonne()
    {
        // At the over-quota rate 100% nothing changes: q = 100 t ≥ 80 t: over quota.
        var solution = ArmingtonQuotaSolver.Solve(HandModel(), ArmingtonShock.None, [Quota(80)], OneStep);
        var outcome = solution.Quotas.Single();
        Assert.Equal(QuotaRegime.OverQuota, outcome.Regime);
        Assert.Equal(1.0, outcome.MarginalTariff.Fraction, 12);
        Assert.Equal(100, outcome.Imports.Value, 9);

        // Rent on the quota's share of the value: (1.0 − 0)·100·80/100 = 80; revenue 100·1.0 − 80 = 20.
        Assert.Equal(80, outcome.Rent.Value, 9);
        Assert.Equal(20, outcome.Revenue.Value, 9);
    }

    [Fact]
    public void A_licence_in_the_base_counts_its_wedge_as_a_rent_before_as_well()
    {
        var options = OneStep with { LicensedInBase = new HashSet<(MemberId, MemberId)> { (F, H) } };
        var home = ArmingtonQuotaSolver.Solve(HandModel(), ArmingtonShock.None, [Quota(120)], options).Welfare.ForRegion(H);

        // Base: the wedge 100·(2 − 1) = 100 was a licence rent, no revenue. Binding: rent 28.8, revenue 0.
        Assert.Equal(0, home.TariffRevenue.Value, 6);
        Assert.Equal(28.8 - 100, home.QuotaRent.Value, 6);
    }

    [Fact]
    public void One_step_without_quotas_is_gsims_solution()
    {
        var model = HandModel();
        var shock = new ArmingtonShock([new BilateralTariffChange(F, H, Rate.Zero)], "free trade");
        var gsim = model.Solve(shock);
        var stepped = ArmingtonSteps.Solve(model, shock, new ArmingtonStepOptions { Steps = 1 });
        Assert.Equal(gsim.Region(F).ExportPriceChange, stepped.Region(F).ExportPriceChange, 12);
        Assert.Equal(gsim.Flows.Single().QuantityChange, stepped.Flows.Single().QuantityChange, 12);
        Assert.Equal(gsim.Welfare.World.Total.Value, stepped.Welfare.World.Total.Value, 9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(25)]
    public void Stepped_solves_follow_eulers_method_in_equal_steps_of_log_t(int steps)
    {
        // T from 2 to 1 in n steps of ratio ρ = (1/2)^(1/n); within each step T̂ = ρ − 1, and θ = φ = 1 stay, so
        // every step has p̂* = M̂ = −(ρ − 1)/2 and the cumulative factor is (1 − (ρ − 1)/2)^n.
        var rho = Math.Pow(0.5, 1.0 / steps);
        var expected = Math.Pow(1 - ((rho - 1) / 2), steps);
        var shock = new ArmingtonShock([new BilateralTariffChange(F, H, Rate.Zero)], "free trade");
        var solution = ArmingtonSteps.Solve(HandModel(), shock, new ArmingtonStepOptions { Steps = steps });
        Assert.True(solution.Converged);
        Assert.Equal(expected - 1, solution.Region(F).ExportPriceChange, 12);
        Assert.Equal(expected - 1, solution.Flows.Single().QuantityChange, 12);
    }

    [Fact]
    public void Many_steps_approach_the_constant_elasticity_solution_with_an_error_falling_as_one_over_n()
    {
        // As n → ∞, (1 − (ρ − 1)/2)^n → exp(−½·ln(1/2)) = √2: the price and quantity rise by 41.4%. Euler's method
        // has an error proportional to 1/n: doubling the steps halves it.
        var shock = new ArmingtonShock([new BilateralTariffChange(F, H, Rate.Zero)], "free trade");
        double Error(int n) => Math.Sqrt(2) - 1 - ArmingtonSteps.Solve(HandModel(), shock, new ArmingtonStepOptions { Steps = n }).Region(F).ExportPriceChange;
        var e500 = Error(500);
        var e1000 = Error(1000);
        Assert.InRange(e1000, 0, 5e-4);
        Assert.InRange(e500 / e1000, 1.95, 2.05);
    }

    [Fact]
    public void A_small_shock_moves_prices_whatever_the_currency_unit_of_the_flows()
    {
        // The hand model valued in units 1e10 times larger (a flow of 1e12 USD), tariff 2 → 1.99: T̂ = −0.005, so
        // p̂*_F = −T̂/2 = 0.0025 as in any unit (GSIM is homogeneous of degree 0 in the values).
        var large = ArmingtonModel.Build(new ArmingtonBase(
            new CommodityId("good"),
            [new ArmingtonRegion(H, -1, 1, 2), new ArmingtonRegion(F, -1, 1, 2)],
            [new BilateralFlow(F, H, new Usd(1e12), new Rate(1.0))],
            "hand model in large units"));
        var shock = new ArmingtonShock([new BilateralTariffChange(F, H, new Rate(0.99))], "small cut");
        Assert.Equal(0.0025, large.Solve(shock).Region(F).ExportPriceChange, 12);
        Assert.Equal(0.0025, ArmingtonSteps.Solve(large, shock, new ArmingtonStepOptions { Steps = 1 }).Region(F).ExportPriceChange, 12);
    }

    [Fact]
    public void The_number_of_steps_follows_the_largest_log_tariff_change()
    {
        // ln(2/1) = 0.693 in steps of at most 0.05: 14 steps.
        Assert.Equal(14, new ArmingtonStepOptions().StepsFor(Math.Log(2)));
        Assert.Equal(1, new ArmingtonStepOptions().StepsFor(0));
    }

    [Fact]
    public void A_binding_quota_is_met_under_stepped_solves_too()
    {
        // With n steps to T1: q = 100·(1 − (ρ − 1)/2)^n, ρ = (T1/2)^(1/n). q = 120 ⇒ ρ = 1 − 2·(1.2^(1/n) − 1),
        // T1 = 2·ρ^n. The step count is fixed at 10 here.
        const int n = 10;
        var rho = 1 - (2 * (Math.Pow(1.2, 1.0 / n) - 1));
        var expected = (2 * Math.Pow(rho, n)) - 1;
        var options = new ArmingtonQuotaOptions { Steps = new ArmingtonStepOptions { Steps = n } };
        var outcome = ArmingtonQuotaSolver.Solve(HandModel(), ArmingtonShock.None, [Quota(120)], options).Quotas.Single();
        Assert.Equal(QuotaRegime.Binding, outcome.Regime);
        Assert.Equal(expected, outcome.MarginalTariff.Fraction, 8);
        Assert.Equal(120, outcome.Imports.Value, 6);
    }

    [Fact]
    public void Two_binding_quotas_are_each_met_and_their_tariffs_reproduce_the_flows()
    {
        // Two exporters into one market; the invariant: each binding flow equals its quota, and solving with the
        // marginal tariffs as plain tariffs gives the same flows.
        var g = new MemberId("GGG");
        var model = ArmingtonModel.Build(new ArmingtonBase(
            new CommodityId("good"),
            [new ArmingtonRegion(H, -0.5, 1, 4), new ArmingtonRegion(F, -0.5, 1.5, 4), new ArmingtonRegion(g, -0.5, 0.8, 4)],
            [
                new BilateralFlow(H, H, new Usd(500), Rate.Zero),
                new BilateralFlow(F, H, new Usd(100), new Rate(1.0)),
                new BilateralFlow(g, H, new Usd(50), new Rate(1.0)),
                new BilateralFlow(F, F, new Usd(300), Rate.Zero),
                new BilateralFlow(g, g, new Usd(200), Rate.Zero),
            ],
            "three regions"));
        BilateralQuota[] quotas =
        [
            new(F, H, new Tonnes(100), new Tonnes(150), Rate.Zero, new Rate(1.0)),
            new(g, H, new Tonnes(50), new Tonnes(70), Rate.Zero, new Rate(1.0)),
        ];
        var solution = ArmingtonQuotaSolver.Solve(model, ArmingtonShock.None, quotas);
        Assert.True(solution.Converged);
        Assert.All(solution.Quotas, o => Assert.Equal(QuotaRegime.Binding, o.Regime));
        Assert.Equal(150, solution.Quotas[0].Imports.Value, 5);
        Assert.Equal(70, solution.Quotas[1].Imports.Value, 5);

        var plain = new ArmingtonShock(solution.Quotas.Select(o => new BilateralTariffChange(o.Quota.Exporter, o.Quota.Importer, o.MarginalTariff)).ToList(), "marginal tariffs");
        var check = ArmingtonSteps.Solve(model, plain, new ArmingtonStepOptions { Steps = solution.Steps });
        Assert.Equal(150, 100 * (1 + check.Flows.Single(f => f.Exporter == F && f.Importer == H).QuantityChange), 5);
    }

    [Fact]
    public void An_over_quota_rate_below_the_in_quota_rate_is_refused()
    {
        var quota = new BilateralQuota(F, H, new Tonnes(100), new Tonnes(120), new Rate(0.5), new Rate(0.1));
        var error = Assert.Throws<CampoException>(() => ArmingtonQuotaSolver.Solve(HandModel(), ArmingtonShock.None, [quota]));
        Assert.Contains("below the in-quota rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quota_on_a_pair_the_shock_also_changes_is_refused()
    {
        var shock = new ArmingtonShock([new BilateralTariffChange(F, H, Rate.Zero)], "conflict");
        var error = Assert.Throws<CampoException>(() => ArmingtonQuotaSolver.Solve(HandModel(), shock, [Quota(120)]));
        Assert.Contains("a quota and a tariff change", error.Message, StringComparison.Ordinal);
    }
}
