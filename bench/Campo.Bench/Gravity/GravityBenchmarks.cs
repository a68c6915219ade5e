using BenchmarkDotNet.Attributes;
using Campo.Gravity;
using Campo.Gravity.Data;

namespace Campo.Bench.Gravity;

/// <summary>
/// The gravity benchmark of issue 5: the 450,000-row synthetic panel (150 countries × 150 × 20 years) with
/// exporter-year, importer-year and pair fixed effects, clustered by pair. Reference: fixest 0.12.2 (C++, 2
/// threads) takes a median of about 7.0 s on a 2-core machine; the target is half. Run with
/// <c>dotnet run -c Release --project bench/Campo.Bench -- --filter '*Gravity*'</c>. The data are read from
/// <c>../shared/data/gravity/benchmark/</c> or the path in <c>CAMPO_GRAVITY_BENCH_DATA</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GravityBenchmarks
{
    private const string Formula = "trade ~ rta + ln_tariff | exp^year + imp^year + pair";
    private string _path = string.Empty;
    private GravityTable? _table;

    [GlobalSetup]
    public void Setup()
    {
        _path = Locate();
        _table = GravityTableReader.Read(_path);
    }

    /// <summary>Reading the gzipped CSV (17.7 MB uncompressed).</summary>
    [Benchmark]
    public int Read() => GravityTableReader.Read(_path).RowCount;

    /// <summary>The estimation alone, on data already in memory.</summary>
    [Benchmark]
    public double Estimate() => GravityEstimation.Estimate(_table!, Formula, new GravityOptions { Cluster = ["pair"] })["rta"].Estimate;

    /// <summary>End to end: read, check separation, estimate, cluster.</summary>
    [Benchmark(Baseline = true)]
    public double ReadAndEstimate() =>
        GravityEstimation.Estimate(GravityTableReader.Read(_path), Formula, new GravityOptions { Cluster = ["pair"] })["rta"].Estimate;

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("CAMPO_GRAVITY_BENCH_DATA") is { Length: > 0 } given)
        {
            return given;
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Campo.slnx")))
        {
            folder = folder.Parent;
        }

        var path = folder is null ? string.Empty : Path.Combine(folder.FullName, "..", "shared", "data", "gravity", "benchmark", "synthetic_gravity_150x20.csv.gz");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException("The gravity benchmark panel was not found; set CAMPO_GRAVITY_BENCH_DATA to synthetic_gravity_150x20.csv.gz.", path);
    }
}
