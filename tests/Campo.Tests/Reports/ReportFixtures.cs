using Campo.Composition;
using Campo.Domain;
using Campo.Evaluation;

namespace Campo.Tests.Reports;

/// <summary>Small hand-made evaluations whose every figure the tests can reason about.</summary>
internal static class ReportFixtures
{
    public static readonly MemberId Mex = new("MEX");
    public static readonly MemberId Usa = new("USA");
    public static readonly CommodityId Maize = new("maiz");
    public static readonly CommodityId Beans = new("bean");

    /// <summary>
    /// Two regions, two commodities. MEX: maize farmers −36.6, consumers +48.7, treasury −10.2; beans farmers
    /// +12.0, consumers −5.0. USA: maize farmers +120, consumers −30, treasury −4.
    /// </summary>
    public static DraftEvaluation Draft(string title = "Test draft", double scale = 1.0)
    {
        var mexMaize = Welfare(-36.6 * scale, 48.7 * scale, -10.2 * scale);
        var mexBeans = Welfare(12.0 * scale, -5.0 * scale, 0);
        var usaMaize = Welfare(120 * scale, -30 * scale, -4 * scale);
        var mex = Sum(mexMaize, mexBeans);
        return new DraftEvaluation
        {
            Scenario = new EvaluatedScenario(title, "test.toml", "JOB(03)/150", new DateOnly(2003, 9, 14), 146, "embedded default", 2005),
            Commitments =
            [
                new CommitmentSummary(Mex, "Mexico", Mex, DevelopmentStatus.Developing, "blended", 0.085, 0.071, null, null, 1, null, null, []),
                new CommitmentSummary(Usa, "United States", Usa, DevelopmentStatus.Developed, "blended", 0.03, 0.02, null, null, 2, 0.6, 1.0, []),
            ],
            WorldPrices =
            [
                new WorldPriceOutcome(Maize, "Maize", 100, 102, 0.02 * scale, new Band(0.02 * scale, 0.015 * scale, 0.025 * scale)),
                new WorldPriceOutcome(Beans, "Beans", 1680, 1697, 0.01 * scale, null),
            ],
            Regions =
            [
                new RegionOutcome(Mex, "Mexico", Mex, DevelopmentStatus.Developing, [Mex], [RegionRoles.Developing, "G20"], mex, new WelfareBands(new Band(-24, -30, -20), new Band(43, 40, 46), new Band(-10, -11, -9), new Band(-39.8 * scale, -45 * scale, -35 * scale))),
                new RegionOutcome(Usa, "United States", Usa, DevelopmentStatus.Developed, [Usa], [RegionRoles.Developed], usaMaize, null),
            ],
            Groups =
            [
                new GroupOutcome(RegionRoles.Developed, [Usa], usaMaize, null),
                new GroupOutcome(RegionRoles.Developing, [Mex], mex, null),
                new GroupOutcome("G20", [Mex], mex, null),
            ],
            Markets =
            [
                Market(Mex, Maize, "Maize", mexMaize),
                Market(Mex, Beans, "Beans", mexBeans),
                Market(Usa, Maize, "Maize", usaMaize),
            ],
            World = Sum(mex, usaMaize),
            Solver = new SolverReport(true, 1e-9, 3, 1e-11, 3, []),
            Uncertainty = new UncertaintyReport(100, 100, 2005, "Supply and demand elasticities × lognormal factor, CV 0.25."),
            Flagged = [new FlaggedParameter("market_access.developing.tiers", 0.4, ParameterStatus.ToVerify, "Harbinson draft, para 7")],
            Notes = ["bound rate unknown: applied rate used"],
        };
    }

    public static WelfareFigures Welfare(double farmers, double consumers, double treasury) =>
        new(farmers, consumers, treasury, 0, farmers + consumers + treasury);

    private static WelfareFigures Sum(WelfareFigures a, WelfareFigures b) =>
        new(a.ProducerSurplus + b.ProducerSurplus, a.ConsumerSurplus + b.ConsumerSurplus, a.Government + b.Government, a.QuotaRent + b.QuotaRent, a.Total + b.Total);

    private static MarketOutcome Market(MemberId region, CommodityId commodity, string name, WelfareFigures welfare) =>
        new(region, commodity, name, 0.085, 0.071, 200, -0.011, -0.011, 20968, 20740, 27000, 27200, 6815, 7200, 0, 0, -50, -2, -5, welfare, null, null);
}
