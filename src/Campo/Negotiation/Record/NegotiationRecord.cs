using System.Globalization;
using Campo.Data.Csv;
using Campo.Errors;

namespace Campo.Negotiation.Record;

/// <summary>How a recorded WTO decision ended.</summary>
public enum RecordedVerdict
{
    /// <summary>Adopted by consensus.</summary>
    Adopted,

    /// <summary>Not agreed by its deadline.</summary>
    NotAgreed,

    /// <summary>The conference failed without a decision.</summary>
    Failed,

    /// <summary>The talks collapsed.</summary>
    Collapsed,
}

/// <summary>What an actor's recorded stance on an issue is.</summary>
public enum IssueStance
{
    /// <summary>It demands the item in the package.</summary>
    Demands,

    /// <summary>It opposes the item.</summary>
    Opposes,

    /// <summary>
    /// It demands the item as the condition of its own market-access commitments (a "gateway issue", as the G-33 put
    /// special products and the special safeguard): the demand counts only on a draft that cuts tariffs.
    /// </summary>
    Gateway,
}

/// <summary>One decision of the record.</summary>
/// <param name="Code">Its code (cancun-2003).</param>
/// <param name="Date">The day it was decided or failed.</param>
/// <param name="Scenario">The shipped draft that expresses it.</param>
/// <param name="Verdict">How it ended.</param>
/// <param name="Source">Where the outcome is recorded.</param>
public sealed record RecordedEvent(string Code, DateOnly Date, string Scenario, RecordedVerdict Verdict, string Source)
{
    /// <summary>True when it was adopted.</summary>
    public bool Passed => Verdict == RecordedVerdict.Adopted;
}

/// <summary>The recorded position of a coalition or of a member that spoke for itself.</summary>
/// <param name="Event">The event's code.</param>
/// <param name="Actor">A coalition code (G20) or a member code (USA).</param>
/// <param name="Position">Accept or object.</param>
/// <param name="Source">Where it is recorded.</param>
public sealed record RecordedPosition(string Event, string Actor, Position Position, string Source);

/// <summary>An issue of a package beyond the market numbers (issue linkage).</summary>
/// <param name="Code">Its code.</param>
/// <param name="Labels">Its name by language (en, es, fr, pt).</param>
/// <param name="Source">Where it is defined.</param>
public sealed record PackageIssue(string Code, IReadOnlyDictionary<string, string> Labels, string Source);

/// <summary>An actor's stated condition on an issue, valid between two dates.</summary>
/// <param name="Actor">Coalition or member code.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Stance">Demands or opposes.</param>
/// <param name="From">First day it holds, or null.</param>
/// <param name="Until">Last day it holds, or null.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record ActorStance(string Actor, string Issue, IssueStance Stance, DateOnly? From, DateOnly? Until, string Source)
{
    /// <summary>True when the stance holds on the date.</summary>
    public bool HoldsOn(DateOnly date) => (From is not { } f || f <= date) && (Until is not { } u || date <= u);
}

/// <summary>How far a decision's package delivers an issue, from 0 (not at all) to 1 (fully).</summary>
/// <param name="Event">The event's code.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Delivered">0 to 1.</param>
/// <param name="Source">Where the content is recorded.</param>
public sealed record PackageItem(string Event, string Issue, double Delivered, string Source);

/// <summary>
/// When a coalition formed: its first recorded joint position. A coalition acts as a bloc (its pivotal member speaks
/// for its members, it can give them cover) only at events on or after that day.
/// </summary>
/// <param name="Coalition">The coalition's code.</param>
/// <param name="Formed">The day of its first recorded joint position.</param>
/// <param name="Source">Where that position is recorded.</param>
public sealed record CoalitionFormation(string Coalition, DateOnly Formed, string Source);

/// <summary>A stated setting of the decision model, with its source.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Source">Its source, or the assumption in words.</param>
public sealed record ModelSetting(string Name, double Value, string Source);

/// <summary>
/// The record of WTO agricultural decisions (data/negotiation/*.csv, embedded in the library): the events and how they
/// ended, the recorded positions of coalitions and of members that spoke for themselves, the package issues, the
/// actors' stated conditions on them, what each package delivered, and the model's stated settings. Every row carries
/// its source; a row without one is refused.
/// </summary>
public sealed class NegotiationRecord
{
    /// <summary>The file names of the record.</summary>
    public static IReadOnlyList<string> Files { get; } = ["events.csv", "formation.csv", "positions.csv", "issues.csv", "stances.csv", "packages.csv", "model.csv"];

    /// <summary>The stated settings and their allowed ranges.</summary>
    public static IReadOnlyDictionary<string, (double Low, double High)> SettingRanges { get; } = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["salient_output_share"] = (0, 1),
        ["price_fall"] = (0, 1),
        ["import_surge"] = (0, 10),
        ["surge_floor"] = (0, 1),
        ["block_alone_trade_share"] = (0, 1),
        ["prior_sd"] = (0.1, 100),
        ["discipline_prior_shape"] = (1, 100),
    };

    private const string Prefix = "Campo.Negotiation.Record.";

    private static readonly Lazy<NegotiationRecord.Raw> Embedded = new(() => ReadRaw(file => new StreamReader(typeof(NegotiationRecord).Assembly.GetManifestResourceStream(Prefix + file)!), file => "data/negotiation/" + file));

    private NegotiationRecord(Raw raw)
    {
        Events = raw.Events;
        Positions = raw.Positions;
        Issues = raw.Issues;
        Stances = raw.Stances;
        Packages = raw.Packages;
        Settings = raw.Settings;
        Formations = raw.Formations;
    }

    /// <summary>The events, in date order.</summary>
    public IReadOnlyList<RecordedEvent> Events { get; }

    /// <summary>Recorded positions.</summary>
    public IReadOnlyList<RecordedPosition> Positions { get; }

    /// <summary>Package issues by code.</summary>
    public IReadOnlyDictionary<string, PackageIssue> Issues { get; }

    /// <summary>Actors' stated conditions.</summary>
    public IReadOnlyList<ActorStance> Stances { get; }

    /// <summary>What each package delivered.</summary>
    public IReadOnlyList<PackageItem> Packages { get; }

    /// <summary>The model's stated settings by name.</summary>
    public IReadOnlyDictionary<string, ModelSetting> Settings { get; }

    /// <summary>Each coalition's formation (its first recorded joint position), by code.</summary>
    public IReadOnlyDictionary<string, CoalitionFormation> Formations { get; }

    /// <summary>
    /// True when the coalition acts as a bloc on the date: it had formed by then (formation.csv), or the record states no
    /// formation for it.
    /// </summary>
    public bool HasFormed(string coalition, DateOnly date) => !Formations.TryGetValue(coalition, out var f) || f.Formed <= date;

    /// <summary>A stated setting's value.</summary>
    public double Setting(string name) => Settings[name].Value;

    /// <summary>The record shipped with Campo, checked against the coalitions and members the caller knows.</summary>
    /// <param name="isActor">True for a known coalition code or member code.</param>
    /// <exception cref="CampoException">A row names an unknown actor.</exception>
    public static NegotiationRecord Shipped(Func<string, bool> isActor) => Check(Embedded.Value, isActor, "data/negotiation/");

    /// <summary>Reads a record from text readers (for a user's folder or tests).</summary>
    /// <param name="open">Opens a file of <see cref="Files"/>.</param>
    /// <param name="name">The name of a file in messages.</param>
    /// <param name="isActor">True for a known coalition code or member code.</param>
    /// <exception cref="CampoException">A row without a source, an unknown event, issue or actor, a value out of range; the message names file, line and field.</exception>
    public static NegotiationRecord Read(Func<string, TextReader> open, Func<string, string> name, Func<string, bool> isActor)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(isActor);
        return Check(ReadRaw(open, name), isActor, string.Empty);
    }

    private static NegotiationRecord Check(Raw raw, Func<string, bool> isActor, string folder)
    {
        foreach (var (actor, location) in raw.Actors)
        {
            if (!isActor(actor))
            {
                throw new CampoException(
                    "unknown coalition or member \"" + actor + "\"",
                    "a coalition code the dataset knows (G20, G33, G90, C4, CAIRNS, ...) or a WTO member's three-letter code",
                    location);
            }
        }

        _ = folder;
        return new NegotiationRecord(raw);
    }

    private static Raw ReadRaw(Func<string, TextReader> open, Func<string, string> name)
    {
        CsvTable Table(string file, params string[] columns)
        {
            using var reader = open(file);
            return CsvTable.Read(reader, name(file), columns);
        }

        var actors = new List<(string, SourceLocation)>();
        var events = new Dictionary<string, RecordedEvent>(StringComparer.Ordinal);
        var table = Table("events.csv", "event", "date", "scenario", "verdict", "source");
        foreach (var r in table.Records)
        {
            var code = table.Required(r, "event");
            var verdict = table.Required(r, "verdict") switch
            {
                "adopted" => RecordedVerdict.Adopted,
                "not-agreed" => RecordedVerdict.NotAgreed,
                "failed" => RecordedVerdict.Failed,
                "collapsed" => RecordedVerdict.Collapsed,
                var other => throw new CampoException("'" + other + "' is not a verdict", "adopted, not-agreed, failed or collapsed", table.Where(r, "verdict")),
            };
            var date = table.OptionalDate(r, "date") ?? throw new CampoException("the field is empty", "a date written yyyy-MM-dd", table.Where(r, "date"));
            if (!events.TryAdd(code, new RecordedEvent(code, date, table.Required(r, "scenario"), verdict, Source(table, r))))
            {
                throw new CampoException("event \"" + code + "\" is listed twice", "one row per event", table.Where(r, "event"));
            }
        }

        var formations = new Dictionary<string, CoalitionFormation>(StringComparer.OrdinalIgnoreCase);
        table = Table("formation.csv", "coalition", "formed", "source");
        foreach (var r in table.Records)
        {
            var code = table.Required(r, "coalition");
            actors.Add((code, table.Where(r, "coalition")));
            var formed = table.OptionalDate(r, "formed") ?? throw new CampoException("the field is empty", "the day of the coalition's first recorded joint position, written yyyy-MM-dd", table.Where(r, "formed"));
            if (!formations.TryAdd(code, new CoalitionFormation(code, formed, Source(table, r))))
            {
                throw new CampoException("coalition \"" + code + "\" is listed twice", "one row per coalition", table.Where(r, "coalition"));
            }
        }

        var positions = new List<RecordedPosition>();
        table = Table("positions.csv", "event", "actor", "position", "source");
        foreach (var r in table.Records)
        {
            var e = Event(table, r, events);
            var actor = table.Required(r, "actor");
            actors.Add((actor, table.Where(r, "actor")));
            var position = table.Required(r, "position") switch
            {
                "accept" => Position.Accept,
                "object" => Position.Object,
                var other => throw new CampoException("'" + other + "' is not a position", "accept or object", table.Where(r, "position")),
            };
            if (positions.Any(p => p.Event == e && p.Actor == actor))
            {
                throw new CampoException(actor + " has two positions at " + e, "one row per event and actor", table.Where(r, "actor"));
            }

            if (formations.TryGetValue(actor, out var formation) && events[e].Date < formation.Formed)
            {
                throw new CampoException(
                    string.Create(CultureInfo.InvariantCulture, $"{actor} has a position at {e} ({events[e].Date:yyyy-MM-dd}), before it formed on {formation.Formed:yyyy-MM-dd}"),
                    "the position of a coalition at an event after its formation (formation.csv), or its members' own positions",
                    table.Where(r, "actor"));
            }

            positions.Add(new RecordedPosition(e, actor, position, Source(table, r)));
        }

        var issues = new Dictionary<string, PackageIssue>(StringComparer.Ordinal);
        table = Table("issues.csv", "issue", "label_en", "label_es", "label_fr", "label_pt", "source");
        foreach (var r in table.Records)
        {
            var code = table.Required(r, "issue");
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var lang in new[] { "en", "es", "fr", "pt" })
            {
                labels[lang] = table.Required(r, "label_" + lang);
            }

            issues[code] = new PackageIssue(code, labels, Source(table, r));
        }

        var stances = new List<ActorStance>();
        table = Table("stances.csv", "actor", "issue", "stance", "from", "until", "source");
        foreach (var r in table.Records)
        {
            var actor = table.Required(r, "actor");
            actors.Add((actor, table.Where(r, "actor")));
            var stance = table.Required(r, "stance") switch
            {
                "demands" => IssueStance.Demands,
                "opposes" => IssueStance.Opposes,
                "gateway" => IssueStance.Gateway,
                var other => throw new CampoException("'" + other + "' is not a stance", "demands, gateway (a demand that counts only on a draft that cuts tariffs) or opposes", table.Where(r, "stance")),
            };
            stances.Add(new ActorStance(actor, Issue(table, r, issues), stance, table.OptionalDate(r, "from"), table.OptionalDate(r, "until"), Source(table, r)));
        }

        var packages = new List<PackageItem>();
        table = Table("packages.csv", "event", "issue", "delivered", "source");
        foreach (var r in table.Records)
        {
            var e = Event(table, r, events);
            var issue = Issue(table, r, issues);
            var delivered = table.Number(r, "delivered", "share of the issue delivered");
            if (delivered is < 0 or > 1)
            {
                throw new CampoException(string.Create(CultureInfo.InvariantCulture, $"share delivered {delivered} is outside its range"), "a number from 0 (not delivered) to 1 (fully delivered)", table.Where(r, "delivered"));
            }

            packages.Add(new PackageItem(e, issue, delivered, Source(table, r)));
        }

        var settings = new Dictionary<string, ModelSetting>(StringComparer.Ordinal);
        table = Table("model.csv", "parameter", "value", "source");
        foreach (var r in table.Records)
        {
            var key = table.Required(r, "parameter");
            if (!SettingRanges.TryGetValue(key, out var range))
            {
                throw new CampoException("unknown model parameter \"" + key + "\"", Suggestions.DidYouMean(key, SettingRanges.Keys, "one of " + string.Join(", ", SettingRanges.Keys)), table.Where(r, "parameter"));
            }

            var value = table.Number(r, "value", key);
            if (value < range.Low || value > range.High)
            {
                throw new CampoException(string.Create(CultureInfo.InvariantCulture, $"{key} = {value} is outside its range"), string.Create(CultureInfo.InvariantCulture, $"a number from {range.Low} to {range.High}"), table.Where(r, "value"));
            }

            settings[key] = new ModelSetting(key, value, Source(table, r));
        }

        foreach (var key in SettingRanges.Keys.Where(k => !settings.ContainsKey(k)))
        {
            throw new CampoException("model parameter \"" + key + "\" is missing", "a row for every parameter: " + string.Join(", ", SettingRanges.Keys), new SourceLocation(name("model.csv"), Field: "parameter"));
        }

        return new Raw([.. events.Values.OrderBy(e => e.Date)], positions, issues, stances, packages, settings, actors, formations);
    }

    private static string Source(CsvTable table, CsvRecord r)
    {
        var source = table.Text(r, "source").Trim();
        return source.Length > 0 ? source : throw new CampoException("the row has no source", "the document, page or address the fact comes from (every row of the record is cited)", table.Where(r, "source"));
    }

    private static string Event(CsvTable table, CsvRecord r, Dictionary<string, RecordedEvent> events)
    {
        var e = table.Required(r, "event");
        return events.ContainsKey(e) ? e : throw new CampoException("unknown event \"" + e + "\"", Suggestions.DidYouMean(e, events.Keys, "an event of events.csv"), table.Where(r, "event"));
    }

    private static string Issue(CsvTable table, CsvRecord r, Dictionary<string, PackageIssue> issues)
    {
        var i = table.Required(r, "issue");
        return issues.ContainsKey(i) ? i : throw new CampoException("unknown issue \"" + i + "\"", Suggestions.DidYouMean(i, issues.Keys, "an issue of issues.csv"), table.Where(r, "issue"));
    }

    private sealed record Raw(
        IReadOnlyList<RecordedEvent> Events,
        IReadOnlyList<RecordedPosition> Positions,
        IReadOnlyDictionary<string, PackageIssue> Issues,
        IReadOnlyList<ActorStance> Stances,
        IReadOnlyList<PackageItem> Packages,
        IReadOnlyDictionary<string, ModelSetting> Settings,
        IReadOnlyList<(string Actor, SourceLocation Location)> Actors,
        IReadOnlyDictionary<string, CoalitionFormation> Formations);
}
