using Campo.Errors;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Campo.Scenarios.Toml;

/// <summary>
/// Reads TOML text into <see cref="TomlTable"/>s that remember the file, line and column of every value, so
/// that every later complaint about a value can point at it. Syntax errors are reported the same way.
/// </summary>
public static class TomlDocument
{
    /// <summary>Parses TOML text.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="fileName">The file as the user named it; used in messages only.</param>
    /// <returns>The root table.</returns>
    /// <exception cref="CampoException">A syntax error, or a key defined twice, at its line and column.</exception>
    public static TomlTable Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckNesting(text, fileName);
        DocumentSyntax document;
        try
        {
            // Tomlyn's own check of redefined keys is off: with tens of thousands of keys it reported keys as defined
            // twice that were not (two different keys in a table of about 95,000). The builder below applies TOML's
            // rules on defining keys and tables itself, and names the line of the second definition.
            document = SyntaxParser.Parse(text, fileName, false);
        }
        catch (TomlException exception)
        {
            var location = exception.Line is int line && line >= 0 ? new SourceLocation(fileName, line + 1, (exception.Column ?? 0) + 1) : new SourceLocation(fileName);
            throw new CampoException(Messages.Fill(Messages.Toml_NotValid, exception.Message.Split('\n')[0]), Messages.Text(Messages.Toml_SeeDocs), location);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            // Tomlyn's lexer fails while writing its own message about a \u or \U escape that is not a character (cut
            // short at the end of the file, or a surrogate): found by fuzzing (Fuzz/Regressions/scenario--crash-*).
            throw new CampoException(Messages.Fill(Messages.Toml_NotValid, "a \\u or \\U escape that is not a character"), Messages.Text(Messages.Toml_CheckLine), BadEscape(text, fileName), exception);
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Kind == DiagnosticMessageKind.Error)
            {
                throw new CampoException(
                    Messages.Fill(Messages.Toml_NotValid, diagnostic.Message),
                    Messages.Text(Messages.Toml_CheckLine),
                    At(fileName, diagnostic.Span));
            }
        }

        var builder = new Builder(fileName);
        return builder.Build(document);
    }

    /// <summary>
    /// Where the first \u or \U escape stands that is not followed by its 4 or 8 hexadecimal digits naming a Unicode
    /// scalar value (not a surrogate, at most 10FFFF); the file alone when none is found.
    /// </summary>
    private static SourceLocation BadEscape(string text, string fileName)
    {
        var line = 1;
        var column = 0;
        for (var i = 0; i < text.Length; i++)
        {
            column++;
            if (text[i] == '\n')
            {
                line++;
                column = 0;
                continue;
            }

            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                continue;
            }

            if (text[i + 1] is not ('u' or 'U'))
            {
                i++; // An escaped character (such as \\): the next one starts no escape.
                column++;
                continue;
            }

            var digits = text[i + 1] == 'u' ? 4 : 8;
            var hex = text.Length - (i + 2) >= digits ? text.Substring(i + 2, digits) : string.Empty;
            if (hex.Length != digits || !int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value)
                || value is < 0 or > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
            {
                return new SourceLocation(fileName, line, column);
            }
        }

        return new SourceLocation(fileName);
    }

    /// <summary>The deepest nesting of lists and inline tables Campo reads (scenario files use three at most).</summary>
    public const int MaxNesting = 32;

    /// <summary>
    /// Refuses lists and inline tables nested more than <see cref="MaxNesting"/> levels deep, at the line and column of
    /// the bracket that goes too deep, before the parser meets them (it would stop without saying where). Brackets in
    /// texts and comments do not count.
    /// </summary>
    private static void CheckNesting(string text, string fileName)
    {
        var depth = 0;
        var line = 1;
        var column = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            switch (c)
            {
                case '\n':
                    line++;
                    column = 0;
                    break;
                case '#':
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '"' or '\'':
                    var triple = i + 2 < text.Length && text[i + 1] == c && text[i + 2] == c;
                    var end = triple ? text.IndexOf(new string(c, 3), i + 3, StringComparison.Ordinal) : EndOfString(text, i, c);
                    end = end < 0 ? text.Length - 1 : end + (triple ? 2 : 0);
                    for (var j = i + 1; j <= end; j++)
                    {
                        if (text[j] == '\n')
                        {
                            line++;
                            column = 0;
                        }
                        else
                        {
                            column++;
                        }

                        if (c == '"' && triple && text[j] == '\\' && j + 1 <= end)
                        {
                            j++;
                            column++;
                        }
                    }

                    i = end;
                    break;
                case '[' or '{':
                    if (++depth > MaxNesting)
                    {
                        throw new CampoException(
                            Messages.Fill(Messages.Toml_TooDeep, MaxNesting),
                            Messages.Text(Messages.Toml_TooDeepFix),
                            new SourceLocation(fileName, line, column));
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
    }

    /// <summary>The index of the quote that closes a one-line text opened at <paramref name="start"/>, or of the line's end.</summary>
    private static int EndOfString(string text, int start, char quote)
    {
        for (var j = start + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return j - 1;
            }

            if (quote == '"' && text[j] == '\\')
            {
                j++;
                continue;
            }

            if (text[j] == quote)
            {
                return j;
            }
        }

        return text.Length - 1;
    }

    private static SourceLocation At(string fileName, SourceSpan span) =>
        new(fileName, span.Start.Line + 1, span.Start.Column + 1);

    private sealed class Builder(string fileName)
    {
        private readonly ParameterLog _log = new();

        // How each table came to be, for TOML's rules: a table is defined once, by a header, by dotted keys or inline.
        private readonly Dictionary<TomlTable, Origin> _origins = new(ReferenceEqualityComparer.Instance);

        // The lists made by [[name]] headers (only they take more [[name]] tables).
        private readonly HashSet<TomlArray> _tableLists = new(ReferenceEqualityComparer.Instance);

        private enum Origin
        {
            /// <summary>Made as the parent of a header's table ([a] made by [a.b]); may be defined once later.</summary>
            Implicit,

            /// <summary>Defined by its own header [a] or [[a]].</summary>
            Header,

            /// <summary>Made by dotted keys (a.b = 1 makes a).</summary>
            Dotted,

            /// <summary>An inline table { ... }: closed, nothing may be added to it.</summary>
            Inline,
        }

        public TomlTable Build(DocumentSyntax document)
        {
            var root = new TomlTable(string.Empty, new SourceLocation(fileName, 1, 1), _log);
            _origins[root] = Origin.Header;
            foreach (var keyValue in document.KeyValues)
            {
                AddKeyValue(root, keyValue);
            }

            foreach (var table in document.Tables)
            {
                var names = KeyParts(table.Name!);
                var target = table is TableArraySyntax
                    ? AppendArrayTable(root, names, table.Span)
                    : OpenTable(root, names, table.Span);
                foreach (var keyValue in table.Items)
                {
                    AddKeyValue(target, keyValue);
                }
            }

            return root;
        }

        private TomlTable OpenTable(TomlTable root, IReadOnlyList<string> names, SourceSpan span)
        {
            var current = root;
            for (var i = 0; i < names.Count - 1; i++)
            {
                current = HeaderStep(current, names[i], span);
            }

            var key = names[^1];
            if (current.TryGet(key, out var existing))
            {
                if (existing is TomlTable table && _origins.GetValueOrDefault(table) == Origin.Implicit)
                {
                    _origins[table] = Origin.Header;
                    return table;
                }

                throw AlreadyDefined(current, key, existing, span);
            }

            var created = new TomlTable(Join(current.Path, key), At(fileName, span), _log);
            _origins[created] = Origin.Header;
            current.Add(key, created, At(fileName, span));
            return created;
        }

        private TomlTable AppendArrayTable(TomlTable root, IReadOnlyList<string> names, SourceSpan span)
        {
            var parent = root;
            for (var i = 0; i < names.Count - 1; i++)
            {
                parent = HeaderStep(parent, names[i], span);
            }

            var key = names[^1];
            var path = Join(parent.Path, key);
            var table = new TomlTable(path, At(fileName, span), _log);
            _origins[table] = Origin.Header;
            if (parent.TryGet(key, out var existing))
            {
                if (existing is not TomlArray array || !_tableLists.Contains(array))
                {
                    throw new CampoException(Messages.Fill(Messages.Toml_AlreadyDefined, path, existing.KindName), Messages.Fill(Messages.Toml_EitherTableOrList, path), At(fileName, span));
                }

                var items = array.Items.ToList();
                items.Add(table);
                var grown = new TomlArray(path, array.Location, items);
                _tableLists.Remove(array);
                _tableLists.Add(grown);
                parent.Replace(key, grown);
            }
            else
            {
                var list = new TomlArray(path, At(fileName, span), [table]);
                _tableLists.Add(list);
                parent.Add(key, list, At(fileName, span));
            }

            return table;
        }

        /// <summary>A step of a header's name before its last part: an existing table (not an inline one), the last table of a [[list]], or a new implicit table.</summary>
        private TomlTable HeaderStep(TomlTable parent, string key, SourceSpan span)
        {
            if (parent.TryGet(key, out var existing))
            {
                return existing switch
                {
                    TomlTable table when _origins.GetValueOrDefault(table) != Origin.Inline => table,
                    TomlArray { Items.Count: > 0 } array when _tableLists.Contains(array) && array.Items[^1] is TomlTable last => last,
                    _ => throw AlreadyDefined(parent, key, existing, span),
                };
            }

            var created = new TomlTable(Join(parent.Path, key), At(fileName, span), _log);
            _origins[created] = Origin.Implicit;
            parent.Add(key, created, At(fileName, span));
            return created;
        }

        /// <summary>A step of a dotted key before its last part: a table made by dotted keys, or a new one.</summary>
        private TomlTable DottedStep(TomlTable parent, string key, SourceSpan span)
        {
            if (parent.TryGet(key, out var existing))
            {
                return existing is TomlTable table && _origins.GetValueOrDefault(table) == Origin.Dotted
                    ? table
                    : throw AlreadyDefined(parent, key, existing, span);
            }

            var created = new TomlTable(Join(parent.Path, key), At(fileName, span), _log);
            _origins[created] = Origin.Dotted;
            parent.Add(key, created, At(fileName, span));
            return created;
        }

        private CampoException AlreadyDefined(TomlTable parent, string key, TomlNode existing, SourceSpan span) =>
            new(Messages.Fill(Messages.Toml_AlreadyDefined, Join(parent.Path, key), existing.KindName), Messages.Text(Messages.Toml_DefineOnce), At(fileName, span) with { Field = Join(parent.Path, key) });

        private void AddKeyValue(TomlTable table, KeyValueSyntax keyValue)
        {
            var names = KeyParts(keyValue.Key!);
            var target = table;
            for (var i = 0; i < names.Count - 1; i++)
            {
                target = DottedStep(target, names[i], keyValue.Span);
            }

            var key = names[^1];
            if (target.Has(key))
            {
                throw new CampoException(target.Path.Length == 0 ? Messages.Fill(Messages.Toml_DefinedTwiceTop, key) : Messages.Fill(Messages.Toml_DefinedTwiceIn, key, target.Path), Messages.Text(Messages.Toml_KeepOne), At(fileName, keyValue.Span) with { Field = Join(target.Path, key) });
            }

            target.Add(key, Convert(Join(target.Path, key), keyValue.Value!), At(fileName, keyValue.Span));
        }

        private TomlNode Convert(string path, ValueSyntax value)
        {
            var location = At(fileName, value.Span);
            switch (value)
            {
                case StringValueSyntax s:
                    return new TomlScalar(path, location, s.Value ?? string.Empty);
                case IntegerValueSyntax i:
                    return new TomlScalar(path, location, i.Value);
                case FloatValueSyntax f:
                    return new TomlScalar(path, location, f.Value);
                case BooleanValueSyntax b:
                    return new TomlScalar(path, location, b.Value);
                case DateTimeValueSyntax d:
                    var moment = d.Value;
                    return moment.Kind == TomlDateTimeKind.LocalDate
                        ? new TomlScalar(path, location, DateOnly.FromDateTime(moment.DateTime.DateTime))
                        : new TomlScalar(path, location, moment.DateTime);
                case ArraySyntax array:
                    var items = new List<TomlNode>();
                    var index = 0;
                    foreach (var item in array.Items)
                    {
                        items.Add(Convert(path + "[" + index++ + "]", item.Value!));
                    }

                    return new TomlArray(path, location, items);
                case InlineTableSyntax inline:
                    var table = new TomlTable(path, location, _log);
                    _origins[table] = Origin.Header;
                    foreach (var item in inline.Items)
                    {
                        AddKeyValue(table, item.KeyValue!);
                    }

                    _origins[table] = Origin.Inline;
                    return table;
                default:
                    throw new CampoException(Messages.Text(Messages.Toml_UnreadableValue), Messages.Text(Messages.Toml_UnreadableValueFix), location with { Field = path });
            }
        }

        private static List<string> KeyParts(KeySyntax key)
        {
            var parts = new List<string> { KeyText(key.Key!) };
            foreach (var dotted in key.DotKeys)
            {
                parts.Add(KeyText(dotted.Key!));
            }

            return parts;
        }

        private static string KeyText(BareKeyOrStringValueSyntax key) => key switch
        {
            BareKeySyntax bare => bare.Key!.Text ?? string.Empty,
            StringValueSyntax quoted => quoted.Value ?? string.Empty,
            _ => key.ToString() ?? string.Empty,
        };

        private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
    }
}
