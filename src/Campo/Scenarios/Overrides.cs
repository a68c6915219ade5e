using System.Globalization;
using Campo.Errors;
using Campo.Scenarios.Toml;

namespace Campo.Scenarios;

/// <summary>
/// <c>--set path=value</c> overrides: values typed on the command line that replace or add keys of a scenario file
/// before it is read, so that users can fill a draft's blanks (for example
/// <c>--set market_access.developed.swiss_coefficient=16</c>). A number set this way carries the provenance "set on
/// the command line" with the status <c>assumption</c>, and is listed with the other flagged parameters in every
/// output that uses it. Errors name the override as <c>--set: path: problem; expected</c>.
/// </summary>
/// <remarks>
/// Path syntax: keys separated by dots; an element of a list of tables is named by its 1-based position in brackets,
/// as in <c>market_access.developed.bands[2].cut=60</c>. Values: a number (<c>16</c>, <c>2.5</c>), <c>true</c> or
/// <c>false</c>, a date (<c>2003-09-14</c>), or text (quoted or not: <c>defensive</c>, <c>"defensive"</c>).
/// Missing tables on the path are created; the reader then rejects any key it does not know, as for the file.
/// </remarks>
public static class ScenarioOverrides
{
    /// <summary>The pseudo-file name that errors and provenance show for command-line values.</summary>
    public const string Origin = "--set";

    /// <summary>Splits <c>path=value</c>.</summary>
    /// <param name="assignment">The text after <c>--set</c>.</param>
    /// <returns>The dotted path and the value text.</returns>
    /// <exception cref="CampoException">No <c>=</c>, an empty path or an empty value.</exception>
    public static (string Path, string Value) Parse(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == assignment.Length - 1)
        {
            throw new CampoException(Messages.Fill(Messages.Overrides_NotAssignment, assignment), Messages.Text(Messages.Overrides_NotAssignmentFix), new SourceLocation(Origin));
        }

        return (assignment[..equals].Trim(), assignment[(equals + 1)..].Trim());
    }

    /// <summary>Applies overrides to a parsed scenario, in order (a later one wins).</summary>
    /// <param name="root">The document root from <see cref="TomlDocument.Parse"/>.</param>
    /// <param name="assignments">The <c>path=value</c> texts.</param>
    /// <exception cref="CampoException">A malformed assignment, or a path through a value that is not a table.</exception>
    public static void Apply(TomlTable root, IEnumerable<string> assignments)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(assignments);
        foreach (var assignment in assignments)
        {
            var (path, value) = Parse(assignment);
            var location = new SourceLocation(Origin, Field: path);
            var parts = path.Split('.');
            var table = root;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                table = Descend(table, parts[i], location);
            }

            var key = parts[^1];
            if (key.Length == 0 || key.Contains('[', StringComparison.Ordinal))
            {
                throw new CampoException(Messages.Fill(Messages.Overrides_CannotSet, key), Messages.Text(Messages.Overrides_CannotSetFix), location);
            }

            var node = Node(Join(table.Path, key), value, assignment, location, root.Log);
            if (table.TryGet(key, out _))
            {
                table.Replace(key, node);
            }
            else
            {
                table.Add(key, node, location);
            }
        }
    }

    private static TomlTable Descend(TomlTable table, string part, SourceLocation location)
    {
        var key = part;
        int? position = null;
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            if (!part.EndsWith(']') || !int.TryParse(part.AsSpan(bracket + 1, part.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p < 1)
            {
                throw new CampoException(Messages.Fill(Messages.Overrides_BadPart, part), Messages.Text(Messages.Overrides_BadPartFix), location);
            }

            key = part[..bracket];
            position = p;
        }

        if (key.Length == 0)
        {
            throw new CampoException(Messages.Text(Messages.Overrides_EmptyKey), Messages.Text(Messages.Overrides_EmptyKeyFix), location);
        }

        if (!table.TryGet(key, out var node))
        {
            if (position is not null)
            {
                throw new CampoException(Messages.Fill(Messages.Overrides_NoList, Join(table.Path, key), Messages.Number(position.Value)), Messages.Text(Messages.Overrides_NoListFix), location);
            }

            var created = new TomlTable(Join(table.Path, key), location, table.Log);
            table.Add(key, created, location);
            return created;
        }

        if (position is { } index)
        {
            if (node is TomlArray array && index <= array.Items.Count && array.Items[index - 1] is TomlTable item)
            {
                return item;
            }

            throw new CampoException(Messages.Fill(Messages.Overrides_NoElement, Join(table.Path, key), Messages.Number(index)), Messages.Text(Messages.Overrides_NoElementFix), location);
        }

        return node as TomlTable ?? throw new CampoException(Messages.Fill(Messages.Overrides_NotTable, node.Path, node.KindName), Messages.Text(Messages.Overrides_NotTableFix), location);
    }

    private static TomlNode Node(string path, string text, string assignment, SourceLocation location, ParameterLog log)
    {
        var unquoted = text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : null;
        if (unquoted is null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            object value = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : number;
            var annotated = new TomlTable(path, location, log);
            annotated.Add("value", new TomlScalar(path + ".value", location, value), location);
            annotated.Add("source", new TomlScalar(path + ".source", location, "set on the command line (" + Origin + " " + assignment + ")"), location);
            annotated.Add("status", new TomlScalar(path + ".status", location, "assumption"), location);
            return annotated;
        }

        if (unquoted is null && text is "true" or "false")
        {
            return new TomlScalar(path, location, text == "true");
        }

        if (unquoted is null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new TomlScalar(path, location, date);
        }

        return new TomlScalar(path, location, unquoted ?? text);
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
