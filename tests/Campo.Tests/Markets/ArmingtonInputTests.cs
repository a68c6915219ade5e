using Campo.Domain;
using Campo.Errors;
using Campo.Markets.Armington;

namespace Campo.Tests.Markets;

public class ArmingtonInputTests
{
    private static readonly MemberId Mex = new("MEX");
    private static readonly MemberId Usa = new("USA");
    private static readonly MemberId Can = new("CAN");
    private static readonly CommodityId Maize = new("maiz");

    private static ArmingtonBase Base(double importElasticity = -1.25, double exportElasticity = 1.5, double flow = 100) => new(
        Maize,
        [new(Mex, importElasticity, exportElasticity, 5), new(Usa, -1.25, 1.5, 5), new(Can, -1.25, 1.5, 5)],
        [new(Usa, Mex, new Usd(flow), new Rate(0.2)), new(Can, Mex, new Usd(20), new Rate(0.2)), new(Mex, Usa, new Usd(10), Rate.Zero), new(Usa, Can, new Usd(30), Rate.Zero)],
        "nafta maize");

    [Fact]
    public void A_positive_import_demand_elasticity_is_refused_naming_region_and_field()
    {
        var error = Assert.Throws<CampoException>(() => ArmingtonModel.Build(Base(importElasticity: 0.5)));
        Assert.Equal("nafta maize", error.Location?.File);
        Assert.Equal("MEX importDemandElasticity", error.Location?.Field);
        Assert.Contains("0.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_export_supply_elasticity_is_refused() =>
        Assert.Equal("MEX exportSupplyElasticity", Assert.Throws<CampoException>(() => ArmingtonModel.Build(Base(exportElasticity: -1))).Location?.Field);

    [Fact]
    public void A_negative_flow_is_refused() =>
        Assert.Equal("USA MEX value", Assert.Throws<CampoException>(() => ArmingtonModel.Build(Base(flow: -5))).Location?.Field);

    [Fact]
    public void A_flow_from_a_region_not_in_the_model_is_refused()
    {
        var data = Base() with { Flows = [new BilateralFlow(new MemberId("BRA"), Mex, new Usd(5), Rate.Zero)] };
        Assert.Equal("BRA MEX value", Assert.Throws<CampoException>(() => ArmingtonModel.Build(data)).Location?.Field);
    }

    [Fact]
    public void A_shock_on_an_unknown_pair_is_refused()
    {
        var model = ArmingtonModel.Build(Base());
        var error = Assert.Throws<CampoException>(() => model.Solve(new ArmingtonShock([new BilateralTariffChange(new MemberId("BRA"), Mex, Rate.Zero)], "draft")));
        Assert.Equal("draft", error.Location?.File);
    }

    [Fact]
    public void An_exporter_with_no_sales_and_no_supply_response_leaves_the_system_unsolved_and_says_so()
    {
        // CAN sells nothing and has E_x = 0, so its clearing equation reads 0 = 0 for every price: the Jacobian is singular.
        var data = Base() with
        {
            Regions = [new(Mex, -1.25, 1.5, 5), new(Usa, -1.25, 1.5, 5), new(Can, -1.25, 0, 5)],
            Flows = [new(Usa, Mex, new Usd(100), new Rate(0.2)), new(Mex, Usa, new Usd(10), Rate.Zero), new(Usa, Can, new Usd(30), Rate.Zero)],
        };
        var solution = ArmingtonModel.Build(data).Solve(new ArmingtonShock([new BilateralTariffChange(Usa, Mex, Rate.Zero)], "NAFTA"));
        Assert.False(solution.Converged);
        Assert.Contains("singular", solution.ExitReason, StringComparison.Ordinal);
        var error = Assert.Throws<SolverException>(solution.EnsureConverged);
        Assert.Contains("maiz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preference_for_one_supplier_diverts_trade_from_the_other()
    {
        // Removing MEX's 20% tariff on US maize only: CAN's sales to MEX fall (trade diversion), US sales rise.
        var solution = ArmingtonModel.Build(Base()).Solve(new ArmingtonShock([new BilateralTariffChange(Usa, Mex, Rate.Zero)]));
        var flows = solution.Flows.ToDictionary(f => (f.Exporter, f.Importer));
        Assert.True(flows[(Usa, Mex)].Value.Scenario > flows[(Usa, Mex)].Value.Base);
        Assert.True(flows[(Can, Mex)].Value.Scenario < flows[(Can, Mex)].Value.Base);
        Assert.True(solution.Region(Mex).Welfare.ConsumerSurplus.Value > 0);
    }
}
