using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Campo.Composition;
using Campo.Errors;
using Campo.Negotiation;
using Campo.Scenarios;
using Campo.Web.Drafts;
using Campo.Web.Runs;

namespace Campo.Web.Workbench;

/// <summary>Where a workbench search stands.</summary>
public enum SearchStage
{
    /// <summary>Waiting for another search to finish (one runs at a time).</summary>
    Queued,

    /// <summary>Judging the sampled drafts.</summary>
    Judging,

    /// <summary>Every sampled draft judged; the nearest passable one is being moved towards the edited draft.</summary>
    Refining,

    /// <summary>Finished: <see cref="WorkbenchSearch.Report"/> holds the answer.</summary>
    Done,

    /// <summary>Stopped at its time limit without an answer.</summary>
    TimedOut,

    /// <summary>Failed: <see cref="WorkbenchSearch.Error"/> says why.</summary>
    Failed,
}

/// <summary>
/// One search for the passable draft nearest a draft as edited on the workbench, run in the background: the draft's
/// search parameters (<see cref="DraftKnob"/>: those the draft has a place for), each over a range centred on the
/// edited value, a small Latin hypercube judged at the central elasticities by the estimated decision model, then the
/// nearest passable draft refined towards the edited one (<see cref="DraftSearchReport.Refined"/>). Its progress is read
/// while it runs.
/// </summary>
public sealed class WorkbenchSearch
{
    private int _judged;

    internal WorkbenchSearch(string id, string draft, IReadOnlyList<string> assignments, IReadOnlyList<SearchDimension> dimensions, int drafts)
    {
        Id = id;
        Draft = draft;
        Assignments = assignments;
        Dimensions = dimensions;
        Drafts = drafts;
    }

    /// <summary>The search's id: a digest of the draft and its changes, so that the same edited draft finds the same search.</summary>
    public string Id { get; }

    /// <summary>The shipped draft's name.</summary>
    public string Draft { get; }

    /// <summary>The changes of the edited draft as <c>--set</c> assignments.</summary>
    public IReadOnlyList<string> Assignments { get; }

    /// <summary>The searched parameters and their ranges.</summary>
    public IReadOnlyList<SearchDimension> Dimensions { get; }

    /// <summary>The drafts sampled.</summary>
    public int Drafts { get; }

    /// <summary>Where the search stands.</summary>
    public SearchStage Stage { get; private set; } = SearchStage.Queued;

    /// <summary>Drafts judged so far.</summary>
    public int Judged => Volatile.Read(ref _judged);

    /// <summary>The answer, once <see cref="SearchStage.Done"/>.</summary>
    public DraftSearchReport? Report { get; private set; }

    /// <summary>Why it failed, once <see cref="SearchStage.Failed"/>.</summary>
    public CampoException? Error { get; private set; }

    /// <summary>Seconds the search took (judging and refining), once finished.</summary>
    public double Seconds { get; private set; }

    /// <summary>True once the search has stopped (done, timed out or failed).</summary>
    public bool Finished => Stage is SearchStage.Done or SearchStage.TimedOut or SearchStage.Failed;

    internal void Run(Scenario scenario, EvaluationContext context, ShippedDrafts drafts, TimeSpan limit)
    {
        Stage = SearchStage.Judging;
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(limit);
        var request = new DraftSearchRequest
        {
            Dimensions = Dimensions,
            Drafts = Drafts,
            Progress = new Counter(this),
        };
        try
        {
            var options = new NegotiationOptions { Draws = 0, MaxDegreeOfParallelism = 1, LoadBaseline = drafts.Baseline, Search = request };
            Report = Negotiator.Negotiate(scenario, context, options, timeout.Token).Search;
            Stage = Report is null ? SearchStage.Failed : SearchStage.Done;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Stage = SearchStage.TimedOut;
        }
        catch (CampoException problem)
        {
            Error = problem;
            Stage = SearchStage.Failed;
        }

        Seconds = clock.Elapsed.TotalSeconds;
    }

    private sealed class Counter(WorkbenchSearch search) : IProgress<int>
    {
        public void Report(int value)
        {
            Interlocked.Exchange(ref search._judged, value);
            if (value >= search.Drafts)
            {
                search.Stage = SearchStage.Refining;
            }
        }
    }
}

/// <summary>
/// The workbench's searches: started on request, run one at a time in the background (a search never delays a knob's
/// answer by more than the one core it takes), kept by id for their result page, the oldest finished forgotten first.
/// </summary>
public sealed class WorkbenchSearches
{
    /// <summary>The drafts a search samples: enough for the nearest passable draft over six parameters in a few seconds on one core.</summary>
    public const int Drafts = 32;

    /// <summary>The time after which a search stops without an answer.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private const int Kept = 64;

    /// <summary>The parameters a workbench search moves, in this order, where the draft has a place for them.</summary>
    private static readonly DraftKnob[] Searched = [DraftKnob.Swiss, DraftKnob.Cuts, DraftKnob.Cap, DraftKnob.Special, DraftKnob.Sdt, DraftKnob.Support];

    private readonly ConcurrentDictionary<string, WorkbenchSearch> _searches = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ShippedDrafts _drafts;

    /// <summary>Creates the store.</summary>
    public WorkbenchSearches(ShippedDrafts drafts) => _drafts = drafts;

    /// <summary>A search by id, or null.</summary>
    public WorkbenchSearch? Find(string id) => _searches.GetValueOrDefault(id);

    /// <summary>The search of a workbench state if one was started, or null.</summary>
    public WorkbenchSearch? Of(WorkbenchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Find(IdOf(state.Query.Draft, state.Assignments));
    }

    /// <summary>Starts the search of a workbench state (the edited draft), or returns the one already started for it.</summary>
    /// <exception cref="CampoException">The draft has none of the parameters the search moves.</exception>
    public WorkbenchSearch Start(WorkbenchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var id = IdOf(state.Query.Draft, state.Assignments);
        if (_searches.TryGetValue(id, out var found))
        {
            return found;
        }

        var dimensions = DimensionsOf(state.Scenario);
        if (dimensions.Count == 0)
        {
            throw new CampoException("the draft " + state.Query.Draft + " has none of the parameters the search moves", "pick a multilateral draft with a tariff formula", SourceLocation.OfField("draft"));
        }

        var search = new WorkbenchSearch(id, state.Query.Draft, state.Assignments, dimensions, Drafts);
        if (!_searches.TryAdd(id, search))
        {
            return _searches[id];
        }

        _order.Enqueue(id);
        Forget();
        var scenario = state.Scenario;
        _ = Task.Run(async () =>
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                search.Run(scenario, EvaluationContext.For(RunQueue.Dataset), _drafts, Limit);
            }
            finally
            {
                _gate.Release();
            }
        });
        return search;
    }

    /// <summary>
    /// The search's parameters for a draft: each of <see cref="Searched"/> that the draft has a place for, over a range as
    /// wide as the parameter's default range (<see cref="SearchDimension.DefaultRange"/>) centred on the draft's value and
    /// kept within the values the parameter takes; the default range where the draft has no value (no cap).
    /// </summary>
    public static IReadOnlyList<SearchDimension> DimensionsOf(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var dimensions = new List<SearchDimension>();
        foreach (var knob in Searched)
        {
            double? value;
            try
            {
                value = DraftSpace.Tabled(scenario, knob);
            }
            catch (CampoException)
            {
                continue; // The draft has no place for this parameter (a Swiss coefficient in a tiered formula).
            }

            var (low, high) = SearchDimension.DefaultRange(knob);
            if (value is { } v)
            {
                var (min, max) = knob is DraftKnob.Special or DraftKnob.Sdt or DraftKnob.Support ? (0.0, 100.0) : (knob == DraftKnob.Swiss ? 0.1 : 0.0, double.MaxValue);
                var half = (high - low) / 2;
                (low, high) = (Math.Max(min, v - half), Math.Min(max, v + half));
            }

            var dimension = new SearchDimension(knob, Math.Round(low, 1), Math.Round(high, 1));
            try
            {
                _ = DraftSpace.Apply(scenario, [dimension], [dimension.Low]);
            }
            catch (CampoException)
            {
                continue; // The draft has no place to put the parameter (special products where it gives none).
            }

            dimensions.Add(dimension);
        }

        return dimensions;
    }

    private static string IdOf(string draft, IReadOnlyList<string> assignments)
    {
        var key = draft + "\n" + string.Join("\n", assignments.Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }

    private void Forget()
    {
        while (_order.Count > Kept && _order.TryPeek(out var oldest) && _searches.TryGetValue(oldest, out var search) && search.Finished)
        {
            _order.TryDequeue(out _);
            _searches.TryRemove(oldest, out _);
        }
    }
}
