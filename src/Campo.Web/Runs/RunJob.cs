using Campo.Errors;
using Campo.Evaluation;
using Campo.Reports;

namespace Campo.Web.Runs;

/// <summary>Where a run is.</summary>
public enum RunState
{
    /// <summary>Waiting for a free worker.</summary>
    Queued,

    /// <summary>Being evaluated.</summary>
    Running,

    /// <summary>Finished: the results are ready.</summary>
    Done,

    /// <summary>Stopped by a problem the user can read.</summary>
    Failed,
}

/// <summary>
/// One run: its own scenarios and results, never shared with another run (runs share only the read-only dataset
/// and calibrated model). Its state changes under a lock; readers take a <see cref="Snapshot"/>.
/// </summary>
public sealed class RunJob
{
    private readonly Lock _gate = new();
    private int _finishedDrafts;
    private DateTimeOffset? _started;
    private DateTimeOffset? _finished;
    private RunState _state;
    private DraftEvaluation? _evaluation;
    private DraftComparison? _comparison;
    private CampoException? _error;
    private long _bytes;

    internal RunJob(string id, ValidatedRun run, DateTimeOffset created)
    {
        Id = id;
        Run = run;
        Created = created;
    }

    /// <summary>The run's id: 32 hexadecimal digits, unguessable.</summary>
    public string Id { get; }

    /// <summary>What to evaluate.</summary>
    public ValidatedRun Run { get; }

    /// <summary>When the run was accepted.</summary>
    public DateTimeOffset Created { get; }

    /// <summary>The language of whoever started the run, for its messages; null for the server's.</summary>
    public Campo.Reports.Localization.ReportLanguage? Language { get; init; }

    /// <summary>The estimated size of the results in memory, in bytes (0 until done).</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>The state.</summary>
    public RunState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>The first draft's evaluation once done.</summary>
    public DraftEvaluation? Evaluation
    {
        get
        {
            lock (_gate)
            {
                return _evaluation;
            }
        }
    }

    /// <summary>The comparison once done, for a run of two drafts.</summary>
    public DraftComparison? Comparison
    {
        get
        {
            lock (_gate)
            {
                return _comparison;
            }
        }
    }

    /// <summary>The problem that stopped the run, or null.</summary>
    public CampoException? Error
    {
        get
        {
            lock (_gate)
            {
                return _error;
            }
        }
    }

    /// <summary>The state, progress and timings at one instant.</summary>
    public RunSnapshot Snapshot(DateTimeOffset now)
    {
        lock (_gate)
        {
            var total = Run.Scenarios.Count;
            var progress = _state switch
            {
                RunState.Done => 1.0,
                RunState.Queued => 0.0,
                _ => Math.Min(0.95, (_finishedDrafts + 0.1) / total),
            };
            var elapsed = ((_finished ?? now) - (_started ?? now)).TotalSeconds;
            return new RunSnapshot(_state, progress, _finishedDrafts, total, Math.Max(0, elapsed), _error?.Message);
        }
    }

    internal void Start(DateTimeOffset now)
    {
        lock (_gate)
        {
            _state = RunState.Running;
            _started = now;
        }
    }

    internal void DraftFinished()
    {
        lock (_gate)
        {
            _finishedDrafts++;
        }
    }

    internal void Succeed(DraftEvaluation first, DraftEvaluation? second, DateTimeOffset now, long bytes = 0)
    {
        lock (_gate)
        {
            _bytes = bytes;
            _evaluation = first;
            _comparison = second is null ? null : new DraftComparison(first, second);
            _state = RunState.Done;
            _finished = now;
        }
    }

    internal void Fail(CampoException error, DateTimeOffset now)
    {
        lock (_gate)
        {
            _error = error;
            _state = RunState.Failed;
            _finished = now;
        }
    }
}

/// <summary>A run's state at one instant.</summary>
/// <param name="State">The state.</param>
/// <param name="Progress">From 0 to 1.</param>
/// <param name="DraftsDone">Drafts evaluated so far.</param>
/// <param name="Drafts">Drafts in the run (1, or 2 for a comparison).</param>
/// <param name="ElapsedSeconds">Seconds since the run started (0 while queued).</param>
/// <param name="Error">The problem, in one line, or null.</param>
public sealed record RunSnapshot(RunState State, double Progress, int DraftsDone, int Drafts, double ElapsedSeconds, string? Error);
