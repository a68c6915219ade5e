using BenchmarkDotNet.Attributes;
using Campo.Composition;
using Campo.Data;
using Campo.Negotiation;
using Campo.Negotiation.Record;
using Campo.Scenarios;

namespace Campo.Bench.Negotiation;

/// <summary>
/// Target (issue 6): the draft search at 10,000 or more drafts a minute end to end (schedules, world market, every
/// member's verdict) on 2 cores, on the default dataset and the Cancún draft (scenarios/cancun-2003.toml, 146 members,
/// 8,000 markets). A draft varies the Swiss coefficient (10-100), the developed cuts (50-150% of the tabled ones)
/// and the developed support cut (0-100%); each is judged from the tabled draft's solution. The package search
/// (issue 13) adds the four package issues on the Cancún table (Singapore issues, cotton, SSM, blended formula, 0-1):
/// they rewrite the members' linkage feature after the markets are solved (<see cref="PackageKnobs"/>).
/// The per-draft profile: <see cref="OneDraftOneThread"/> (all of it) against <see cref="DecisionOnlyOneThread"/>
/// (features, package link and verdict on an already solved draft): the difference is the schedules and the market.
/// Run from the repository root: dotnet run -c Release --project bench/Campo.Bench -- --filter '*Negotiation*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class NegotiationBenchmarks
{
    private static readonly SearchDimension[] Dimensions =
    [
        new(DraftKnob.Swiss, 10, 100),
        new(DraftKnob.Cuts, 50, 150),
        new(DraftKnob.Support, 0, 100),
    ];

    private static readonly SearchDimension[] PackageDimensions =
    [
        new(DraftKnob.Swiss, 25, 100),
        new(DraftKnob.Cuts, 0, 100),
        new(DraftKnob.Cap, 100, 1000),
        SearchDimension.OfIssue("singapore_launch"),
        SearchDimension.OfIssue("cotton_specific"),
        SearchDimension.OfIssue("ssm"),
        SearchDimension.OfIssue("blended_opt_out"),
    ];

    private EvaluationContext _context = null!;
    private Scenario _cancun = null!;
    private NegotiationSession _session = null!;
    private PayoffWorkspace _workspace = null!;
    private Scenario[] _drafts = null!;
    private DecisionEstimates _estimates = null!;
    private DecisionBuffers _buffers = null!;
    private PackageKnobs _package = null!;
    private double[][] _packagePoints = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _context = EvaluationContext.For(DatasetLoader.LoadDefault());
        _cancun = ScenarioReader.ReadFile(Path.Combine(Root(), "scenarios", "cancun-2003.toml"));
        _estimates = DecisionEstimates.Shipped(_context);
        _session = Negotiator.Open(_cancun, _context, new NegotiationOptions(), _estimates.Record);
        _workspace = _session.Model.NewWorkspace();
        _drafts = DraftSearch.Sample(new DraftSearchRequest { Dimensions = Dimensions, Drafts = 64, Seed = 7 })
            .Select(p => DraftSpace.Apply(_cancun, Dimensions, p))
            .ToArray();
        _buffers = _session.Judge.NewBuffers();
        _package = PackageKnobs.For(_session, PackageDimensions)!;
        _packagePoints = DraftSearch.Sample(new DraftSearchRequest { Dimensions = PackageDimensions, Drafts = 64, Seed = 7 });
        _session.Model.Evaluate(_cancun, _workspace, _workspace.Draft, _session.CentralState);
    }

    /// <summary>One draft, end to end, on one thread: schedules, policy, warm-started world market, welfare, 146 members' features and the estimated model's verdict.</summary>
    [Benchmark]
    public bool OneDraftOneThread()
    {
        var draft = _drafts[_next++ % _drafts.Length];
        _session.Model.Evaluate(draft, _workspace, _workspace.Draft, _session.CentralState);
        _session.Judge.Features(_workspace.Draft, _session.Alternative, _buffers.Features);
        return _session.Judge.Predict(_buffers.Features, _estimates.Coefficients, _buffers);
    }

    /// <summary>The decision part of one package draft on one thread, on the tabled draft's solved markets: 146 members' features, the package link rewritten for the draft's four issues, the verdict.</summary>
    [Benchmark]
    public bool DecisionOnlyOneThread()
    {
        var point = _packagePoints[_next++ % _packagePoints.Length];
        _session.Judge.Features(_session.Central, _session.Alternative, _buffers.Features);
        _package.Relink(point, _buffers.Features);
        return _session.Judge.Predict(_buffers.Features, _estimates.Coefficients, _buffers);
    }

    /// <summary>A search of 1,000 drafts over three tariff knobs and the four package issues (Latin hypercube) on all cores, with its report and the refinement of the nearest passable draft.</summary>
    [Benchmark]
    public DraftSearchReport ThousandPackageDraftSearch() =>
        DraftSearch.Run(_session, _estimates.Coefficients, new DraftSearchRequest { Dimensions = PackageDimensions, Drafts = 1000, Seed = 2005 }, -1, CancellationToken.None);

    /// <summary>A search of 1,000 drafts (Latin hypercube) on all cores, with its report: drafts a minute = 60,000 / the time in ms.</summary>
    [Benchmark]
    public DraftSearchReport ThousandDraftSearch() =>
        DraftSearch.Run(_session, _estimates.Coefficients, new DraftSearchRequest { Dimensions = Dimensions, Drafts = 1000, Seed = 2005 }, -1, CancellationToken.None);

    private static string Root()
    {
        var folder = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Campo.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository (Campo.slnx not found).");
    }
}
