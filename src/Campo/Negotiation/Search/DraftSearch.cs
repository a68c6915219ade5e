using System.Diagnostics;
using System.Globalization;
using Campo.Domain;
using Campo.Errors;
using Campo.Markets.Uncertainty;

namespace Campo.Negotiation;

/// <summary>
/// Searches the space of drafts around a tabled one for the region where consensus holds (reference
/// negotiation-and-civil-society.md §2.4: F = {d : every member accepts d}, Putnam's overlap of win-sets).
/// <para>
/// Method: the knobs (<see cref="DraftKnob"/>) span a box; drafts are sampled by a Latin hypercube (each knob's range
/// cut into N equal strata, one draft per stratum, strata matched across knobs by seeded random permutations; McKay,
/// Beckman and Conover 1979) or on a full grid. Each draft is judged end to end on the lean path
/// (<see cref="DraftPayoffModel"/>: commodity-level schedules through the columnar batch engine, the world market
/// warm-started from the tabled draft's solution, welfare by region, every member's decision under the estimated model and the
/// coalitions). Drafts are independent and run in parallel over the cores; every draft starts from the same state, so the
/// results do not depend on the number of threads. Reported: the passable drafts and their range on each knob; the
/// passable draft nearest the tabled one (Euclidean distance with each knob divided by its range); the passable draft
/// best for an objective (a part of a group's welfare); the draft with the fewest objectors when none passes; and
/// the members that object most often, who bind the search.
/// </para>
/// </summary>
internal static partial class DraftSearch
{
    public static DraftSearchReport Run(NegotiationSession session, Record.DecisionCoefficients coefficients, DraftSearchRequest request, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        request.Validate();
        var dims = request.Dimensions;
        var draft = session.Draft;
        var tabled = new double?[dims.Count];
        var origin = new double[dims.Count];
        var notes = new string[dims.Count];
        var package = PackageKnobs.For(session, dims);
        for (int d = 0, j = 0; d < dims.Count; d++)
        {
            if (dims[d].Knob == DraftKnob.Issue)
            {
                tabled[d] = package!.Tabled[j++];
                (origin[d], notes[d]) = (tabled[d]!.Value, "as the record's package delivered it (data/negotiation/packages.csv)");
                continue;
            }

            tabled[d] = DraftSpace.Tabled(draft, dims[d].Knob);
            (origin[d], notes[d]) = Origin(dims[d], tabled[d], draft);
        }

        // Applying the knobs once here reports a knob the draft has no place for before any work starts.
        _ = DraftSpace.Apply(draft, dims, origin);
        var regions = ObjectiveRegions(session, request.Objective);

        var points = Sample(request);
        var threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        var cpu = request.Timing ? Process.GetCurrentProcess().TotalProcessorTime : TimeSpan.Zero;
        var clock = request.Timing ? Stopwatch.StartNew() : null;
        // The drafts are judged here, or by the request's executor elsewhere (campo cluster): the same judgements either way.
        var judged = request.Executor is { } executor
            ? executor.Judge(points.Length, cancellationToken)
            : JudgeRange(session, coefficients, package, draft, dims, points, regions, request.Objective.Part, 0, points.Length, maxDegreeOfParallelism, cancellationToken, request.Progress);
        var (results, counts) = Unpack(judged, points.Length, session.Setup.Members.Length);
        clock?.Stop();

        var judge = new Worker(session, coefficients, package, marketFixed: false);
        double Step(ReadOnlySpan<double> values, int d)
        {
            var width = dims[d].High - dims[d].Low;
            return width > 0 ? (values[d] - origin[d]) / width : 0;
        }

        double Distance(ReadOnlySpan<double> values)
        {
            var sum = 0.0;
            for (var d = 0; d < dims.Count; d++)
            {
                var delta = Step(values, d);
                sum += delta * delta;
            }

            return Math.Sqrt(sum);
        }

        SearchedDraft Report(double[] values, Result r, bool full) => new(
            values,
            r.Passes,
            r.Objecting,
            r.Objective,
            Distance(values),
            full ? judge.Blocking(DraftSpace.Apply(draft, dims, values), values) : [])
        {
            Steps = full ? Enumerable.Range(0, dims.Count).Select(d => Step(values, d)).ToArray() : [],
        };

        var all = points.Select((p, i) => (Point: p, Result: results[i], Distance: Distance(p))).ToArray();
        var converged = all.Where(x => x.Result.Converged).ToArray();
        var passable = converged.Where(x => x.Result.Passes).ToArray();
        var nearest = passable.OrderBy(x => x.Distance).FirstOrDefault();
        var best = passable.OrderByDescending(x => x.Result.Objective).ThenBy(x => x.Distance).FirstOrDefault();
        var closest = converged.OrderBy(x => x.Result.Objecting).ThenBy(x => x.Distance).FirstOrDefault();
        var tabledResult = judge.Judge(draft, origin, regions, request.Objective.Part);
        var refined = nearest.Point is null ? null : Refine(nearest.Point, origin, dims, p => judge.Judge(DraftSpace.Apply(draft, dims, p), p, regions, request.Objective.Part));
        var dimensionReports = dims.Select((dim, d) => new SearchDimensionReport(
            dim.Name,
            Meaning(dim, session.Judge.Record),
            dim.Low,
            dim.High,
            tabled[d],
            notes[d],
            passable.Length > 0 ? passable.Min(x => x.Point[d]) : null,
            passable.Length > 0 ? passable.Max(x => x.Point[d]) : null)).ToArray();
        var members = session.Setup.Members;
        var blockers = counts.Select((c, m) => (Count: c, Member: members[m]))
            .Where(x => x.Count > 0 && x.Member.RepresentedBy is null)
            .OrderByDescending(x => x.Count).ThenBy(x => x.Member.Id)
            .Select(x => new BlockerShare(x.Member.Id, x.Member.Name, converged.Length > 0 ? x.Count / (double)converged.Length : 0))
            .ToArray();
        SearchTiming? timing = clock is null ? null : new SearchTiming(clock.Elapsed.TotalSeconds, points.Length / clock.Elapsed.TotalMinutes, threads, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        return new DraftSearchReport(
            Method(request, points.Length, threads),
            dimensionReports,
            request.Objective.ToString(),
            points.Length,
            converged.Length,
            passable.Length,
            Report(origin, tabledResult, full: true),
            nearest.Point is null ? null : Report(nearest.Point, nearest.Result, full: true),
            best.Point is null ? null : Report(best.Point, best.Result, full: true),
            closest.Point is null ? Report(origin, tabledResult, full: true) : Report(closest.Point, closest.Result, full: true),
            blockers,
            timing,
            all.Select(x => new SearchedDraft(x.Point, x.Result.Passes, x.Result.Objecting, x.Result.Objective, x.Distance, [])).ToArray())
        {
            Refined = refined is null ? null : Report(refined.Value.Point, refined.Value.Result, full: true),
        };
    }

    /// <summary>
    /// The nearest sampled passable draft moved towards the tabled draft one knob at a time, keeping it passable: for
    /// each knob, largest step first, the knob goes back to its tabled value (clamped to the searched range) if the
    /// draft still passes, else to the point nearest the tabled value that passes found by bisection on the segment
    /// (12 halvings, 1/4096 of the step); two rounds over the knobs. Every draft kept is judged end to end, so the result
    /// passes; its distance is never larger than the sampled one's. Bisection assumes passing is monotone along the
    /// segment — true of a package issue (more of a demanded issue or less of an opposed one never hurts), not
    /// guaranteed for a tariff knob, where the result is then a passable draft, not necessarily the nearest.
    /// </summary>
    internal static (double[] Point, Result Result)? Refine(double[] start, double[] origin, IReadOnlyList<SearchDimension> dims, Func<double[], Result> judge)
    {
        var x = (double[])start.Clone();
        var result = judge(x);
        if (!result.Converged || !result.Passes)
        {
            return null;
        }

        double Round(int d, double v) => dims[d].Knob == DraftKnob.ExportEnd ? Math.Round(v) : v;
        for (var round = 0; round < 2; round++)
        {
            var order = Enumerable.Range(0, dims.Count)
                .OrderByDescending(d => dims[d].High > dims[d].Low ? Math.Abs(x[d] - origin[d]) / (dims[d].High - dims[d].Low) : 0)
                .ToArray();
            foreach (var d in order)
            {
                var target = Math.Clamp(origin[d], dims[d].Low, dims[d].High);
                var from = x[d];
                if (from == target)
                {
                    continue;
                }

                Result Try(double v)
                {
                    x[d] = v;
                    return judge(x);
                }

                var atTarget = Try(target);
                if (atTarget.Converged && atTarget.Passes)
                {
                    result = atTarget;
                    continue;
                }

                // t = 0 at the target (fails), t = 1 at the current value (passes).
                var (lo, hi) = (0.0, 1.0);
                var best = result;
                for (var i = 0; i < 12; i++)
                {
                    var mid = (lo + hi) / 2;
                    var r = Try(Round(d, target + (mid * (from - target))));
                    if (r.Converged && r.Passes)
                    {
                        (hi, best) = (mid, r);
                    }
                    else
                    {
                        lo = mid;
                    }
                }

                x[d] = Round(d, target + (hi * (from - target)));
                result = best;
            }
        }

        return (x, result);
    }

    /// <summary>The drafts to evaluate: a Latin hypercube or a full grid, in the knobs' units.</summary>
    internal static double[][] Sample(DraftSearchRequest request)
    {
        var dims = request.Dimensions;
        double Round(DraftKnob knob, double v) => knob == DraftKnob.ExportEnd ? Math.Round(v) : v;
        if (request.GridPoints is { } g)
        {
            var total = (int)Math.Pow(g, dims.Count);
            var grid = new double[total][];
            for (var i = 0; i < total; i++)
            {
                grid[i] = new double[dims.Count];
                var rest = i;
                for (var d = dims.Count - 1; d >= 0; d--)
                {
                    var j = rest % g;
                    rest /= g;
                    grid[i][d] = Round(dims[d].Knob, dims[d].Low + ((dims[d].High - dims[d].Low) * j / (g - 1)));
                }
            }

            return grid;
        }

        var n = request.Drafts;
        var points = new double[n][];
        for (var i = 0; i < n; i++)
        {
            points[i] = new double[dims.Count];
        }

        for (var d = 0; d < dims.Count; d++)
        {
            var random = RandomStream.ForDraw(request.Seed, d);
            var strata = Enumerable.Range(0, n).ToArray();
            for (var i = n - 1; i > 0; i--)
            {
                var j = (int)(random.NextUInt64() % (ulong)(i + 1));
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }

            for (var i = 0; i < n; i++)
            {
                var u = (strata[i] + random.NextUniform()) / n;
                points[i][d] = Round(dims[d].Knob, dims[d].Low + ((dims[d].High - dims[d].Low) * u));
            }
        }

        return points;
    }

    private static (double Origin, string Note) Origin(SearchDimension dim, double? tabled, Campo.Scenarios.Scenario draft)
    {
        if (tabled is { } t)
        {
            return (t, "as tabled");
        }

        return dim.Knob switch
        {
            DraftKnob.Cap => (dim.High, "the tabled draft has no cap: the distance counts from the top of the range"),
            DraftKnob.Special => (dim.Low, "the tabled draft has no special products: the distance counts from the bottom of the range"),
            DraftKnob.ExportEnd => (dim.High, "the tabled draft sets no end year: the distance counts from the top of the range"),
            DraftKnob.Support => (dim.High, "the tabled draft cuts support by tiers: the distance counts from the top of the range"),
            _ => throw new CampoException(
                "sdt cannot be searched: the tabled draft's developing cuts are not one share of the developed cuts",
                "search the other parameters, or state the developing cuts as a share of the developed ones",
                new SourceLocation(draft.File, Field: "--search")),
        };
    }

    private static int[] ObjectiveRegions(NegotiationSession session, SearchObjective objective)
    {
        var model = session.Model;
        var group = objective.Group;
        if (string.Equals(group, "world", StringComparison.OrdinalIgnoreCase))
        {
            return Enumerable.Range(0, model.M.Regions.Length).ToArray();
        }

        if (Scenarios.ScenarioReader.StatusKeys.TryGetValue(group.ToLowerInvariant(), out var status))
        {
            return model.Roles.Select((r, i) => (r, i)).Where(x => x.r.Status == status && model.RoleRegion[x.i] >= 0).Select(x => model.RoleRegion[x.i]).Distinct().Order().ToArray();
        }

        if (session.Setup.Known.TryGetValue(group, out var bloc))
        {
            var set = bloc.Members.ToHashSet();
            return session.Setup.Members
                .Where(m => set.Contains(m.Id) && m.Region is { } r && model.RegionIndex.ContainsKey(r))
                .Select(m => model.RegionIndex[m.Region!.Value]).Distinct().Order().ToArray();
        }

        var names = new[] { "world", "developed", "developing", "ldc" }.Concat(session.Setup.Known.Keys);
        throw new CampoException("unknown group \"" + group + "\" in the objective", Errors.Suggestions.DidYouMean(group, names, "world, developed, developing, ldc or a coalition code"), SourceLocation.OfField("--best"));
    }

    private static string Meaning(SearchDimension dim, Record.NegotiationRecord record) => dim.Knob switch
    {
        DraftKnob.Issue => "share of the package delivered on: " + (record.Issues.TryGetValue(dim.Name, out var issue) && issue.Labels.TryGetValue("en", out var label) ? label : dim.Name) + " (0 not in the text, 1 in full)",
        DraftKnob.Swiss => "developed members' Swiss coefficient (percentage points)",
        DraftKnob.Cuts => "developed members' cuts, percent of the tabled cuts",
        DraftKnob.Cap => "developed members' tariff cap (percent)",
        DraftKnob.Special => "developing members' special products (percent of lines)",
        DraftKnob.Sdt => "developing members' cuts, percent of the developed cuts",
        DraftKnob.Support => "developed members' support cut (percent)",
        _ => "year developed members' export subsidies end",
    };

    private static string Method(DraftSearchRequest request, int drafts, int threads) =>
        (request.GridPoints is { } g
            ? string.Create(CultureInfo.InvariantCulture, $"Full grid of {g} points per parameter ({drafts} drafts)")
            : string.Create(CultureInfo.InvariantCulture, $"Latin hypercube of {drafts} drafts (seed {request.Seed})"))
        + string.Create(CultureInfo.InvariantCulture, $"; each draft judged end to end (schedules, world market warm-started from the tabled draft, welfare by region, every member's decision and the coalitions under the estimated model) on {threads} threads; nearest = smallest distance with each parameter divided by its range.")
        + (request.Dimensions.Any(d => d.Knob == DraftKnob.Issue) ? " Package issues change what the package delivers on them (the linkage feature of the members and coalitions that stated a condition on them), not the schedules." : string.Empty);

    internal readonly record struct Result(bool Converged, bool Passes, int Objecting, double Objective);

    private sealed class Worker
    {
        private readonly NegotiationSession _session;
        private readonly Record.DecisionCoefficients _coefficients;
        private readonly PayoffWorkspace _ws;
        private readonly Record.DecisionBuffers _buffers;
        private readonly PackageKnobs? _package;
        private readonly bool _marketFixed;
        private bool _solved;

        /// <param name="session">The negotiation.</param>
        /// <param name="coefficients">The decision model's coefficients.</param>
        /// <param name="package">The package issues searched, or null.</param>
        /// <param name="marketFixed">True when no searched knob changes the schedules: the markets are solved for the first draft only.</param>
        public Worker(NegotiationSession session, Record.DecisionCoefficients coefficients, PackageKnobs? package, bool marketFixed)
        {
            _session = session;
            _coefficients = coefficients;
            _package = package;
            _marketFixed = marketFixed;
            _ws = session.Model.NewWorkspace();
            _buffers = session.Judge.NewBuffers();
            Counts = new int[session.Setup.Members.Length];
        }

        public bool[] Final => _buffers.Final;

        public int[] Counts { get; }

        /// <summary>Judges a draft: its text (schedules) and its knob values (for the package issues).</summary>
        public Result Judge(Campo.Scenarios.Scenario scenario, ReadOnlySpan<double> values, int[] regions, ObjectivePart part)
        {
            var model = _session.Model;
            var alternative = _session.Alternative;
            var judge = _session.Judge;
            if (!(_marketFixed && _solved))
            {
                model.Evaluate(scenario, _ws, _ws.Draft, _session.CentralState);
                if (_ws.Draft.Converged)
                {
                    // The features of the markets; the package knobs below only rewrite the link.
                    judge.Features(_ws.Draft, alternative, _buffers.Features);
                }

                _solved = true;
            }

            if (!_ws.Draft.Converged)
            {
                Array.Clear(Final);
                return new Result(false, false, 0, double.NaN);
            }

            _package?.Relink(values, _buffers.Features);
            var passes = judge.Predict(_buffers.Features, _coefficients, _buffers);
            var objecting = 0;
            foreach (var f in Final)
            {
                objecting += f ? 1 : 0;
            }

            var objective = 0.0;
            foreach (var r in regions)
            {
                var change = _ws.Draft.RegionTotal[r] - alternative.RegionTotal[r];
                objective += part switch
                {
                    ObjectivePart.Farmers => change.Producer,
                    ObjectivePart.Consumers => change.Consumer,
                    ObjectivePart.Treasury => change.Government,
                    _ => change.Welfare,
                };
            }

            return new Result(true, passes, objecting, objective);
        }

        public IReadOnlyList<MemberId> Blocking(Campo.Scenarios.Scenario scenario, ReadOnlySpan<double> values)
        {
            _ = Judge(scenario, values, [], ObjectivePart.Total);
            var members = _session.Setup.Members;
            return members.Where((m, i) => Final[i] && m.RepresentedBy is null).Select(m => m.Id).ToArray();
        }
    }
}
