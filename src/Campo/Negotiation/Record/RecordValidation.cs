using System.Runtime.CompilerServices;
using Campo.Composition;
using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Negotiation.Record;

/// <summary>One actor's recorded and predicted positions at an event.</summary>
/// <param name="Actor">Coalition or member code.</param>
/// <param name="Recorded">Its recorded position.</param>
/// <param name="InSample">Predicted with the coefficients fitted on every event.</param>
/// <param name="OutOfSample">Predicted with the coefficients fitted without this event.</param>
/// <param name="ObjectProbability">σ(z) out of sample.</param>
public sealed record ActorValidation(string Actor, Position Recorded, Position InSample, Position OutOfSample, double ObjectProbability);

/// <summary>One event of the record, recorded against predicted.</summary>
/// <param name="Event">Its code.</param>
/// <param name="Date">Its date.</param>
/// <param name="Scenario">The shipped draft.</param>
/// <param name="Recorded">How it ended.</param>
/// <param name="PassesInSample">Predicted verdict, in sample.</param>
/// <param name="PassesOutOfSample">Predicted verdict, out of sample.</param>
/// <param name="Members">Members present.</param>
/// <param name="ObjectingOutOfSample">Members that formally object, out of sample.</param>
/// <param name="DissatisfiedOutOfSample">Members dissatisfied on their own, out of sample (they object only with a coalition's cover, or alone with weight and a farm stake of their own).</param>
/// <param name="BlockingCoalitions">Coalitions predicted to object, out of sample.</param>
/// <param name="BlockingAlone">Members predicted to object alone (size or red line), out of sample.</param>
/// <param name="Actors">Actors' positions.</param>
/// <param name="Source">The record's source.</param>
/// <param name="Coalitions">The coalitions acting as blocs at the event: those with a common position that had formed by the draft's date (data/negotiation/formation.csv).</param>
public sealed record EventValidation(
    string Event,
    DateOnly Date,
    string Scenario,
    RecordedVerdict Recorded,
    bool PassesInSample,
    bool PassesOutOfSample,
    int Members,
    int ObjectingOutOfSample,
    int DissatisfiedOutOfSample,
    IReadOnlyList<string> BlockingCoalitions,
    IReadOnlyList<MemberId> BlockingAlone,
    IReadOnlyList<ActorValidation> Actors,
    string Source,
    IReadOnlyList<string> Coalitions);

/// <summary>Hits against the record.</summary>
/// <param name="Verdicts">Events.</param>
/// <param name="VerdictsRight">Events whose verdict is predicted right.</param>
/// <param name="Positions">Recorded positions.</param>
/// <param name="PositionsRight">Positions predicted right.</param>
public sealed record HitRates(int Verdicts, int VerdictsRight, int Positions, int PositionsRight);

/// <summary>An estimated coefficient.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Value">The estimate on every event.</param>
/// <param name="StandardError">Its standard error (null at a bound: the constraint binds).</param>
/// <param name="LeaveOneOutLow">The smallest estimate over the leave-one-event-out fits.</param>
/// <param name="LeaveOneOutHigh">The largest.</param>
public sealed record CoefficientEstimate(string Name, double Value, double? StandardError, double LeaveOneOutLow, double LeaveOneOutHigh);

/// <summary>The profile of the coalition discipline κ: the log-likelihood of each candidate and its prior.</summary>
/// <param name="Discipline">κ.</param>
/// <param name="LogLikelihood">The log-likelihood at the best coefficients for it.</param>
/// <param name="LogPrior">The log of its Beta(a, a) prior density, up to a constant: (a − 1)·ln(κ·(1 − κ)).</param>
public sealed record DisciplineCandidate(double Discipline, double LogLikelihood, double LogPrior)
{
    /// <summary>The penalised profile: log-likelihood plus log prior (κ is chosen by its maximum).</summary>
    public double Penalised => LogLikelihood + LogPrior;
}

/// <summary>The Cancún test of issue 13, out of sample.</summary>
/// <param name="Coalitions">Each of G20, G33, G90, C4 and whether it is predicted to object.</param>
/// <param name="Outside">Members outside the four coalitions.</param>
/// <param name="OutsideObjecting">Of those, members predicted to object formally.</param>
/// <param name="OutsideDissatisfied">Of those, members dissatisfied on their own.</param>
/// <param name="Holds">True when the four object and at most a quarter of the others object.</param>
public sealed record CancunCheck(IReadOnlyDictionary<string, bool> Coalitions, int Outside, int OutsideObjecting, int OutsideDissatisfied, bool Holds);

/// <summary>Farmers' surplus change on one commodity, summed over a coalition's members.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Name">Its English name.</param>
/// <param name="FarmersLoss">Farmers' surplus change, million USD a year (negative).</param>
public sealed record CommodityLoss(CommodityId Commodity, string Name, double FarmersLoss);

/// <summary>A red line that fired on a commodity, and for how many of a coalition's members.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Members">Members.</param>
public sealed record RedLineCount(CommodityId Commodity, string Name, int Members);

/// <summary>Why a coalition objected at Cancún, in a farmers' organisation's words.</summary>
/// <param name="Coalition">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Objects">True when predicted (out of sample) to object.</param>
/// <param name="Members">Members present.</param>
/// <param name="Dissatisfied">Members dissatisfied on their own.</param>
/// <param name="Losses">The commodities whose farmers lose most across its members (commodity, million USD a year, negative).</param>
/// <param name="RedLines">Red lines that fired (commodity and how many members).</param>
/// <param name="Unmet">The package issues that fall short of its stated conditions, by code.</param>
/// <param name="FarmersChange">Median farmers' surplus change over farm output of its members with data (fraction).</param>
public sealed record CoalitionReplay(string Coalition, string Name, bool Objects, int Members, int Dissatisfied, IReadOnlyList<CommodityLoss> Losses, IReadOnlyList<RedLineCount> RedLines, IReadOnlyList<string> Unmet, double FarmersChange);

/// <summary>The validation of the estimated negotiation model on the record of WTO decisions.</summary>
/// <param name="Events">Every event.</param>
/// <param name="InSample">Hits with the coefficients fitted on every event.</param>
/// <param name="OutOfSample">Hits with each event predicted by coefficients fitted without it.</param>
/// <param name="Coefficients">The estimates with their uncertainty.</param>
/// <param name="Discipline">The estimated coalition discipline κ.</param>
/// <param name="DisciplineLow">The smallest κ whose penalised profile is within 1.92 (χ²₁ 95% / 2) of the best: the uncertainty of κ.</param>
/// <param name="DisciplineHigh">The largest such κ.</param>
/// <param name="DisciplineProfile">The profile log-likelihood of κ.</param>
/// <param name="Observations">Recorded positions the estimates use.</param>
/// <param name="Cancun">The Cancún test, out of sample (null when the record has no Cancún event).</param>
/// <param name="CancunReplay">Why each coalition objected at Cancún, out of sample.</param>
/// <param name="Issues">The package issues (for their names).</param>
/// <param name="Settings">The stated settings with their sources.</param>
public sealed record ValidationReport(
    IReadOnlyList<EventValidation> Events,
    HitRates InSample,
    HitRates OutOfSample,
    IReadOnlyList<CoefficientEstimate> Coefficients,
    double Discipline,
    double DisciplineLow,
    double DisciplineHigh,
    IReadOnlyList<DisciplineCandidate> DisciplineProfile,
    int Observations,
    CancunCheck? Cancun,
    IReadOnlyList<CoalitionReplay> CancunReplay,
    IReadOnlyList<PackageIssue> Issues,
    IReadOnlyList<ModelSetting> Settings);

/// <summary>
/// Estimates the decision model on the record of WTO decisions and validates it event by event
/// (docs/models/negotiation.md, "Estimated on the record"). Each event's draft is negotiated on the world market;
/// the coefficients are the penalised maximum-likelihood estimates of the recorded positions (<see cref="Logit"/>),
/// the coalition discipline κ the best of 0.1, 0.2, …, 0.9 by penalised profile likelihood (a Beta(a, a) prior on κ,
/// a = model.csv discipline_prior_shape, as the Gaussian prior on β: the record identifies κ only through the
/// coalitions' objections, all at Cancún, so without them the profile is nearly flat and the prior keeps κ from drifting
/// to an end of its range); out of sample, every event is predicted with the coefficients and κ fitted on the other
/// events only.
/// </summary>
public static class RecordValidation
{
    /// <summary>The candidate disciplines.</summary>
    public static IReadOnlyList<double> Disciplines { get; } = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    private static readonly string[] CancunCoalitions = ["G20", "G33", "G90", "C4"];

    private static readonly ConditionalWeakTable<EvaluationContext, ShippedFit> ShippedFits = [];
    private static readonly ConditionalWeakTable<EvaluationContext, DecisionEstimates> ShippedEstimates = [];

    /// <summary>Runs the validation.</summary>
    /// <param name="context">The dataset and its calibrated world market.</param>
    /// <param name="loadScenario">Reads a shipped draft by name (used with a record of one's own).</param>
    /// <param name="record">The record; null for the shipped one (its events are evaluated once per context and shared with the default verdict).</param>
    /// <param name="cancellationToken">Stops between events.</param>
    /// <exception cref="CampoException">A bad record row, or a recorded actor absent on its event's date.</exception>
    public static ValidationReport Run(EvaluationContext context, Func<string, Scenario> loadScenario, NegotiationRecord? record = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loadScenario);
        if (record is null)
        {
            var shipped = Shipped(context);
            return Validate(shipped.Events, shipped.Record);
        }

        return Validate(Events(context, loadScenario, record, cancellationToken), record);
    }

    /// <summary>
    /// The estimates on the shipped record for the verdict: fitted once per context, and for the embedded default
    /// dataset kept in the cache folder keyed by the library's build (<see cref="EstimatesCache"/>), so that a later run
    /// does not negotiate the eight events again.
    /// </summary>
    internal static DecisionEstimates ShippedEstimate(EvaluationContext context) => ShippedEstimates.GetValue(context, c =>
    {
        var record = NegotiationRecord.Shipped(code => IsActor(c, code));
        if (EstimatesCache.Read(c, record) is { } cached)
        {
            return cached;
        }

        var estimates = Shipped(c).Estimates;
        EstimatesCache.Write(c, estimates);
        return estimates;
    });

    /// <summary>The shipped record's events and the estimates fitted on all of them (once per context).</summary>
    internal static ShippedFit Shipped(EvaluationContext context) => ShippedFits.GetValue(context, c =>
    {
        var record = NegotiationRecord.Shipped(code => IsActor(c, code));
        var events = Events(c, LoadShipped, record, CancellationToken.None);
        var ((coefficients, errors), _) = FitBest(events, record.Setting("prior_sd"), record.Setting("discipline_prior_shape"));
        var estimates = new DecisionEstimates(coefficients, errors, events.Count, events.Sum(e => e.RecordedActors.Count), record);
        return new ShippedFit(record, events, estimates);
    });

    /// <summary>Reads a shipped draft by name.</summary>
    internal static Scenario LoadShipped(string name) => ScenarioReader.Read(
        ShippedScenarios.Text(name) ?? throw new CampoException("no shipped draft \"" + name + "\"", "a draft of scenarios/ (" + string.Join(", ", ShippedScenarios.Names) + ")", new SourceLocation("data/negotiation/events.csv", Field: "scenario")),
        ShippedScenarios.FileName(name));

    /// <summary>Every event's draft negotiated on the world market (in parallel over the cores; each event is independent).</summary>
    private static List<EventData> Events(EvaluationContext context, Func<string, Scenario> loadScenario, NegotiationRecord record, CancellationToken cancellationToken)
    {
        var events = new EventData[record.Events.Count];
        Parallel.For(0, events.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var e = record.Events[i];
            var scenario = loadScenario(e.Scenario);
            var session = Negotiator.Open(scenario, context, new NegotiationOptions { Draws = 0 }, record);
            events[i] = EventData.Build(e, session, record);
        });
        return [.. events];
    }

    /// <summary>True for a coalition code the dataset knows (or G90) or a member code.</summary>
    public static bool IsActor(EvaluationContext context, string code)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(code);
        return string.Equals(code, "G90", StringComparison.OrdinalIgnoreCase)
            || context.Dataset.Coalitions.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))
            || (MemberId.TryParse(code, out var id) && context.Dataset.FindMember(id) is not null);
    }

    internal static ValidationReport Validate(IReadOnlyList<EventData> events, NegotiationRecord record)
    {
        var prior = record.Setting("prior_sd");
        var shape = record.Setting("discipline_prior_shape");
        var (full, profile) = FitBest(events, prior, shape);
        var folds = new Dictionary<string, DecisionCoefficients>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            folds[e.Event.Code] = FitBest(events.Where(x => x != e).ToList(), prior, shape).Best.Coefficients;
        }

        var rows = new List<EventValidation>();
        int verdictsIn = 0, verdictsOut = 0, positions = 0, rightIn = 0, rightOut = 0;
        CancunCheck? cancun = null;
        var replay = new List<CoalitionReplay>();
        foreach (var e in events)
        {
            var inSample = e.Predict(full.Coefficients);
            var outOfSample = e.Predict(folds[e.Event.Code]);
            verdictsIn += inSample.Passes == e.Event.Passed ? 1 : 0;
            verdictsOut += outOfSample.Passes == e.Event.Passed ? 1 : 0;
            var actors = new List<ActorValidation>();
            foreach (var (actor, objected) in e.RecordedActors)
            {
                var recorded = objected ? Position.Object : Position.Accept;
                var a = e.ActorPosition(actor, inSample);
                var b = e.ActorPosition(actor, outOfSample);
                positions++;
                rightIn += a.Position == recorded ? 1 : 0;
                rightOut += b.Position == recorded ? 1 : 0;
                actors.Add(new ActorValidation(actor, recorded, a.Position, b.Position, b.Probability));
            }

            rows.Add(new EventValidation(
                e.Event.Code,
                e.Event.Date,
                e.Event.Scenario,
                e.Event.Verdict,
                inSample.Passes,
                outOfSample.Passes,
                e.Members.Length,
                outOfSample.Final.Count(f => f),
                outOfSample.Dissatisfied.Count(d => d),
                outOfSample.BlocObjects.Where(b => b.Value).Select(b => b.Key).ToArray(),
                e.Members.Where((m, i) => outOfSample.Alone[i]).Select(m => m.Id).ToArray(),
                actors,
                e.Event.Source,
                [.. e.Blocs.Keys]));
            if (e.Event.Code.StartsWith("cancun", StringComparison.Ordinal))
            {
                cancun = e.CancunCheck(outOfSample, CancunCoalitions);
                replay.AddRange(CancunCoalitions.Where(e.Blocs.ContainsKey).Select(c => e.Replay(c, outOfSample)));
            }
        }

        var coefficients = DecisionCoefficients.Names.Select((n, k) => new CoefficientEstimate(
            n,
            full.Coefficients.Beta[k],
            full.StandardErrors[k],
            folds.Values.Min(f => f.Beta[k]),
            folds.Values.Max(f => f.Beta[k]))).ToArray();
        return new ValidationReport(
            rows,
            new HitRates(events.Count, verdictsIn, positions, rightIn),
            new HitRates(events.Count, verdictsOut, positions, rightOut),
            coefficients,
            full.Coefficients.Discipline,
            profile.Where(p => p.Penalised >= profile.Max(q => q.Penalised) - 1.92).Min(p => p.Discipline),
            profile.Where(p => p.Penalised >= profile.Max(q => q.Penalised) - 1.92).Max(p => p.Discipline),
            profile,
            positions,
            cancun,
            replay,
            [.. record.Issues.Values],
            [.. record.Settings.Values]);
    }

    /// <summary>
    /// Fits β for each candidate κ and keeps the one of largest penalised profile likelihood: ℓ(κ) + (a − 1)·ln(κ(1 − κ)),
    /// the log of a Beta(a, a) prior on κ (a = 1: flat, the plain profile likelihood).
    /// </summary>
    internal static ((DecisionCoefficients Coefficients, double?[] StandardErrors) Best, IReadOnlyList<DisciplineCandidate> Profile) FitBest(IReadOnlyList<EventData> events, double prior, double shape)
    {
        var profile = new List<DisciplineCandidate>();
        (DecisionCoefficients, double?[])? best = null;
        var bestLl = double.NegativeInfinity;
        foreach (var kappa in Disciplines)
        {
            var data = events.SelectMany(e => e.Observations(kappa)).ToList();
            var fit = Logit.Fit(data, prior);
            var candidate = new DisciplineCandidate(kappa, fit.LogLikelihood, (shape - 1) * Math.Log(kappa * (1 - kappa)));
            profile.Add(candidate);
            if (candidate.Penalised > bestLl + 1e-9)
            {
                bestLl = candidate.Penalised;
                best = (new DecisionCoefficients(fit.Beta, kappa), fit.StandardErrors);
            }
        }

        return (best!.Value, profile);
    }
}

/// <summary>The shipped record, its events and the estimates fitted on all of them.</summary>
internal sealed record ShippedFit(NegotiationRecord Record, IReadOnlyList<EventData> Events, DecisionEstimates Estimates);

/// <summary>
/// The estimated decision model as the verdict uses it: the coefficients and coalition discipline fitted on the record
/// (penalised maximum likelihood of the recorded positions, <see cref="RecordValidation"/>), with the record whose
/// stated settings (salience, red lines, block-alone share) and stances the rule reads.
/// </summary>
/// <param name="Coefficients">β and κ.</param>
/// <param name="StandardErrors">Standard errors of β (null at a bound, or for stated coefficients).</param>
/// <param name="Events">Events of the record the fit used (0 for stated coefficients).</param>
/// <param name="Observations">Recorded positions the fit used.</param>
/// <param name="Record">The record.</param>
public sealed record DecisionEstimates(DecisionCoefficients Coefficients, IReadOnlyList<double?> StandardErrors, int Events, int Observations, NegotiationRecord Record)
{
    /// <summary>The estimates on the shipped record for a dataset (fitted on first use, then shared; thread-safe).</summary>
    /// <param name="context">The dataset and its calibrated world market.</param>
    public static DecisionEstimates Shipped(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RecordValidation.ShippedEstimate(context);
    }

    /// <summary>Coefficients stated rather than estimated (for a constructed market or a what-if), with a record's settings.</summary>
    /// <param name="coefficients">β0 ≤ 0, the others ≥ 0; κ in (0, 1].</param>
    /// <param name="record">The record whose settings and stances apply.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coefficient of the wrong sign or κ outside (0, 1].</exception>
    public static DecisionEstimates Stated(DecisionCoefficients coefficients, NegotiationRecord record)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(record);
        if (coefficients.Beta.Count != Logit.Size || !(coefficients.Beta[0] <= 0) || coefficients.Beta.Skip(1).Any(b => !(b >= 0 && double.IsFinite(b))) || !(coefficients.Discipline > 0 && coefficients.Discipline <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(coefficients), coefficients.ToString(), "Five coefficients: the intercept at most 0, the others finite and at least 0; the discipline in (0, 1].");
        }

        return new DecisionEstimates(coefficients, new double?[Logit.Size], 0, 0, record);
    }
}

/// <summary>A prediction for one event.</summary>
internal sealed record EventPrediction(bool Passes, bool[] Final, bool[] Dissatisfied, bool[] Alone, double[] Index, IReadOnlyDictionary<string, bool> BlocObjects, IReadOnlyDictionary<string, double> BlocIndex);

/// <summary>One event's members, coalitions and package, ready to be predicted under any coefficients.</summary>
internal sealed class EventData
{
    private readonly DecisionRule _rule;
    private readonly MemberFeatures[] _features;
    private readonly string[] _codes;

    internal EventData(RecordedEvent e, EventMember[] members, Dictionary<string, (string Name, int[] Members)> blocs, double blockShare, Dictionary<string, Dictionary<CommodityId, (string Name, double Change)>> losses)
    {
        Event = e;
        Members = members;
        Blocs = blocs;
        Losses = losses;
        _features = members.Select(m => m.Features).ToArray();
        _codes = [.. blocs.Keys];
        _rule = new DecisionRule(_codes.Select(c => blocs[c].Members).ToArray(), members.Select(m => m.RepresentedBy).ToArray(), members.Select(m => m.TradeShare).ToArray(), blockShare);
    }

    public RecordedEvent Event { get; }

    public EventMember[] Members { get; }

    /// <summary>Coalitions with a common position: code → name and member indices.</summary>
    public Dictionary<string, (string Name, int[] Members)> Blocs { get; }

    /// <summary>Per coalition, the issues whose shortfall counts against the package under its own stated conditions.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> BlocUnmet { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Per coalition, farmers' surplus change by commodity summed over its members' distinct regions (million USD).</summary>
    public Dictionary<string, Dictionary<CommodityId, (string Name, double Change)>> Losses { get; }

    /// <summary>What the event's package delivers on each issue.</summary>
    public static Dictionary<string, double> PackageOf(NegotiationRecord record, string code) =>
        record.Packages.Where(p => p.Event == code).ToDictionary(p => p.Issue, p => p.Delivered, StringComparer.Ordinal);

    public static EventData Build(RecordedEvent e, NegotiationSession session, NegotiationRecord record)
    {
        var judge = new DecisionJudge(session, record, PackageOf(record, e.Code));
        var setup = session.Setup;
        var features = new MemberFeatures[setup.Members.Length];
        judge.Features(session.Central, session.Alternative, features);
        var members = setup.Members.Select((m, i) => new EventMember(
            m.Id,
            features[i],
            judge.TradeShare[i],
            session.MemberRegion[i],
            judge.Represented[i],
            m.Coalitions,
            judge.RedLines(i, session.Central, session.Alternative),
            judge.Unmet[i])).ToArray();
        var blocs = new Dictionary<string, (string, int[])>(StringComparer.OrdinalIgnoreCase);
        var losses = new Dictionary<string, Dictionary<CommodityId, (string Name, double Change)>>(StringComparer.OrdinalIgnoreCase);
        var unmet = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        for (var b = 0; b < judge.Blocs.Count; b++)
        {
            var bloc = judge.Blocs[b];
            var ids = judge.BlocMembers[b];
            blocs[bloc.Code] = (bloc.Name, ids);
            unmet[bloc.Code] = judge.BlocUnmet[b];
            losses[bloc.Code] = Replays.Losses(session, ids);
        }

        return new EventData(e, members, blocs, judge.BlockShare, losses)
        {
            BlocUnmet = unmet,
            RecordedActors = record.Positions.Where(p => p.Event == e.Code).Select(p => (p.Actor, p.Position == Position.Object)).ToArray(),
        };
    }

    /// <summary>The recorded positions of this event as observations under discipline κ.</summary>
    public IEnumerable<Observation> Observations(double kappa)
    {
        foreach (var (actor, objected) in RecordedActors)
        {
            yield return new Observation(Event.Code, actor, Predictors(actor, kappa), objected);
        }
    }

    /// <summary>The recorded positions of this event (set by the validation from the record).</summary>
    public IReadOnlyList<(string Actor, bool Objected)> RecordedActors { get; init; } = [];

    /// <summary>The predictors of an actor: a member's own, or a coalition's pivotal member under κ.</summary>
    public double[] Predictors(string actor, double kappa)
    {
        var x = new double[Logit.Size];
        if (Blocs.TryGetValue(actor, out var bloc))
        {
            DecisionRule.Pivot(bloc.Members, _features, kappa, x, new double[Members.Length]);
            return x;
        }

        var i = Array.FindIndex(Members, m => string.Equals(m.Id.Code, actor, StringComparison.OrdinalIgnoreCase));
        if (i < 0)
        {
            throw new CampoException(
                "\"" + actor + "\" is neither a coalition with a position nor a WTO member on " + Event.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " (event " + Event.Code + ")",
                "a coalition of the dataset or a member present on the event's date",
                new SourceLocation("data/negotiation/positions.csv", Field: "actor"));
        }

        Members[i].Features.Predictors(x);
        return x;
    }

    /// <summary>The prediction under coefficients c (<see cref="DecisionJudge.Predict"/>).</summary>
    public EventPrediction Predict(DecisionCoefficients c)
    {
        var buffers = _rule.NewBuffers();
        var passes = _rule.Predict(_features, c, buffers);
        var blocObjects = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var blocIndex = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < _codes.Length; k++)
        {
            blocObjects[_codes[k]] = buffers.BlocObjects[k];
            blocIndex[_codes[k]] = buffers.BlocIndex[k];
        }

        return new EventPrediction(passes, buffers.Final, buffers.Dissatisfied, buffers.Alone, buffers.Index, blocObjects, blocIndex);
    }

    /// <summary>An actor's predicted position and probability of objecting.</summary>
    public (Position Position, double Probability) ActorPosition(string actor, EventPrediction p)
    {
        if (p.BlocObjects.TryGetValue(actor, out var objects))
        {
            return (objects ? Position.Object : Position.Accept, Logit.Sigmoid(p.BlocIndex[actor]));
        }

        var i = Array.FindIndex(Members, m => string.Equals(m.Id.Code, actor, StringComparison.OrdinalIgnoreCase));
        return (p.Final[i] ? Position.Object : Position.Accept, Logit.Sigmoid(p.Index[i]));
    }

    public CancunCheck CancunCheck(EventPrediction p, IReadOnlyList<string> coalitions)
    {
        var inside = new HashSet<int>(coalitions.Where(Blocs.ContainsKey).SelectMany(c => Blocs[c].Members));
        int outside = 0, objecting = 0, dissatisfied = 0;
        for (var i = 0; i < Members.Length; i++)
        {
            if (inside.Contains(i))
            {
                continue;
            }

            outside++;
            objecting += p.Final[i] ? 1 : 0;
            dissatisfied += p.Dissatisfied[i] ? 1 : 0;
        }

        var blocs = coalitions.ToDictionary(c => c, c => p.BlocObjects.GetValueOrDefault(c), StringComparer.Ordinal);
        return new CancunCheck(blocs, outside, objecting, dissatisfied, blocs.Values.All(b => b) && objecting * 4 <= outside);
    }

    public CoalitionReplay Replay(string code, EventPrediction p)
    {
        var (name, members) = Blocs[code];
        return Replays.Of(code, name, p.BlocObjects.GetValueOrDefault(code), members, i => Members[i].RedLines, i => Members[i].Features, p.Dissatisfied, Losses[code], BlocUnmet.GetValueOrDefault(code) ?? []);
    }
}

/// <summary>Why a coalition objects, in a farmers' organisation's words: for the validation's Cancún replay and every verdict.</summary>
internal static class Replays
{
    /// <summary>Farmers' surplus change by commodity summed over the members' distinct market regions (million USD a year).</summary>
    public static Dictionary<CommodityId, (string Name, double Change)> Losses(NegotiationSession session, IEnumerable<int> members)
    {
        var model = session.Model;
        var byCommodity = new Dictionary<CommodityId, (string Name, double Change)>();
        foreach (var r in members.Select(i => session.MemberRegion[i]).Where(r => r >= 0).Distinct())
        {
            for (var j = model.RegionCellStart[r]; j < model.RegionCellStart[r + 1]; j++)
            {
                var k = model.RegionCells[j];
                var change = session.Central.Parts[k].Producer - session.Alternative.Parts[k].Producer;
                var (id, name) = model.Name(k);
                byCommodity[id] = (name, byCommodity.GetValueOrDefault(id).Change + change);
            }
        }

        return byCommodity;
    }

    /// <summary>
    /// The replay of one coalition: the three commodities whose farmers lose most across its members (losses above half a million USD a year), the red lines that
    /// fired (commodity and how many members, the four most frequent), the package issues short of its stated
    /// conditions, its members dissatisfied, and its median member's farmers' change over farm output.
    /// </summary>
    public static CoalitionReplay Of(string code, string name, bool objects, int[] members, Func<int, IReadOnlyList<RedLineHit>> redLines, Func<int, MemberFeatures> features, IReadOnlyList<bool> dissatisfied, Dictionary<CommodityId, (string Name, double Change)> losses, IReadOnlyList<string> unmet)
    {
        var worst = losses.Where(l => l.Value.Change < -0.5).OrderBy(l => l.Value.Change).Take(3).Select(l => new CommodityLoss(l.Key, l.Value.Name, l.Value.Change)).ToArray();
        var lines = members.SelectMany(redLines).GroupBy(h => h.Commodity)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal).Take(4).Select(g => new RedLineCount(g.Key, g.First().Name, g.Count())).ToArray();
        var farmers = members.Select(features).Where(f => f.HasPayoff).Select(f => f.Farmers).Order().ToArray();
        var median = farmers.Length == 0 ? 0 : farmers[farmers.Length / 2];
        return new CoalitionReplay(code, name, objects, members.Length, members.Count(i => dissatisfied[i]), worst, lines, unmet, median);
    }
}
