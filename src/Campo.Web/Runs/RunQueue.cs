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
    private readonly Channel<RunJob> _queue;
    private readonly ConcurrentDictionary<string, RunJob> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly CampoWebOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<RunQueue> _logger;
    private readonly ShippedDrafts _drafts;
    private int _waiting;

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

    /// <summary>Queues a checked run.</summary>
    /// <returns>The run, or null when the queue is full.</returns>
    public RunJob? TryEnqueue(ValidatedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var job = new RunJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), run, _clock.GetUtcNow());
        if (!_queue.Writer.TryWrite(job))
        {
            return null;
        }

        Interlocked.Increment(ref _waiting);
        _runs[job.Id] = job;
        _order.Enqueue(job.Id);
        while (_order.Count > _options.KeepRuns && _order.TryDequeue(out var old))
        {
            _runs.TryRemove(old, out _);
        }

        return job;
    }

    /// <summary>A run by id, or null (unknown, or forgotten after <see cref="CampoWebOptions.KeepRuns"/> newer runs).</summary>
    public RunJob? Find(string id) => _runs.GetValueOrDefault(id);

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken));
        return Task.WhenAll(workers);
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
        job.Start(_clock.GetUtcNow());
        try
        {
            var context = EvaluationContext.For(Dataset);
            var options = new EvaluationOptions { Draws = job.Run.Draws, Seed = job.Run.Seed, Focus = job.Run.Member, MaxDegreeOfParallelism = 1 };
            var results = new List<DraftEvaluation>();
            foreach (var scenario in job.Run.Scenarios)
            {
                var evaluation = DraftEvaluator.Evaluate(scenario, context, options, stoppingToken);
                if (scenario.Kind == ScenarioKind.Multilateral)
                {
                    // The verdict at the central elasticities costs a fraction of a second on the shared calibrated
                    // model; judging it in every draw costs about as much as the bands, so only when asked.
                    var negotiation = new NegotiationOptions { Draws = job.Run.Verdict ? job.Run.Draws : 0, Seed = job.Run.Seed, MaxDegreeOfParallelism = 1, LoadBaseline = _drafts.Baseline };
                    evaluation = evaluation with { Negotiation = Negotiator.Negotiate(scenario, context, negotiation, stoppingToken) };
                }

                results.Add(evaluation);
                job.DraftFinished();
            }

            job.Succeed(results[0], results.Count > 1 ? results[1] : null, _clock.GetUtcNow());
        }
        catch (CampoException error)
        {
            job.Fail(error, _clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            job.Fail(new CampoException("the server stopped before the run finished", "start the run again"), _clock.GetUtcNow());
        }
#pragma warning disable CA1031 // A defect in one run must not stop the worker: it is logged and the run reports it.
        catch (Exception error)
#pragma warning restore CA1031
        {
            LogDefect(_logger, job.Id, error);
            job.Fail(new CampoException("Campo could not finish this run because of an internal error", "please report it with the draft you ran"), _clock.GetUtcNow());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {Id} failed with an internal error.")]
    private static partial void LogDefect(ILogger logger, string id, Exception error);
}
