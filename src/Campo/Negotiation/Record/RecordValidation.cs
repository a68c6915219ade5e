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
/// <param name="DissatisfiedOutOfSample">Members dissatisfied on their own, out of sample (they object only with cover, size or a red line).</param>
/// <param name="BlockingCoalitions">Coalitions predicted to object, out of sample.</param>
/// <param name="BlockingAlone">Members predicted to object alone (size or red line), out of sample.</param>
/// <param name="Actors">Actors' positions.</param>
/// <param name="Source">The record's source.</param>
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
    string Source);

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

/// <summary>The profile of the coalition discipline κ: the log-likelihood of each candidate.</summary>
/// <param name="Discipline">κ.</param>
/// <param name="LogLikelihood">The log-likelihood at the best coefficients for it.</param>
public sealed record DisciplineCandidate(double Discipline, double LogLikelihood);

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
/// <param name="Change">Million USD a year.</param>
public sealed record CommodityLoss(CommodityId Commodity, string Name, double Change);

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
/// the coalition discipline κ the best of 0.25, 0.5 and 0.75 by profile likelihood; out of sample, every event is
/// predicted with the coefficients and κ fitted on the other events only.
/// </summary>
public static class RecordValidation
{
    /// <summary>The candidate disciplines.</summary>
    public static IReadOnlyList<double> Disciplines { get; } = [0.25, 0.5, 0.75];

    private static readonly string[] CancunCoalitions = ["G20", "G33", "G90", "C4"];

    /// <summary>Runs the validation.</summary>
    /// <param name="context">The dataset and its calibrated world market.</param>
    /// <param name="loadScenario">Reads a shipped draft by name.</param>
    /// <param name="record">The record; null for the shipped one.</param>
    /// <param name="cancellationToken">Stops between events.</param>
    /// <exception cref="CampoException">A bad record row, or a recorded actor absent on its event's date.</exception>
    public static ValidationReport Run(EvaluationContext context, Func<string, Scenario> loadScenario, NegotiationRecord? record = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loadScenario);
        record ??= NegotiationRecord.Shipped(code => IsActor(context, code));
        var events = new List<EventData>();
        foreach (var e in record.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scenario = loadScenario(e.Scenario);
            var session = Negotiator.Open(scenario, context, new NegotiationOptions { Draws = 0 });
            events.Add(EventData.Build(e, session, record));
        }

        return Validate(events, record);
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
        var block = record.Setting("block_alone_trade_share");
        var (full, profile) = FitBest(events, prior);
        var folds = new Dictionary<string, DecisionCoefficients>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            folds[e.Event.Code] = FitBest(events.Where(x => x != e).ToList(), prior).Best.Coefficients;
        }

        var rows = new List<EventValidation>();
        int verdictsIn = 0, verdictsOut = 0, positions = 0, rightIn = 0, rightOut = 0;
        CancunCheck? cancun = null;
        var replay = new List<CoalitionReplay>();
        foreach (var e in events)
        {
            var inSample = e.Predict(full.Coefficients, block);
            var outOfSample = e.Predict(folds[e.Event.Code], block);
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
                e.Event.Source));
            if (e.Event.Code.StartsWith("cancun", StringComparison.Ordinal))
            {
                cancun = e.CancunCheck(outOfSample, CancunCoalitions);
                replay.AddRange(CancunCoalitions.Where(e.Blocs.ContainsKey).Select(c => e.Replay(c, outOfSample, folds[e.Event.Code])));
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
            profile,
            positions,
            cancun,
            replay,
            [.. record.Issues.Values],
            [.. record.Settings.Values]);
    }

    /// <summary>Fits β for each candidate κ and keeps the most likely.</summary>
    internal static ((DecisionCoefficients Coefficients, double?[] StandardErrors) Best, IReadOnlyList<DisciplineCandidate> Profile) FitBest(IReadOnlyList<EventData> events, double prior)
    {
        var profile = new List<DisciplineCandidate>();
        (DecisionCoefficients, double?[])? best = null;
        var bestLl = double.NegativeInfinity;
        foreach (var kappa in Disciplines)
        {
            var data = events.SelectMany(e => e.Observations(kappa)).ToList();
            var fit = Logit.Fit(data, prior);
            profile.Add(new DisciplineCandidate(kappa, fit.LogLikelihood));
            if (fit.LogLikelihood > bestLl + 1e-9)
            {
                bestLl = fit.LogLikelihood;
                best = (new DecisionCoefficients(fit.Beta, kappa), fit.StandardErrors);
            }
        }

        return (best!.Value, profile);
    }
}

/// <summary>A prediction for one event.</summary>
internal sealed record EventPrediction(bool Passes, bool[] Final, bool[] Dissatisfied, bool[] Alone, double[] Index, IReadOnlyDictionary<string, bool> BlocObjects, IReadOnlyDictionary<string, double> BlocIndex);

/// <summary>One event's members, coalitions and package, ready to be predicted under any coefficients.</summary>
internal sealed class EventData
{
    internal EventData(RecordedEvent e, EventMember[] members, Dictionary<string, (string Name, int[] Members)> blocs, Dictionary<string, double> package, Dictionary<string, Dictionary<CommodityId, (string Name, double Change)>> losses)
    {
        Event = e;
        Members = members;
        Blocs = blocs;
        Package = package;
        Losses = losses;
    }

    public RecordedEvent Event { get; }

    public EventMember[] Members { get; }

    /// <summary>Coalitions with a common position: code → name and member indices.</summary>
    public Dictionary<string, (string Name, int[] Members)> Blocs { get; }

    public Dictionary<string, double> Package { get; }

    /// <summary>Per coalition, the issues whose shortfall counts against the package under its own stated conditions.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> BlocUnmet { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Per coalition, farmers' surplus change by commodity summed over its members' distinct regions (million USD).</summary>
    public Dictionary<string, Dictionary<CommodityId, (string Name, double Change)>> Losses { get; }

    public static EventData Build(RecordedEvent e, NegotiationSession session, NegotiationRecord record)
    {
        var package = record.Packages.Where(p => p.Event == e.Code).ToDictionary(p => p.Issue, p => p.Delivered, StringComparer.Ordinal);
        var members = DecisionFeatureBuilder.Build(session, record, package, e.Date);
        var setup = session.Setup;
        var index = members.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var codes = NegotiationDefaults.Coalitions
            .Concat(record.Positions.Select(p => p.Actor).Where(setup.Known.ContainsKey))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var blocs = new Dictionary<string, (string, int[])>(StringComparer.OrdinalIgnoreCase);
        var losses = new Dictionary<string, Dictionary<CommodityId, (string Name, double Change)>>(StringComparer.OrdinalIgnoreCase);
        var model = session.Model;
        foreach (var code in codes)
        {
            if (!setup.Known.TryGetValue(code, out var bloc))
            {
                continue;
            }

            var ids = bloc.Members.Where(index.ContainsKey).Select(m => index[m]).ToArray();
            blocs[code] = (bloc.Name, ids);
            var byCommodity = new Dictionary<CommodityId, (string Name, double Change)>();
            foreach (var r in ids.Select(i => members[i].Region).Where(r => r >= 0).Distinct())
            {
                for (var j = model.RegionCellStart[r]; j < model.RegionCellStart[r + 1]; j++)
                {
                    var k = model.RegionCells[j];
                    var change = session.Central.Parts[k].Producer - session.Alternative.Parts[k].Producer;
                    var (id, name) = model.Name(k);
                    byCommodity[id] = (name, byCommodity.GetValueOrDefault(id).Change + change);
                }
            }

            losses[code] = byCommodity;
        }

        return new EventData(e, members, blocs, package, losses)
        {
            BlocUnmet = blocs.Keys.ToDictionary(
                c => c,
                c =>
                {
                    var list = new List<string>();
                    DecisionFeatureBuilder.Link(record, package, e.Date, c, [], list);
                    return (IReadOnlyList<string>)list;
                },
                StringComparer.OrdinalIgnoreCase),
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
            Pivot(bloc.Members, kappa, x);
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

    /// <summary>
    /// The pivotal member's predictors: each term at the level reached by the share κ of the coalition's members most
    /// hurt by it (payoff terms over members with data; red line and link over all members).
    /// </summary>
    private void Pivot(int[] members, double kappa, double[] x)
    {
        x[0] = 1;
        Span<double> row = stackalloc double[Logit.Size];
        for (var k = 1; k < Logit.Size; k++)
        {
            var values = new List<double>(members.Length);
            foreach (var i in members)
            {
                var f = Members[i].Features;
                if (k <= 2 && !f.HasPayoff)
                {
                    continue;
                }

                f.Predictors(row);
                values.Add(row[k]);
            }

            if (values.Count == 0)
            {
                x[k] = 0;
                continue;
            }

            values.Sort((a, b) => b.CompareTo(a));
            var at = Math.Clamp((int)Math.Ceiling(kappa * values.Count) - 1, 0, values.Count - 1);
            x[k] = values[at];
        }
    }

    /// <summary>
    /// The prediction: every member's own index; each coalition objects when its pivotal member is dissatisfied; a
    /// member objects formally when one of its coalitions objects, or when it is dissatisfied and can block alone (its
    /// region holds at least the stated share of world farm trade, or a red line of its own fires); a member spoken
    /// for (EU member states) takes its representative's position. The draft passes when nobody objects.
    /// </summary>
    public EventPrediction Predict(DecisionCoefficients c, double blockShare)
    {
        var n = Members.Length;
        var z = new double[n];
        var dissatisfied = new bool[n];
        var alone = new bool[n];
        var final = new bool[n];
        Span<double> x = stackalloc double[Logit.Size];
        for (var i = 0; i < n; i++)
        {
            Members[i].Features.Predictors(x);
            z[i] = c.Index(x);
            dissatisfied[i] = z[i] > 0;
        }

        var blocObjects = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var blocIndex = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var inObjecting = new bool[n];
        foreach (var (code, bloc) in Blocs)
        {
            var zb = c.Index(Predictors(code, c.Discipline));
            blocIndex[code] = zb;
            blocObjects[code] = zb > 0;
            if (zb > 0)
            {
                foreach (var i in bloc.Members)
                {
                    inObjecting[i] = true;
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            var m = Members[i];
            alone[i] = dissatisfied[i] && !inObjecting[i] && (m.TradeShare >= blockShare || m.Features.RedLine > 0);
            final[i] = inObjecting[i] || alone[i];
        }

        for (var i = 0; i < n; i++)
        {
            if (Members[i].RepresentedBy is var r and >= 0)
            {
                final[i] = final[r];
                alone[i] = false;
            }
        }

        return new EventPrediction(!final.Any(f => f), final, dissatisfied, alone, z, blocObjects, blocIndex);
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

    public CoalitionReplay Replay(string code, EventPrediction p, DecisionCoefficients c)
    {
        _ = c;
        var (name, members) = Blocs[code];
        var losses = Losses[code].Where(l => l.Value.Change < 0).OrderBy(l => l.Value.Change).Take(3).Select(l => new CommodityLoss(l.Key, l.Value.Name, l.Value.Change)).ToArray();
        var redLines = members.SelectMany(i => Members[i].RedLines).GroupBy(h => h.Commodity)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal).Take(4).Select(g => new RedLineCount(g.Key, g.First().Name, g.Count())).ToArray();
        var unmet = BlocUnmet.GetValueOrDefault(code) ?? [];
        var farmers = members.Where(i => Members[i].Features.HasPayoff).Select(i => Members[i].Features.Farmers).Order().ToArray();
        var median = farmers.Length == 0 ? 0 : farmers[farmers.Length / 2];
        return new CoalitionReplay(code, name, p.BlocObjects.GetValueOrDefault(code), members.Length, members.Count(i => p.Dissatisfied[i]), losses, redLines, unmet, median);
    }
}
