using Campo.Composition;
using Campo.Data;
using Campo.Evaluation;
using Campo.Negotiation;
using Campo.Scenarios;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Negotiation;

/// <summary>The negotiation's lean path gives the payoffs of the full <c>campo run</c> pipeline.</summary>
public class LeanPathTests
{
    private static readonly Dataset Data = DatasetLoader.LoadDefault();

    public static TheoryData<string, string> Drafts => new()
    {
        { "cancun-2003.toml", string.Empty },
        { "rev4-2008.toml", string.Empty },
        { "harbinson-2003.toml", "evaluate_year = 2008" },
    };

    [Theory]
    [MemberData(nameof(Drafts))]
    public void The_lean_path_gives_every_region_the_welfare_of_the_full_path(string file, string set)
    {
        // A line added after start_year (whole numbers cannot be set with --set in schema 1).
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "scenarios", file));
        var scenario = ScenarioReader.Read(set.Length == 0 ? text : text.Replace("start_year = 2005", "start_year = 2005\n" + set, StringComparison.Ordinal), file);
        var context = EvaluationContext.For(Data);
        var full = DraftEvaluator.Evaluate(scenario, context);
        var session = Negotiator.Open(scenario, context, new NegotiationOptions(), Campo.Negotiation.Record.NegotiationRecord.Shipped(_ => true));
        var lean = session.Model;
        foreach (var region in full.Regions.Where(r => lean.RegionIndex.ContainsKey(r.Region)))
        {
            var parts = session.Central.RegionTotal[lean.RegionIndex[region.Region]];
            var w = region.Welfare;

            // Both solve to a relative clearing tolerance of 1e-10; the payoffs agree far within a thousand dollars.
            var tolerance = 1e-3 + (1e-7 * (Math.Abs(w.ProducerSurplus) + Math.Abs(w.ConsumerSurplus)));
            Assert.Equal(w.ProducerSurplus, parts.Producer, tolerance);
            Assert.Equal(w.ConsumerSurplus, parts.Consumer, tolerance);
            Assert.Equal(w.Government, parts.Government, tolerance);
            Assert.Equal(w.QuotaRent, parts.QuotaRent, tolerance);
        }

        var markets = full.Markets.ToDictionary(m => (m.Region, m.Commodity));
        for (var k = 0; k < lean.M.CellCount; k++)
        {
            var market = markets[(lean.M.Regions[lean.M.CellRegion[k]], lean.M.Commodities[lean.M.CellCommodity[k]])];
            Assert.Equal(1 + market.ProducerPriceChange, session.Central.PriceFactor[k], 1e-7);
            Assert.Equal(market.ImportsScenario, session.Central.Imports[k] / 1000, 1e-6 * (1 + market.ImportsScenario));
        }
    }

    [Theory]
    [InlineData("cancun-2003.toml")]
    [InlineData("rev4-2008.toml")]
    public void A_draft_applied_once_solves_to_the_same_bits_as_a_draft_applied_for_every_solve(string file)
    {
        // The verdict's draws apply the draft once (issue 18): under drawn elasticities, warm-started as the draws
        // are, every number of the outcome must be the one the per-solve application gives.
        var cancun = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        var session = Negotiator.Open(cancun, EvaluationContext.For(Data), new NegotiationOptions(), Campo.Negotiation.Record.NegotiationRecord.Shipped(_ => true));
        var model = session.Model;
        var draft = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", file));
        var perSolve = model.NewWorkspace();
        var once = model.NewWorkspace();
        var applied = model.Apply(draft, model.NewWorkspace());
        var factor = new Campo.Markets.Uncertainty.LogNormalFactor(0.25);
        for (var d = 0; d < 3; d++)
        {
            var random = Campo.Markets.Uncertainty.RandomStream.ForDraw(2005, d);
            for (var k = 0; k < model.M.CellCount; k++)
            {
                perSolve.Supply[k] = once.Supply[k] = model.M.SupplyElasticity[k] * factor.Sample(ref random);
            }

            for (var u = 0; u < model.M.UseCount; u++)
            {
                perSolve.Demand[u] = once.Demand[u] = model.M.DemandElasticity[u] * factor.Sample(ref random);
            }

            model.Evaluate(draft, perSolve, perSolve.Draft, session.CentralState, perSolve.Supply, perSolve.Demand);
            model.Evaluate(applied, once, once.Draft, session.CentralState, once.Supply, once.Demand);
            Assert.True(once.Draft.Converged);
            Assert.Equal(Bits(perSolve.Draft.PriceFactor), Bits(once.Draft.PriceFactor));
            Assert.Equal(Bits(perSolve.Draft.Imports), Bits(once.Draft.Imports));
            Assert.Equal(Bits(perSolve.Draft.Consumption), Bits(once.Draft.Consumption));
            Assert.Equal(perSolve.Draft.Designated, once.Draft.Designated);
            Assert.Equal(perSolve.Draft.Parts, once.Draft.Parts);
            Assert.Equal(perSolve.Draft.RegionTotal, once.Draft.RegionTotal);
            Assert.Equal(Bits(perSolve.State.Y), Bits(once.State.Y));
        }

        // The control: the draft changes the border prices, so an outcome of the base policy would differ.
        Assert.NotEqual(Bits(model.M.BasePolicy.LogIn), Bits(applied.Policy.LogIn));
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];

    [Fact]
    public void A_warm_start_gives_the_same_payoffs_as_a_cold_one()
    {
        var scenario = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        var session = Negotiator.Open(scenario, EvaluationContext.For(Data), new NegotiationOptions(), Campo.Negotiation.Record.NegotiationRecord.Shipped(_ => true));
        var model = session.Model;
        var ws = model.NewWorkspace();
        var other = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "rev4-2008.toml"));
        model.Evaluate(other, ws, ws.Draft, session.CentralState);
        var warm = ws.Draft.RegionTotal.ToArray();
        model.Evaluate(other, ws, ws.Draft);
        for (var r = 0; r < warm.Length; r++)
        {
            Assert.Equal(ws.Draft.RegionTotal[r].Welfare, warm[r].Welfare, 1e-3 + (1e-7 * Math.Abs(warm[r].Welfare)));
        }
    }
}
