using System.Diagnostics;
using System.Globalization;
using Campo.Web.Runs;
using Xunit.Abstractions;

namespace Campo.Web.Tests;

public sealed class LoadTests
{
    private readonly ITestOutputHelper _output;

    public LoadTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Concurrent_scenario_runs_on_loopback_all_complete_without_error()
    {
        // Bounded: 20 runs of shipped drafts (10 draws each), 4 clients at a time, on 127.0.0.1 only, within 10 minutes.
        const int Runs = 20;
        const int Clients = 4;
        var drafts = new[] { "cancun-2003", "harbinson-2003", "framework-2004", "rev4-2008" };
        await using var server = await LoopbackServer.StartAsync(o => o.QueueCapacity = Runs);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
        var latencies = new double[Runs];
        var failures = new List<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Runs)
            {
                var watch = Stopwatch.StartNew();
                var started = await Api.StartAsync(client, new RunRequest { Draft = drafts[i % drafts.Length], Member = "IND", Draws = 10 });
                var done = await Api.WaitAsync(client, started, TimeSpan.FromMinutes(5));
                latencies[i] = watch.Elapsed.TotalSeconds;
                if (done.State != RunState.Done)
                {
                    lock (failures)
                    {
                        failures.Add(started.Id + ": " + done.Error);
                    }
                }
            }
        })).ToArray();
        var all = Task.WhenAll(workers);
        var finished = await Task.WhenAny(all, Task.Delay(TimeSpan.FromMinutes(10)));
        Assert.Same(all, finished);
        await all;
        var seconds = clock.Elapsed.TotalSeconds;
        Assert.Empty(failures);

        var sorted = latencies.Order().ToArray();
        var p95 = Campo.Markets.Uncertainty.Summary.Quantile(sorted, 0.95);
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Runs} runs, {Clients} at a time, {Environment.ProcessorCount} cores: {seconds:0.0} s in all, throughput {Runs / seconds:0.00} runs/s, latency median {Campo.Markets.Uncertainty.Summary.Quantile(sorted, 0.5):0.00} s, p95 {p95:0.00} s, max {sorted[^1]:0.00} s."));
    }
}
