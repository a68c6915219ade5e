using System.Globalization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Scenarios.Toml;

/// <summary>
/// A TOML table read with its locations, and the typed accessors section readers use. Each accessor marks
/// its key as read; <see cref="EnsureAllKeysRead"/> then rejects any key nobody asked for, naming the
/// closest allowed key, so that a misspelt parameter never silently falls back to a default.
/// </summary>
public sealed class TomlTable : TomlNode
{
    private readonly Dictionary<string, TomlNode> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _keyLocations = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allowed = new(StringComparer.Ordinal);

    internal TomlTable(string path, SourceLocation location, ParameterLog log)
        : base(path, location) => Log = log;

    /// <summary>The numbers read from this file so far, with their provenance.</summary>
    public ParameterLog Log { get; }

    /// <inheritdoc />
    public override string KindName => Messages.Text(Messages.Toml_KindTable);

    /// <summary>The keys in file order.</summary>
    public IReadOnlyList<string> Keys => _order;

    /// <summary>True when the table has the key.</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The node under a key, or null; marks the key as read.</summary>
    public TomlNode? Find(string key)
    {
        _allowed.Add(key);
        if (_entries.TryGetValue(key, out var node))
        {
            _read.Add(key);
            return node;
        }

        return null;
    }

    /// <summary>Declares a key as allowed without reading it (for keys read by another reader later).</summary>
    public void Allow(params string[] keys)
    {
        foreach (var key in keys)
        {
            _allowed.Add(key);
        }
    }

    /// <summary>The location of a key's value, or of the table when the key is absent.</summary>
    public SourceLocation LocationOf(string key) =>
        (_entries.TryGetValue(key, out var node) ? node.Location : Location) with { Field = Qualify(key) };

    /// <summary>An error about a key of this table.</summary>
    public CampoException ErrorAt(string key, string problem, string? expected = null) =>
        new(problem, expected, LocationOf(key));

    /// <summary>A required sub-table.</summary>
    /// <exception cref="CampoException">Missing, or not a table.</exception>
    public TomlTable Table(string key) => OptionalTable(key) ?? throw Missing(key, Messages.Fill(Messages.Toml_ATable, Qualify(key)));

    /// <summary>An optional sub-table, or null when absent.</summary>
    /// <exception cref="CampoException">Present but not a table.</exception>
    public TomlTable? OptionalTable(string key) => Find(key) switch
    {
        null => null,
        TomlTable table => table,
        var other => throw WrongType(other, Messages.Fill(Messages.Toml_ATable, Qualify(key))),
    };

    /// <summary>An array of tables (<c>[[key]]</c>, or an array of inline tables); empty when absent.</summary>
    /// <exception cref="CampoException">Present but not a list of tables.</exception>
    public IReadOnlyList<TomlTable> Tables(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case TomlArray array:
                var tables = new List<TomlTable>(array.Items.Count);
                foreach (var item in array.Items)
                {
                    tables.Add(item as TomlTable ?? throw WrongType(item, Messages.Fill(Messages.Toml_ATableInList, Qualify(key))));
                }

                return tables;
            case var other:
                throw WrongType(other, Messages.Fill(Messages.Toml_AListOfTables, Qualify(key)));
        }
    }

    /// <summary>A required number (integer or float).</summary>
    /// <exception cref="CampoException">Missing or not a number.</exception>
    public double Number(string key) => OptionalNumber(key) ?? throw Missing(key, Messages.Text(Messages.Toml_ANumber));

    /// <summary>A required number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="CampoException">Missing, not a number, or out of range.</exception>
    public double Number(string key, double min, double max, string unit = "") =>
        OptionalNumber(key, min, max, unit) ?? throw Missing(key, RangeText(min, max, unit));

    /// <summary>An optional number, or null.</summary>
    /// <exception cref="CampoException">Present but not a number.</exception>
    public double? OptionalNumber(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        var (value, provenance, location) = node switch
        {
            TomlScalar { Value: long l } => (l, DefaultProvenance(), node.Location),
            TomlScalar { Value: double d } when double.IsFinite(d) => (d, DefaultProvenance(), node.Location),
            TomlTable annotated when annotated.Has("value") => ReadAnnotated(annotated),
            _ => throw WrongType(node, Messages.Text(Messages.Toml_ANumberOrAnnotated)),
        };
        Log.Add(new ParameterRecord(Qualify(key), value, provenance, location with { Field = Qualify(key) }));
        return value;
    }

    /// <summary>An optional number within [<paramref name="min"/>, <paramref name="max"/>], or null.</summary>
    /// <exception cref="CampoException">Present but not a number or out of range.</exception>
    public double? OptionalNumber(string key, double min, double max, string unit = "")
    {
        var value = OptionalNumber(key);
        if (value is not null)
        {
            Log.State(Qualify(key), new ParameterRange(min, max, unit, WholeNumbers: false));
        }

        if (value is { } v && (v < min || v > max))
        {
            throw ErrorAt(key, Messages.Fill(Messages.Toml_OutOfRange, Messages.Number(v), unit), Messages.Expected(RangeText(min, max, unit)));
        }

        return value;
    }

    /// <summary>A required whole number within a range.</summary>
    /// <exception cref="CampoException">Missing, fractional or out of range.</exception>
    public int Integer(string key, int min, int max) => OptionalInteger(key, min, max) ?? throw Missing(key, WholeRangeText(min, max));

    /// <summary>An optional whole number within a range, or null.</summary>
    /// <exception cref="CampoException">Present but fractional or out of range.</exception>
    public int? OptionalInteger(string key, int min, int max)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        long l;
        if (node is TomlScalar { Value: long plain })
        {
            l = plain;
        }
        else if (node is TomlTable annotated && annotated.Has("value"))
        {
            // The annotated form { value = 2013, source = "...", status = "..." }, also what --set writes.
            var (value, provenance, location) = ReadAnnotated(annotated);
            if (value != Math.Floor(value))
            {
                throw WrongType(annotated.Find("value")!, Messages.Text(Messages.Toml_AWholeNumber));
            }

            l = (long)value;
            Log.Add(new ParameterRecord(Qualify(key), value, provenance, location with { Field = Qualify(key) }, new ParameterRange(min, max, string.Empty, WholeNumbers: true)));
        }
        else
        {
            throw WrongType(node, Messages.Text(Messages.Toml_AWholeNumberOrAnnotated));
        }

        if (l < min || l > max)
        {
            throw ErrorAt(key, Messages.Fill(Messages.Toml_OutOfRange, Messages.Number(l), string.Empty), Messages.Expected(WholeRangeText(min, max)));
        }

        return (int)l;
    }

    /// <summary>A required rate written in percent (<c>cut = 36</c> is 36%), at least 0 and at most <paramref name="maxPercent"/>.</summary>
    /// <exception cref="CampoException">Missing, not a number, negative or above the maximum.</exception>
    public Rate Percent(string key, double maxPercent = 10_000) =>
        OptionalPercent(key, maxPercent) ?? throw Missing(key, Messages.Text(Messages.Toml_APercentage));

    /// <summary>An optional rate written in percent, or null.</summary>
    /// <exception cref="CampoException">Present but not a number, negative or above the maximum.</exception>
    public Rate? OptionalPercent(string key, double maxPercent = 10_000)
    {
        var value = OptionalNumber(key);
        if (value is not { } v)
        {
            return null;
        }

        if (v < 0)
        {
            throw ErrorAt(key, Messages.Fill(Messages.Toml_NegativeRate, Messages.Number(v)), Messages.Text(Messages.Toml_PercentAtLeastZero));
        }

        if (v > maxPercent)
        {
            throw ErrorAt(key, Messages.Fill(Messages.Toml_RateAboveMaximum, Messages.Number(v)), Messages.Fill(Messages.Toml_AtMostPercent, Messages.Number(maxPercent)));
        }

        return Rate.FromPercent(v);
    }

    /// <summary>A required string.</summary>
    /// <exception cref="CampoException">Missing, empty or not a string.</exception>
    public string Text(string key) => OptionalText(key) ?? throw Missing(key, Messages.Text(Messages.Toml_AText));

    /// <summary>An optional string, or null.</summary>
    /// <exception cref="CampoException">Present but empty or not a string.</exception>
    public string? OptionalText(string key) => Find(key) switch
    {
        null => null,
        TomlScalar { Value: string s } when s.Trim().Length > 0 => s,
        TomlScalar { Value: string } s => throw s.Error(Messages.Text(Messages.Toml_EmptyText), Messages.Text(Messages.Toml_EmptyTextFix)),
        var other => throw WrongType(other, Messages.Text(Messages.Toml_AText)),
    };

    /// <summary>An optional boolean, or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="CampoException">Present but not true or false.</exception>
    public bool Flag(string key, bool fallback) => Find(key) switch
    {
        null => fallback,
        TomlScalar { Value: bool b } => b,
        var other => throw WrongType(other, Messages.Text(Messages.Toml_TrueOrFalse)),
    };

    /// <summary>An optional date (<c>2003-09-14</c>), or null.</summary>
    /// <exception cref="CampoException">Present but not a date.</exception>
    public DateOnly? OptionalDate(string key) => Find(key) switch
    {
        null => null,
        TomlScalar { Value: DateOnly d } => d,
        TomlScalar { Value: DateTimeOffset d } => DateOnly.FromDateTime(d.DateTime),
        TomlScalar { Value: string s } when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        var other => throw WrongType(other, Messages.Text(Messages.Toml_ADate)),
    };

    /// <summary>A required list of numbers (may be empty).</summary>
    /// <exception cref="CampoException">Missing, or an item is not a number.</exception>
    public IReadOnlyList<double> Numbers(string key) => OptionalNumbers(key) ?? throw Missing(key, Messages.Text(Messages.Toml_AListOfNumbers));

    /// <summary>An optional list of numbers, or null.</summary>
    /// <exception cref="CampoException">Present but not a list of numbers.</exception>
    public IReadOnlyList<double>? OptionalNumbers(string key)
    {
        var items = ScalarItems(key, Messages.Text(Messages.Toml_AListOfNumbers));
        return items?.Select(item => item switch
        {
            TomlScalar { Value: long l } => l,
            TomlScalar { Value: double d } when double.IsFinite(d) => d,
            _ => throw WrongType(item, Messages.Fill(Messages.Toml_ANumberInList, Qualify(key))),
        }).ToArray();
    }

    /// <summary>An optional list of strings, or null.</summary>
    /// <exception cref="CampoException">Present but not a list of strings.</exception>
    public IReadOnlyList<string>? OptionalTexts(string key)
    {
        var items = ScalarItems(key, Messages.Text(Messages.Toml_AListOfTexts));
        return items?.Select(item => item is TomlScalar { Value: string s } ? s : throw WrongType(item, Messages.Fill(Messages.Toml_ATextInList, Qualify(key)))).ToArray();
    }

    /// <summary>A required choice among named values (case-sensitive, as written in the schema).</summary>
    /// <exception cref="CampoException">Missing, or not one of the allowed names.</exception>
    public T Choice<T>(string key, IReadOnlyDictionary<string, T> allowed) =>
        OptionalChoice(key, allowed) is { } found ? found.Value : throw Missing(key, Messages.Fill(Messages.Common_OneOf, Quoted(allowed.Keys)));

    /// <summary>An optional choice among named values, or null.</summary>
    /// <exception cref="CampoException">Present but not one of the allowed names.</exception>
    public Chosen<T>? OptionalChoice<T>(string key, IReadOnlyDictionary<string, T> allowed) => ReadChoice(key, allowed, record: true);

    /// <summary>Reads a choice; <paramref name="record"/> logs it among the file's choices (not a value's status annotation).</summary>
    private Chosen<T>? ReadChoice<T>(string key, IReadOnlyDictionary<string, T> allowed, bool record)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        if (allowed.TryGetValue(text, out var value))
        {
            if (record)
            {
                Log.Add(new ChoiceRecord(Qualify(key), text, allowed.Keys.ToArray(), LocationOf(key)));
            }

            return new Chosen<T>(value);
        }

        var suggestion = Suggestions.Closest(text, allowed.Keys);
        throw ErrorAt(
            key,
            Messages.WithSuggestion(Messages.Fill(Messages.Toml_UnknownValue, text), suggestion),
            Messages.Expected(Messages.Fill(Messages.Common_OneOf, Quoted(allowed.Keys))));
    }

    /// <summary>
    /// Rejects keys that no accessor read and that were not declared with <see cref="Allow"/>: the usual cause
    /// is a misspelling, which would otherwise leave a parameter at its default without a word.
    /// </summary>
    /// <exception cref="CampoException">The first such key, with the closest allowed key.</exception>
    public void EnsureAllKeysRead()
    {
        foreach (var key in _order)
        {
            if (_read.Contains(key) || _allowed.Contains(key))
            {
                continue;
            }

            var suggestion = Suggestions.Closest(key, _allowed);
            var problem = Path.Length == 0 ? Messages.Fill(Messages.Toml_UnknownKeyTop, key) : Messages.Fill(Messages.Toml_UnknownKeyIn, key, Path);
            throw new CampoException(
                Messages.WithSuggestion(problem, suggestion),
                _allowed.Count == 0 ? Messages.Text(Messages.Toml_NoKeys) : Messages.Fill(Messages.Toml_AllowedKeys, string.Join(", ", _allowed.Order(StringComparer.Ordinal))),
                _keyLocations[key] with { Field = Qualify(key) });
        }
    }

    internal void Add(string key, TomlNode node, SourceLocation keyLocation)
    {
        _entries.Add(key, node);
        _keyLocations.Add(key, keyLocation);
        _order.Add(key);
    }

    internal bool TryGet(string key, out TomlNode node) => _entries.TryGetValue(key, out node!);

    internal void Replace(string key, TomlNode node) => _entries[key] = node;

    /// <summary>The reliability names a scenario may give a number's <c>status</c>.</summary>
    public static IReadOnlyDictionary<string, Reliability> StatusNames { get; } = new Dictionary<string, Reliability>(StringComparer.Ordinal)
    {
        ["verified"] = Reliability.Verified,
        ["to-verify"] = Reliability.ToVerify,
        ["computed"] = Reliability.Computed,
        ["assumption"] = Reliability.Assumption,
    };

    private Provenance DefaultProvenance() =>
        Provenance.Assumed("set in " + (Location.File ?? "the scenario") + " without a stated source");

    private static (double Value, Provenance Provenance, SourceLocation Location) ReadAnnotated(TomlTable annotated)
    {
        var value = annotated.Find("value") switch
        {
            TomlScalar { Value: long l } => l,
            TomlScalar { Value: double d } when double.IsFinite(d) => d,
            var other => throw WrongType(other!, Messages.Text(Messages.Toml_ANumber)),
        };
        var source = annotated.Text("source");
        var status = annotated.ReadChoice("status", StatusNames, record: false)?.Value ?? Reliability.Verified;
        annotated.EnsureAllKeysRead();
        return (value, new Provenance(source, status), annotated.Location);
    }

    private string Qualify(string key) => Path.Length == 0 ? key : Path + "." + key;

    private IReadOnlyList<TomlNode>? ScalarItems(string key, string expected) => Find(key) switch
    {
        null => null,
        TomlArray array => array.Items,
        var other => throw WrongType(other, expected),
    };

    private CampoException Missing(string key, string expected) =>
        new(Path.Length == 0 ? Messages.Fill(Messages.Toml_MissingKeyTop, key) : Messages.Fill(Messages.Toml_MissingKeyIn, key, Path), Messages.Expected(expected), Location with { Field = Qualify(key) });

    private static CampoException WrongType(TomlNode node, string expected) =>
        node.Error(
            node switch
            {
                // nan and inf are TOML numbers but not numbers a model can use: say so rather than "found a number".
                TomlScalar { Value: double d } when !double.IsFinite(d) => Messages.Fill(Messages.Toml_NotFinite, double.IsNaN(d) ? "nan" : d > 0 ? "inf" : "-inf"),
                TomlScalar scalar => Messages.Fill(Messages.Toml_FoundValue, node.KindName, scalar.Display),
                _ => Messages.Fill(Messages.Toml_Found, node.KindName),
            },
            Messages.Expected(expected));

    private static string RangeText(double min, double max, string unit) =>
        Messages.Fill(Messages.Toml_ANumberFrom, Messages.Number(min), Messages.Number(max), unit);

    private static string WholeRangeText(int min, int max) => Messages.Fill(Messages.Toml_AWholeNumberFrom, Messages.Number(min), Messages.Number(max));

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(k => "\"" + k + "\""));
}

/// <summary>A value chosen from a list of names (wrapped so that value types can be optional).</summary>
/// <param name="Value">The chosen value.</param>
public sealed record Chosen<T>(T Value);
