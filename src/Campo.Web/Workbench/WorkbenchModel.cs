using System.Collections.Concurrent;
using System.Globalization;
using Campo.Composition;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Scenarios;
using Campo.Web.Drafts;
using Campo.Web.Runs;

namespace Campo.Web.Workbench;

/// <summary>What the workbench was asked: a shipped draft, a member in focus, and the knobs the user changed.</summary>
/// <param name="Draft">The shipped draft's name (cancun-2003, ...).</param>
/// <param name="Member">The member in focus, or null.</param>
/// <param name="Knobs">Every knob field sent (path → text as typed), changed or not.</param>
public sealed record WorkbenchQuery(string Draft, MemberId? Member, IReadOnlyDictionary<string, string> Knobs)
{
    /// <summary>The query-string prefix of a knob's field: <c>k.market_access.developed.swiss_coefficient=16</c>.</summary>
    public const string KnobPrefix = "k.";

    /// <summary>The draft the page opens with.</summary>
    public const string DefaultDraft = "cancun-2003";

    /// <summary>Reads the query string: <c>draft</c>, <c>member</c> and the <c>k.</c> fields.</summary>
    public static WorkbenchQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var draft = query["draft"].ToString().Trim();
        var member = query["member"].ToString().Trim().ToUpperInvariant();
        var knobs = query.Where(q => q.Key.StartsWith(KnobPrefix, StringComparison.Ordinal) && q.Key.Length > KnobPrefix.Length)
            .ToDictionary(q => q.Key[KnobPrefix.Length..], q => q.Value.ToString().Trim(), StringComparer.Ordinal);
        return new WorkbenchQuery(
            draft.Length == 0 ? DefaultDraft : draft,
            member.Length > 0 && MemberId.TryParse(member, out var id) ? id : null,
            knobs);
    }
}

/// <summary>One knob of the page: a number of the draft, its value as tabled and as edited, where it comes from and what the reader accepts.</summary>
/// <param name="Parameter">The number as the tabled draft sets it (path, value, provenance, range).</param>
/// <param name="Value">The value on the page (the edited one, or the tabled one).</param>
/// <param name="Typed">The text as typed when it is not a number, else null.</param>
/// <param name="Refusal">Why the value was refused, or null.</param>
public sealed record Knob(ParameterRecord Parameter, double Value, string? Typed, KnobRefusal? Refusal)
{
    /// <summary>True when the page's value differs from the tabled draft's.</summary>
    public bool Changed => Typed is null && Value != Parameter.Value;

    /// <summary>The value written invariantly, as the form and the link carry it.</summary>
    public string Text => Typed ?? Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>One choice of the page: a choice of the draft among named values (formula, placement, designation), as tabled and as edited.</summary>
/// <param name="Choice">The choice as the tabled draft makes it (path, name, the names allowed, where it is written).</param>
/// <param name="Value">The name on the page (the edited one, or the tabled one).</param>
/// <param name="Refusal">Why the name was refused, or null.</param>
public sealed record ChoiceKnob(ChoiceRecord Choice, string Value, KnobRefusal? Refusal)
{
    /// <summary>True when the page's name differs from the tabled draft's.</summary>
    public bool Changed => !string.Equals(Value, Choice.Value, StringComparison.Ordinal);
}

/// <summary>Why a knob's value was refused; the page says it in the reader's language.</summary>
public enum KnobProblem
{
    /// <summary>The text typed is not a number.</summary>
    NotANumber,

    /// <summary>The number is outside the range the scenario reader accepts for the key (or not whole where it must be).</summary>
    OutOfRange,

    /// <summary>The scenario reader refused the draft with the value (its message says why).</summary>
    RefusedByReader,

    /// <summary>The name is not one of the names the scenario reader accepts for the choice.</summary>
    NotAChoice,
}

/// <summary>A refused knob value.</summary>
/// <param name="Problem">What kind of refusal.</param>
/// <param name="ReaderMessage">The reader's message, for <see cref="KnobProblem.RefusedByReader"/>.</param>
public sealed record KnobRefusal(KnobProblem Problem, string? ReaderMessage = null);

/// <summary>The workbench's answer: the knobs, and the tabled and edited drafts evaluated (central case and verdict).</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Title">The draft's title.</param>
/// <param name="Knobs">Every knob, in the file's order.</param>
/// <param name="Tabled">The draft as tabled, evaluated.</param>
/// <param name="Edited">The draft with the changed knobs, evaluated; the tabled one when nothing changed or a knob was refused.</param>
/// <param name="ScenarioText">The edited draft as a scenario file.</param>
/// <param name="Seconds">How long the edited draft took to evaluate.</param>
public sealed record WorkbenchState(WorkbenchQuery Query, string Title, IReadOnlyList<Knob> Knobs, DraftEvaluation Tabled, DraftEvaluation Edited, string ScenarioText, double Seconds)
{
    /// <summary>Every choice among named values the draft makes, in the file's order.</summary>
    public IReadOnlyList<ChoiceKnob> Choices { get; init; } = [];

    /// <summary>The draft as edited (the tabled one when nothing changed or a knob was refused).</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The keys of the draft left out because a changed formula does not read them (their knobs then have no effect).</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>The knobs whose value differs from the tabled draft.</summary>
    public IEnumerable<Knob> Changes => Knobs.Where(k => k.Changed);

    /// <summary>The choices whose name differs from the tabled draft.</summary>
    public IEnumerable<ChoiceKnob> ChangedChoices => Choices.Where(c => c.Changed);

    /// <summary>The changes as <c>--set</c> assignments (numbers, then choices), as <c>campo run --set</c> takes them.</summary>
    public IReadOnlyList<string> Assignments => Changes.Select(k => k.Parameter.Path + "=" + k.Text).Concat(ChangedChoices.Select(c => c.Choice.Path + "=" + c.Value)).ToList();

    /// <summary>True when a knob or a choice was refused (the results shown are then the tabled draft's).</summary>
    public bool HasErrors => Knobs.Any(k => k.Refusal is not null) || Choices.Any(c => c.Refusal is not null);
}

/// <summary>
/// The workbench's computation: reads the shipped draft, applies the changed knobs as <c>--set</c> overrides do (the
/// scenario reader checks each against its range), and evaluates the central case with the verdict (no draws: the
/// answer a person waits for; the bands go through the run queue). The tabled draft's evaluation is kept per draft
/// and member, so that a knob change costs one evaluation.
/// </summary>
public static class WorkbenchModel
{
    private const int KeptTabled = 64;

    /// <summary>The most keys a changed formula may leave out (a blended formula's shares and cuts).</summary>
    private const int MaxLeftOut = 12;

    private static readonly ConcurrentDictionary<(string Draft, MemberId? Member), DraftEvaluation> TabledCache = new();

    /// <summary>Evaluates what the query asks.</summary>
    /// <exception cref="CampoException">The draft is not a shipped one, or the member is unknown.</exception>
    public static WorkbenchState Build(WorkbenchQuery query, ShippedDrafts drafts, Dataset dataset, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(dataset);
        var text = drafts.Text(query.Draft) ?? throw RunValidation.NoSuchDraft(query.Draft, drafts, "draft");
        if (query.Member is { } member && (dataset.FindMember(member) is not { Region: not null } && dataset.FindRegion(member) is null))
        {
            throw RunValidation.UnknownMember(member);
        }

        var file = "scenarios/" + query.Draft + ".toml";
        var tabled = ScenarioReader.Read(text, file);
        var knobs = Knobs(tabled, query);
        var choices = Choices(tabled, query);
        var context = EvaluationContext.For(dataset);
        var tabledResult = TabledCache.GetOrAdd((query.Draft, query.Member), _ => Evaluate(tabled, context, query.Member, drafts, cancellation));
        if (TabledCache.Count > KeptTabled)
        {
            TabledCache.Clear();
        }

        var changes = knobs.Where(k => k.Changed).ToList();
        var changedChoices = choices.Where(c => c.Changed).ToList();
        var asTabled = new WorkbenchState(query, tabled.Title, knobs, tabledResult, tabledResult, text, 0) { Choices = choices, Scenario = tabled };
        if ((changes.Count == 0 && changedChoices.Count == 0) || asTabled.HasErrors)
        {
            return asTabled;
        }

        Scenario edited;
        var read = text;
        var leftOut = new List<string>();
        while (true)
        {
            try
            {
                edited = ScenarioReader.Read(read, file, asTabled.Assignments);
                break;
            }
            catch (CampoException refused) when (ScenarioEdit.LeaveOut(read, file, refused, changedChoices, asTabled.Assignments) is { } without && leftOut.Count < MaxLeftOut)
            {
                // A formula changed and the draft writes a key the new formula does not read: the key is left out.
                leftOut.Add(refused.Location!.Field!);
                read = without;
            }
            catch (CampoException refused)
            {
                // The reader names the key it refused; the knob or choice shows the reason. A key that is neither (a key
                // the new formula needs) is told at every changed control.
                var path = refused.Location?.Field;
                var named = path is not null && (changes.Any(k => k.Parameter.Path == path) || changedChoices.Any(c => c.Choice.Path == path));
                var refusal = new KnobRefusal(KnobProblem.RefusedByReader, Reason(refused));
                var refusedKnobs = knobs.Select(k => k.Changed && (!named || k.Parameter.Path == path) ? k with { Refusal = refusal } : k).ToList();
                var refusedChoices = choices.Select(c => c.Changed && (!named || c.Choice.Path == path) ? c with { Refusal = refusal } : c).ToList();
                return asTabled with { Knobs = refusedKnobs, Choices = refusedChoices };
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var editedResult = Evaluate(edited, context, query.Member, drafts, cancellation);
        var seconds = clock.Elapsed.TotalSeconds;
        return new WorkbenchState(query, tabled.Title, knobs, tabledResult, editedResult, ScenarioEdit.Apply(read, file, changes, changedChoices), seconds) { Choices = choices, Scenario = edited, LeftOut = leftOut };
    }

    /// <summary>The choices: every choice among named values the tabled draft makes (last reading of a key wins), with the query's name.</summary>
    private static List<ChoiceKnob> Choices(Scenario tabled, WorkbenchQuery query) => tabled.Choices
        .Where(c => c.Location.Line is not null && c.Path != "kind")
        .GroupBy(c => c.Path, StringComparer.Ordinal)
        .Select(g => g.Last())
        .OrderBy(c => c.Location.Line)
        .Select(c => !query.Knobs.TryGetValue(c.Path, out var typed) || typed.Length == 0
            ? new ChoiceKnob(c, c.Value, null)
            : new ChoiceKnob(c, typed, c.Allowed.Contains(typed, StringComparer.Ordinal) ? null : new KnobRefusal(KnobProblem.NotAChoice)))
        .ToList();

    /// <summary>The knobs: every number the tabled draft sets (last reading of a key wins), with the query's value.</summary>
    private static List<Knob> Knobs(Scenario tabled, WorkbenchQuery query)
    {
        var parameters = tabled.Parameters
            .Where(p => p.Location.Line is not null)
            .GroupBy(p => p.Path, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(p => p.Location.Line)
            .ToList();
        return parameters.Select(p =>
        {
            if (!query.Knobs.TryGetValue(p.Path, out var typed) || typed.Length == 0)
            {
                return new Knob(p, p.Value, null, null);
            }

            if (!double.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                return new Knob(p, p.Value, typed, new KnobRefusal(KnobProblem.NotANumber));
            }

            if (p.Range is { } range && (value < range.Min || value > range.Max || (range.WholeNumbers && value != Math.Floor(value))))
            {
                return new Knob(p, value, null, new KnobRefusal(KnobProblem.OutOfRange));
            }

            return new Knob(p, value, null, null);
        }).ToList();
    }

    private static string Reason(CampoException refused) =>
        refused.Expected is { Length: > 0 } expected ? refused.Problem + "; " + expected : refused.Problem;

    private static DraftEvaluation Evaluate(Scenario scenario, EvaluationContext context, MemberId? member, ShippedDrafts drafts, CancellationToken cancellation) =>
        DraftRuns.Evaluate(scenario, context, new EvaluationOptions { Draws = 0, Focus = member, MaxDegreeOfParallelism = 1 }, verdictDraws: 0, drafts, cancellation);
}
