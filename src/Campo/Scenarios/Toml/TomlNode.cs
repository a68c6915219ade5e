using System.Globalization;
using Campo.Errors;

namespace Campo.Scenarios.Toml;

/// <summary>A value read from a TOML file, with where it was written (file, 1-based line and column).</summary>
public abstract class TomlNode
{
    private protected TomlNode(string path, SourceLocation location)
    {
        Path = path;
        Location = location;
    }

    /// <summary>The dotted key path from the document root, such as <c>market_access.developed.swiss</c>.</summary>
    public string Path { get; }

    /// <summary>Where the value starts in the file.</summary>
    public SourceLocation Location { get; }

    /// <summary>A plain name of the node's TOML type, for error messages ("a number", "a table"), in the UI culture's language.</summary>
    public abstract string KindName { get; }

    /// <summary>An error at this node: <c>file:line:column: path: problem; expected</c>.</summary>
    public CampoException Error(string problem, string? expected = null) =>
        new(problem, expected, Location with { Field = Path });
}

/// <summary>A scalar: a string, integer (as <see cref="long"/>), float (<see cref="double"/>), boolean or date.</summary>
public sealed class TomlScalar : TomlNode
{
    internal TomlScalar(string path, SourceLocation location, object value)
        : base(path, location) => Value = value;

    /// <summary>The value: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="DateOnly"/>/<see cref="DateTimeOffset"/>.</summary>
    public object Value { get; }

    /// <inheritdoc />
    public override string KindName => Messages.Text(Value switch
    {
        string => Messages.Toml_KindString,
        long => Messages.Toml_KindInteger,
        double => Messages.Toml_KindNumber,
        bool => Messages.Toml_KindBoolean,
        _ => Messages.Toml_KindDate,
    });

    /// <summary>The value as it would read in the file, for error messages.</summary>
    public string Display => Value switch
    {
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Value.ToString() ?? string.Empty,
    };
}

/// <summary>An array of values or of tables.</summary>
public sealed class TomlArray : TomlNode
{
    internal TomlArray(string path, SourceLocation location, List<TomlNode> items)
        : base(path, location) => Items = items;

    /// <summary>The items in file order.</summary>
    public IReadOnlyList<TomlNode> Items { get; }

    /// <inheritdoc />
    public override string KindName => Messages.Text(Messages.Toml_KindList);
}
