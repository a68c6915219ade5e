using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campo.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Campo.Bench.Web;

/// <summary>
/// The web server's load test: the server started in this process on a free loopback port (127.0.0.1 only; nothing
/// leaves the machine), then RUNS runs of the shipped drafts (0 draws) submitted by CLIENTS clients at a time. Each
/// client submits, honours a 503's Retry-After and submits again (at most 100 times), polls the run until done or
/// failed, then downloads its result (200, or 410 if the run was already forgotten, as documented). Every answer
/// outside the documented ones is a failure. Bounded: at most RUNS runs and TIMEOUT seconds.
/// <para>
/// <c>dotnet run -c Release --project bench/Campo.Bench -- load [--runs 300] [--clients 16] [--queue N] [--workers N]
/// [--timeout 1800]</c>. It prints accepted, refused (503), finished, failed, forgotten (410), latency percentiles
/// (submission to done) and the process's peak memory (server and clients together; the clients hold only the
/// statuses). Results: bench/Campo.Bench/Web/RESULTS.md.
/// </para>
/// </summary>
public static class LoadTest
{
    private static readonly string[] Drafts = ["cancun-2003", "harbinson-2003", "framework-2004", "rev4-2008", "uruguay-round-1995", "nafta-1994"];

    /// <summary>Runs the load test; returns 0 when every run was answered as documented.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Option(args, "--runs", 300);
        var clients = Option(args, "--clients", 16);
        var timeout = TimeSpan.FromSeconds(Option(args, "--timeout", 1800));
        var queue = Option(args, "--queue", 0);
        var workers = Option(args, "--workers", 0);
        var app = CampoWebHost.Build([], "http://127.0.0.1:0", o =>
        {
            o.DefaultDraws = 0;
            if (queue > 0)
            {
                o.QueueCapacity = queue;
            }

            if (workers > 0)
            {
                o.Workers = workers;
            }
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CampoWebOptions>>().Value;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Server {address}: {options.Workers} workers, queue {options.QueueCapacity}, keeps {options.KeepRuns} runs / {options.KeepBytes / (1024 * 1024)} MB; {Environment.ProcessorCount} cores."));

        var peak = 0L;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(100, sampling.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        using var client = new HttpClient { BaseAddress = new Uri(address + "/"), Timeout = TimeSpan.FromMinutes(2) };
        var tally = new Tally();
        var latencies = new double[runs];
        var next = -1;
        var clock = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(timeout);
        var tasks = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < runs && !deadline.IsCancellationRequested)
            {
                latencies[i] = await OneRunAsync(client, Drafts[i % Drafts.Length], tally, deadline.Token).ConfigureAwait(false);
            }
        })).ToArray();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            tally.Fail("the load test stopped at its time limit of " + timeout.TotalSeconds + " s");
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);

        var done = latencies.Where(l => l > 0).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs, {clients} clients at a time, in {seconds:0.0} s: accepted {tally.Accepted}, refused (503 with Retry-After) {tally.Refused}, finished {tally.Finished}, failed {tally.Failed}, results forgotten (410) {tally.Forgotten}, other answers {tally.Failures.Count}."));
        if (done.Length > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Latency (submission to done): p50 {Quantile(done, 0.50):0.00} s, p90 {Quantile(done, 0.90):0.00} s, p99 {Quantile(done, 0.99):0.00} s, max {done[^1]:0.00} s."));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak memory (working set, server and clients): {peak / (1024.0 * 1024):0} MB."));
        foreach (var failure in tally.Failures.Take(10))
        {
            Console.WriteLine("  " + failure);
        }

        return tally.Failures.Count == 0 && tally.Finished + tally.Failed == runs ? 0 : 1;
    }

    private static async Task<double> OneRunAsync(HttpClient client, string draft, Tally tally, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        string? self = null;
        for (var attempt = 0; attempt < 100 && self is null; attempt++)
        {
            using var response = await client.PostAsJsonAsync("/api/runs", new { draft, draws = 0 }, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            switch (response.StatusCode)
            {
                case HttpStatusCode.Accepted:
                    tally.Accept();
                    self = JsonDocument.Parse(body).RootElement.GetProperty("links").GetProperty("self").GetString();
                    break;
                case HttpStatusCode.ServiceUnavailable when response.Headers.RetryAfter?.Delta is { } wait:
                    tally.Refuse();
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    tally.Fail("POST /api/runs answered " + (int)response.StatusCode + (response.StatusCode == HttpStatusCode.ServiceUnavailable ? " without Retry-After" : string.Empty) + ": " + body);
                    return 0;
            }
        }

        if (self is null)
        {
            tally.Fail("refused 100 times: " + draft);
            return 0;
        }

        while (true)
        {
            using var response = await client.GetAsync(self, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                tally.Fail("GET " + self + " answered " + (int)response.StatusCode + ": " + body);
                return 0;
            }

            var status = JsonDocument.Parse(body).RootElement;
            var state = status.GetProperty("state").GetString();
            if (state is "done" or "failed")
            {
                var latency = watch.Elapsed.TotalSeconds;
                if (state == "failed")
                {
                    tally.FailRun(self + ": " + status.GetProperty("error").GetString());
                    return latency;
                }

                tally.Finish();
                using var result = await client.GetAsync(status.GetProperty("links").GetProperty("result").GetString(), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (result.StatusCode == HttpStatusCode.Gone)
                {
                    tally.Forget();
                }
                else if (result.StatusCode != HttpStatusCode.OK)
                {
                    tally.Fail("GET result answered " + (int)result.StatusCode);
                }

                return latency;
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
    }

    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(sorted.Length - 1, low + 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private sealed class Tally
    {
        private readonly Lock _gate = new();
        private int _accepted;
        private int _refused;
        private int _finished;
        private int _failed;
        private int _forgotten;

        public int Accepted => Volatile.Read(ref _accepted);

        public int Refused => Volatile.Read(ref _refused);

        public int Finished => Volatile.Read(ref _finished);

        public int Failed => Volatile.Read(ref _failed);

        public int Forgotten => Volatile.Read(ref _forgotten);

        public List<string> Failures { get; } = [];

        public void Accept() => Interlocked.Increment(ref _accepted);

        public void Refuse() => Interlocked.Increment(ref _refused);

        public void Finish() => Interlocked.Increment(ref _finished);

        public void Forget() => Interlocked.Increment(ref _forgotten);

        /// <summary>A run that failed visibly (state failed, with its message): answered as documented, but counted.</summary>
        public void FailRun(string message)
        {
            Interlocked.Increment(ref _failed);
            lock (_gate)
            {
                Failures.Add("run failed: " + message);
            }
        }

        public void Fail(string message)
        {
            lock (_gate)
            {
                Failures.Add(message);
            }
        }
    }
}
