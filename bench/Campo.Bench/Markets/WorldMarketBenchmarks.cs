using BenchmarkDotNet.Attributes;
using Campo.Markets.Uncertainty;
using Campo.Markets.World;

namespace Campo.Bench.Markets;

/// <summary>
/// Targets (issue 4): one full world solve under 20 ms; 1,000 Monte Carlo draws under 10 s on 2 cores.
/// Run: dotnet run -c Release --project bench/Campo.Bench -- --filter '*WorldMarket*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class WorldMarketBenchmarks
{
    private WorldMarketModel _model = null!;
    private WorldMarketShock _shock = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticWorld.Build();
        _model = WorldMarketModel.Calibrate(data);
        _shock = SyntheticWorld.Shock(data);
        var solution = _model.Solve(_shock);
        if (!solution.Converged)
        {
            throw new InvalidOperationException("The synthetic world did not solve: " + solution.Commodities.First(c => !c.Converged).ExitReason);
        }
    }

    /// <summary>One full world solve (8,100 markets) with results and welfare.</summary>
    [Benchmark]
    public WorldMarketSolution FullWorldSolve() => _model.Solve(_shock);

    /// <summary>Calibration of the synthetic world from its base data.</summary>
    [Benchmark]
    public WorldMarketModel Calibrate() => WorldMarketModel.Calibrate(SyntheticWorld.Build());
}

/// <summary>1,000 Monte Carlo draws on 2 threads.</summary>
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class WorldMarketMonteCarloBenchmarks
{
    private WorldMarketModel _model = null!;
    private WorldMarketShock _shock = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticWorld.Build();
        _model = WorldMarketModel.Calibrate(data);
        _shock = SyntheticWorld.Shock(data);
    }

    [Benchmark]
    public WorldMarketMonteCarloResult ThousandDrawsOnTwoCores() => WorldMarketMonteCarlo.Run(
        _model,
        _shock,
        new WorldMarketUncertainty { SupplyElasticity = new LogNormalFactor(0.3), DemandElasticity = new LogNormalFactor(0.3), DomesticRentShare = new ShareRange(0, 1) },
        new MonteCarloOptions { Draws = 1000, Seed = 1, MaxDegreeOfParallelism = 2 });
}
