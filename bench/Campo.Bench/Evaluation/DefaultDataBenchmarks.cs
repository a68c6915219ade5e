using BenchmarkDotNet.Attributes;
using Campo.Composition;
using Campo.Data;
using Campo.Evaluation;
using Campo.Markets.World;
using Campo.Scenarios;

namespace Campo.Bench.Evaluation;

/// <summary>
/// The world market on the embedded default dataset (139 regions, 54 traded commodities, 6,092 markets, IMPACT's
/// food cross-price elasticities) under the Cancún draft: the issue 4 targets (one full world solve under 20 ms;
/// 1,000 Monte Carlo draws under 10 s on 2 cores) measured on real data rather than the synthetic world.
/// Run: dotnet run -c Release --project bench/Campo.Bench -- --filter '*DefaultData*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class DefaultDataBenchmarks
{
    private EvaluationContext _linked = null!;
    private EvaluationContext _unlinked = null!;
    private Scenario _cancun = null!;
    private WorldMarketShock _shock = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = DatasetLoader.LoadDefault();
        _linked = EvaluationContext.For(dataset);
        _unlinked = EvaluationContext.For(dataset, crossPrices: false);
        _cancun = ScenarioReader.ReadFile(Path.Combine(Root(), "scenarios", "cancun-2003.toml"));
        var applied = DraftApplication.Apply(_cancun, dataset, RegionRoles.At(dataset, _cancun.Base.MembersAt));
        _shock = new WorldMarketShock(applied.Shock.Changes.Where(c => _linked.Cells.Contains((c.Region, c.Commodity))).ToArray(), "Cancún");
        _linked.Model.Solve(_shock).EnsureConverged();
    }

    /// <summary>One full world solve with IMPACT's cross-price links (sweeps over linked commodities).</summary>
    [Benchmark]
    public WorldMarketSolution WorldSolveWithCrossPrices() => _linked.Model.Solve(_shock);

    /// <summary>One full world solve, each commodity clearing alone.</summary>
    [Benchmark]
    public WorldMarketSolution WorldSolveWithoutCrossPrices() => _unlinked.Model.Solve(_shock);

    /// <summary>The whole evaluation without draws: commitments for every region, solve, results.</summary>
    [Benchmark]
    public DraftEvaluation EvaluateCancun() => DraftEvaluator.Evaluate(_cancun, _linked);

    /// <summary>The evaluation with 1,000 Monte Carlo draws, in parallel on all cores.</summary>
    [Benchmark]
    public DraftEvaluation EvaluateCancunWithThousandDraws() => DraftEvaluator.Evaluate(_cancun, _linked, new EvaluationOptions { Draws = 1000 });

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Campo.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
