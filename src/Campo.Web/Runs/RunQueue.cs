using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using Campo.Composition;
using Campo.Data;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Negotiation;
using Campo.Scenarios;
using Campo.Web.Drafts;
using Microsoft.Extensions.Options;

namespace Campo.Web.Runs;

/// <summary>
/// Runs drafts in the background: a bounded queue (a full queue refuses new runs rather than grow without end), a
/// fixed number of workers, and a store of recent runs by id. Each run evaluates its own scenarios; only the
/// read-only dataset and its calibrated model are shared.
/// </summary>
public sealed partial class RunQueue : BackgroundService
{
    /// <summary>How many forgotten run ids are remembered, to answer 410 rather than 404 for them.</summary>
    private const int RememberForgotten = 50_000;

    private readonly Channel<RunJob> _queue;
    private readonly ConcurrentDictionary<string, RunJob> _runs = new(StringComparer.Ordinal);
    private readonly Lock _storeGate = new();
    private readonly Queue<(RunJob Job, long Bytes)> _finished = new();
    private readonly HashSet<string> _forgotten = new(StringComparer.Ordinal);
    private readonly Queue<string> _forgottenOrder = new();
    private readonly CampoWebOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<RunQueue> _logger;
    private readonly ShippedDrafts _drafts;
    private long _storedBytes;
    private double _averageSeconds = 2;
    private int _waiting;
    private int _running;

    /// <summary>Creates the queue.</summary>
    public RunQueue(IOptions<CampoWebOptions> options, TimeProvider clock, ILogger<RunQueue> logger, ShippedDrafts drafts)
    {
        ArgumentNullException.ThrowIfNull(options);
        _drafts = drafts;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _queue = Channel.CreateBounded<RunJob>(new BoundedChannelOptions(_options.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>The dataset runs are evaluated on.</summary>
    public static Dataset Dataset => DatasetLoader.LoadDefault();

    /// <summary>Runs waiting for a worker.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Runs being evaluated now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Finished runs kept now.</summary>
    public int Kept
    {
        get
        {
            lock (_storeGate)
            {
                return _finished.Count;
            }
        }
    }

    /// <summary>The estimated bytes of the finished runs kept now.</summary>
    public long KeptBytes => Interlocked.Read(ref _storedBytes);

    /// <summary>
    /// The seconds after which a refused client should try again: the time for the workers to take every waiting run
    /// and one more, at the average run time measured so far, from 1 to 300 s.
    /// </summary>
    public int RetryAfterSeconds
    {
        get
        {
            var average = Volatile.Read(ref _averageSeconds);
            var seconds = (Waiting + 1.0) / _options.Workers * average;
            return (int)Math.Clamp(Math.Ceiling(seconds), 1, 300);
        }
    }

    /// <summary>Queues a checked run.</summary>
    /// <param name="run">The run.</param>
    /// <param name="language">The language of the requester: the run's messages are written in it.</param>
    /// <returns>The run, or null when the queue is full.</returns>
    public RunJob? TryEnqueue(ValidatedRun run, Campo.Reports.Localization.ReportLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var job = new RunJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), run, _clock.GetUtcNow()) { Language = language };

        // Registered before it is queued, so that a worker never finishes a run nobody can find.
        _runs[job.Id] = job;
        Interlocked.Increment(ref _waiting);
        if (!_queue.Writer.TryWrite(job))
        {
            Interlocked.Decrement(ref _waiting);
            _runs.TryRemove(job.Id, out _);
            return null;
        }

        return job;
    }

    /// <summary>A run by id, or null (unknown, or forgotten: see <see cref="WasForgotten"/>).</summary>
    public RunJob? Find(string id) => _runs.GetValueOrDefault(id);

    /// <summary>True for a run that finished and was forgotten to keep the store within its bounds.</summary>
    public bool WasForgotten(string id)
    {
        lock (_storeGate)
        {
            return _forgotten.Contains(id);
        }
    }

    /// <summary>
    /// Keeps a finished run, forgets the oldest finished runs while more than <see cref="CampoWebOptions.KeepRuns"/>
    /// are kept or their results exceed <see cref="CampoWebOptions.KeepBytes"/>, and only then publishes how the run
    /// ended, within the same lock: whoever sees the run done finds the runs it displaced gone (published before, a
    /// client could read a displaced run still there), and a run is displaced only once it is seen finished. Queued and
    /// running runs are never forgotten: an accepted run always finishes or fails visibly.
    /// </summary>
    private void Keep(RunJob job, Outcome outcome)
    {
        lock (_storeGate)
        {
            var bytes = outcome.Bytes;
            _finished.Enqueue((job, bytes));
            _storedBytes += bytes;
            while (_finished.Count > 1 && (_finished.Count > _options.KeepRuns || _storedBytes > _options.KeepBytes))
            {
                var (old, oldBytes) = _finished.Dequeue();
                _storedBytes -= oldBytes;
                _runs.TryRemove(old.Id, out _);
                _forgotten.Add(old.Id);
                _forgottenOrder.Enqueue(old.Id);
                if (_forgottenOrder.Count > RememberForgotten)
                {
                    _forgotten.Remove(_forgottenOrder.Dequeue());
                }
            }

            outcome.Publish?.Invoke(_clock.GetUtcNow());
        }
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken));
        if (_options.WarmUp)
        {
            // In the background: the server answers at once, and a run that arrives meanwhile waits for the same
            // dataset and calibrated model (each built once) instead of building its own.
            _ = Task.Run(() => WarmUp(stoppingToken), stoppingToken);
        }

        return Task.WhenAll(workers);
    }

    /// <summary>
    /// Loads the dataset and calibrates the world market (once per server, shared by every run), then evaluates the
    /// first shipped multilateral draft with two draws and its central verdict and throws the result away: the code of
    /// a run is then compiled before the first request.
    /// </summary>
    private void WarmUp(CancellationToken stoppingToken)
    {
        try
        {
            var started = _clock.GetTimestamp();
            var context = EvaluationContext.For(Dataset);
            var draft = _drafts.All.FirstOrDefault(d => d.Kind == "multilateral");
            if (draft is not null && _drafts.Text(draft.Name) is { } text)
            {
                var scenario = ScenarioReader.Read(text, ShippedScenarios.FileName(draft.Name));
                var options = new EvaluationOptions { Draws = 2, MaxDegreeOfParallelism = 1 };
                _ = DraftEvaluator.Evaluate(scenario, context, options, stoppingToken);
                _ = Negotiator.Negotiate(scenario, context, new NegotiationOptions { Draws = 0, MaxDegreeOfParallelism = 1, LoadBaseline = _drafts.Baseline }, stoppingToken);
            }

            LogWarmedUp(_logger, _clock.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
#pragma warning disable CA1031 // The warm-up only saves time: a failure is logged, and the first run then reports its own error.
        catch (Exception error)
#pragma warning restore CA1031
        {
            LogWarmUpFailed(_logger, error);
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                Interlocked.Decrement(ref _waiting);
                Execute(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    private void Execute(RunJob job, CancellationToken stoppingToken)
    {
        Interlocked.Increment(ref _running);
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        if (job.Language is { } language)
        {
            // The library's messages (a run's failure) in the language of whoever started the run.
            System.Globalization.CultureInfo.CurrentUICulture = language.Culture;
        }

        job.Start(_clock.GetUtcNow());
        var outcome = default(Outcome);
        try
        {
            outcome = Evaluate(job, stoppingToken);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
            Interlocked.Decrement(ref _running);
            var seconds = job.Snapshot(_clock.GetUtcNow()).ElapsedSeconds;
            Volatile.Write(ref _averageSeconds, (0.8 * Volatile.Read(ref _averageSeconds)) + (0.2 * seconds));

            Keep(job, outcome);
        }
    }

    /// <summary>How a run ended, published (<see cref="RunJob.Succeed"/> or <see cref="RunJob.Fail"/>) once the store has kept it.</summary>
    private readonly record struct Outcome(Action<DateTimeOffset>? Publish, long Bytes);

    private Outcome Evaluate(RunJob job, CancellationToken stoppingToken)
    {
        try
        {
            var context = EvaluationContext.For(Dataset);
            // A run alone on the server uses the idle cores for its draws (their results do not depend on the number of
            // threads: each draw has its own random stream); runs side by side share the cores.
            var threads = Math.Max(1, Environment.ProcessorCount / Math.Max(1, Running));
            var options = new EvaluationOptions { Draws = job.Run.Draws, Seed = job.Run.Seed, Focus = job.Run.Member, MaxDegreeOfParallelism = threads };
            var results = new List<DraftEvaluation>();
            foreach (var scenario in job.Run.Scenarios)
            {
                results.Add(DraftRuns.Evaluate(scenario, context, options, job.Run.Verdict ? job.Run.Draws : 0, _drafts, stoppingToken));
                job.DraftFinished();
            }

            // The results' size, estimated from their JSON (the objects take about as much), bounds the store. Counted
            // as the serializer writes, without building the text (about 10 MB for a run of 200 draws).
            var bytes = results.Sum(ResultBytes.Of);
            return new Outcome(now => job.Succeed(results[0], results.Count > 1 ? results[1] : null, now, bytes), bytes);
        }
        catch (CampoException error)
        {
            return new Outcome(now => job.Fail(error, now), 0);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return new Outcome(now => job.Fail(new CampoException("the server stopped before the run finished", "start the run again"), now), 0);
        }
#pragma warning disable CA1031 // A defect in one run must not stop the worker: it is logged and the run reports it.
        catch (Exception error)
#pragma warning restore CA1031
        {
            LogDefect(_logger, job.Id, error);
            return new Outcome(now => job.Fail(new CampoException("Campo could not finish this run because of an internal error", "please report it with the draft you ran"), now), 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warmed up in {Seconds:0.00} s: dataset loaded, world market calibrated, a shipped draft evaluated.")]
    private static partial void LogWarmedUp(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The warm-up failed; the first run will load the data itself.")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {Id} failed with an internal error.")]
    private static partial void LogDefect(ILogger logger, string id, Exception error);
}
