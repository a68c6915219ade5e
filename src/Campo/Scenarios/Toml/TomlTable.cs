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
    public override string KindName => "a table";

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
    public TomlTable Table(string key) => OptionalTable(key) ?? throw Missing(key, "a table [" + Qualify(key) + "]");

    /// <summary>An optional sub-table, or null when absent.</summary>
    /// <exception cref="CampoException">Present but not a table.</exception>
    public TomlTable? OptionalTable(string key) => Find(key) switch
    {
        null => null,
        TomlTable table => table,
        var other => throw WrongType(other, "a table [" + Qualify(key) + "]"),
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
                    tables.Add(item as TomlTable ?? throw WrongType(item, "a table in the list [[" + Qualify(key) + "]]"));
                }

                return tables;
            case var other:
                throw WrongType(other, "a list of tables [[" + Qualify(key) + "]]");
        }
    }

    /// <summary>A required number (integer or float).</summary>
    /// <exception cref="CampoException">Missing or not a number.</exception>
    public double Number(string key) => OptionalNumber(key) ?? throw Missing(key, "a number");

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
            _ => throw WrongType(node, "a number, or { value = 25, source = \"...\", status = \"verified\" }"),
        };
        Log.Add(new ParameterRecord(Qualify(key), value, provenance, location with { Field = Qualify(key) }));
        return value;
    }

    /// <summary>An optional number within [<paramref name="min"/>, <paramref name="max"/>], or null.</summary>
    /// <exception cref="CampoException">Present but not a number or out of range.</exception>
    public double? OptionalNumber(string key, double min, double max, string unit = "")
    {
        var value = OptionalNumber(key);
        if (value is { } v && (v < min || v > max))
        {
            throw ErrorAt(key, "the value " + v.ToString(CultureInfo.InvariantCulture) + unit + " is out of range", "expected " + RangeText(min, max, unit));
        }

        return value;
    }

    /// <summary>A required whole number within a range.</summary>
    /// <exception cref="CampoException">Missing, fractional or out of range.</exception>
    public int Integer(string key, int min, int max) => OptionalInteger(key, min, max) ?? throw Missing(key, "a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture));

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
                throw WrongType(annotated.Find("value")!, "a whole number");
            }

            l = (long)value;
            Log.Add(new ParameterRecord(Qualify(key), value, provenance, location with { Field = Qualify(key) }));
        }
        else
        {
            throw WrongType(node, "a whole number, or { value = 2013, source = \"...\", status = \"verified\" }");
        }

        if (l < min || l > max)
        {
            throw ErrorAt(key, "the value " + l.ToString(CultureInfo.InvariantCulture) + " is out of range", "expected a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture));
        }

        return (int)l;
    }

    /// <summary>A required rate written in percent (<c>cut = 36</c> is 36%), at least 0 and at most <paramref name="maxPercent"/>.</summary>
    /// <exception cref="CampoException">Missing, not a number, negative or above the maximum.</exception>
    public Rate Percent(string key, double maxPercent = 10_000) =>
        OptionalPercent(key, maxPercent) ?? throw Missing(key, "a percentage such as 36 (for 36%)");

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
            throw ErrorAt(key, "a negative rate (" + v.ToString(CultureInfo.InvariantCulture) + "%)", "expected a percentage of at least 0");
        }

        if (v > maxPercent)
        {
            throw ErrorAt(key, "the rate " + v.ToString(CultureInfo.InvariantCulture) + "% is above the maximum", "expected at most " + maxPercent.ToString(CultureInfo.InvariantCulture) + "%");
        }

        return Rate.FromPercent(v);
    }

    /// <summary>A required string.</summary>
    /// <exception cref="CampoException">Missing, empty or not a string.</exception>
    public string Text(string key) => OptionalText(key) ?? throw Missing(key, "a text in double quotes");

    /// <summary>An optional string, or null.</summary>
    /// <exception cref="CampoException">Present but empty or not a string.</exception>
    public string? OptionalText(string key) => Find(key) switch
    {
        null => null,
        TomlScalar { Value: string s } when s.Trim().Length > 0 => s,
        TomlScalar { Value: string } s => throw s.Error("an empty text", "write a value between the quotes or remove the key"),
        var other => throw WrongType(other, "a text in double quotes"),
    };

    /// <summary>An optional boolean, or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="CampoException">Present but not true or false.</exception>
    public bool Flag(string key, bool fallback) => Find(key) switch
    {
        null => fallback,
        TomlScalar { Value: bool b } => b,
        var other => throw WrongType(other, "true or false"),
    };

    /// <summary>An optional date (<c>2003-09-14</c>), or null.</summary>
    /// <exception cref="CampoException">Present but not a date.</exception>
    public DateOnly? OptionalDate(string key) => Find(key) switch
    {
        null => null,
        TomlScalar { Value: DateOnly d } => d,
        TomlScalar { Value: DateTimeOffset d } => DateOnly.FromDateTime(d.DateTime),
        TomlScalar { Value: string s } when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        var other => throw WrongType(other, "a date such as 2003-09-14"),
    };

    /// <summary>A required list of numbers (may be empty).</summary>
    /// <exception cref="CampoException">Missing, or an item is not a number.</exception>
    public IReadOnlyList<double> Numbers(string key) => OptionalNumbers(key) ?? throw Missing(key, "a list of numbers such as [20, 50, 75]");

    /// <summary>An optional list of numbers, or null.</summary>
    /// <exception cref="CampoException">Present but not a list of numbers.</exception>
    public IReadOnlyList<double>? OptionalNumbers(string key)
    {
        var items = ScalarItems(key, "a list of numbers such as [20, 50, 75]");
        return items?.Select(item => item switch
        {
            TomlScalar { Value: long l } => l,
            TomlScalar { Value: double d } when double.IsFinite(d) => d,
            _ => throw WrongType(item, "a number in the list " + Qualify(key)),
        }).ToArray();
    }

    /// <summary>An optional list of strings, or null.</summary>
    /// <exception cref="CampoException">Present but not a list of strings.</exception>
    public IReadOnlyList<string>? OptionalTexts(string key)
    {
        var items = ScalarItems(key, "a list of texts such as [\"MEX\", \"USA\"]");
        return items?.Select(item => item is TomlScalar { Value: string s } ? s : throw WrongType(item, "a text in the list " + Qualify(key))).ToArray();
    }

    /// <summary>A required choice among named values (case-sensitive, as written in the schema).</summary>
    /// <exception cref="CampoException">Missing, or not one of the allowed names.</exception>
    public T Choice<T>(string key, IReadOnlyDictionary<string, T> allowed) =>
        OptionalChoice(key, allowed) is { } found ? found.Value : throw Missing(key, "one of " + string.Join(", ", allowed.Keys.Select(k => "\"" + k + "\"")));

    /// <summary>An optional choice among named values, or null.</summary>
    /// <exception cref="CampoException">Present but not one of the allowed names.</exception>
    public Chosen<T>? OptionalChoice<T>(string key, IReadOnlyDictionary<string, T> allowed)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        if (allowed.TryGetValue(text, out var value))
        {
            return new Chosen<T>(value);
        }

        var suggestion = Suggestions.Closest(text, allowed.Keys);
        throw ErrorAt(
            key,
            "unknown value \"" + text + "\"" + (suggestion is null ? string.Empty : "; did you mean \"" + suggestion + "\"?"),
            "expected one of " + string.Join(", ", allowed.Keys.Select(k => "\"" + k + "\"")));
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
            var where = Path.Length == 0 ? "at the top of the file" : "in [" + Path + "]";
            throw new CampoException(
                "unknown key \"" + key + "\" " + where + (suggestion is null ? string.Empty : "; did you mean \"" + suggestion + "\"?"),
                _allowed.Count == 0 ? "this table takes no keys" : "allowed keys: " + string.Join(", ", _allowed.Order(StringComparer.Ordinal)),
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
            var other => throw WrongType(other!, "a number"),
        };
        var source = annotated.Text("source");
        var status = annotated.OptionalChoice("status", StatusNames)?.Value ?? Reliability.Verified;
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
        new("missing key \"" + key + "\"" + (Path.Length == 0 ? " at the top of the file" : " in [" + Path + "]"), "expected " + expected, Location with { Field = Qualify(key) });

    private static CampoException WrongType(TomlNode node, string expected) =>
        node.Error(
            "found " + node.KindName + (node is TomlScalar scalar ? " (" + scalar.Display + ")" : string.Empty),
            "expected " + expected);

    private static string RangeText(double min, double max, string unit) =>
        "a number from " + min.ToString(CultureInfo.InvariantCulture) + unit + " to " + max.ToString(CultureInfo.InvariantCulture) + unit;
}

/// <summary>A value chosen from a list of names (wrapped so that value types can be optional).</summary>
/// <param name="Value">The chosen value.</param>
public sealed record Chosen<T>(T Value);
