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
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, fileName, true);
        }
        catch (TomlException exception)
        {
            throw new CampoException(Messages.Fill(Messages.Toml_NotValid, exception.Message), Messages.Text(Messages.Toml_SeeDocs), new SourceLocation(fileName));
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

    private static SourceLocation At(string fileName, SourceSpan span) =>
        new(fileName, span.Start.Line + 1, span.Start.Column + 1);

    private sealed class Builder(string fileName)
    {
        private readonly ParameterLog _log = new();

        public TomlTable Build(DocumentSyntax document)
        {
            var root = new TomlTable(string.Empty, new SourceLocation(fileName, 1, 1), _log);
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
            for (var i = 0; i < names.Count; i++)
            {
                current = Child(current, names[i], span, isLast: i == names.Count - 1);
            }

            return current;
        }

        private TomlTable AppendArrayTable(TomlTable root, IReadOnlyList<string> names, SourceSpan span)
        {
            var parent = OpenTable(root, names.Take(names.Count - 1).ToArray(), span);
            var key = names[^1];
            var path = Join(parent.Path, key);
            var table = new TomlTable(path, At(fileName, span), _log);
            if (parent.TryGet(key, out var existing))
            {
                if (existing is not TomlArray array)
                {
                    throw new CampoException(Messages.Fill(Messages.Toml_AlreadyDefined, path, existing.KindName), Messages.Fill(Messages.Toml_EitherTableOrList, path), At(fileName, span));
                }

                var items = array.Items.ToList();
                items.Add(table);
                parent.Replace(key, new TomlArray(path, array.Location, items));
            }
            else
            {
                parent.Add(key, new TomlArray(path, At(fileName, span), [table]), At(fileName, span));
            }

            return table;
        }

        private TomlTable Child(TomlTable parent, string key, SourceSpan span, bool isLast)
        {
            if (parent.TryGet(key, out var existing))
            {
                return existing switch
                {
                    TomlTable table => table,
                    TomlArray { Items.Count: > 0 } array when array.Items[^1] is TomlTable last && !isLast => last,
                    _ => throw new CampoException(Messages.Fill(Messages.Toml_AlreadyDefined, Join(parent.Path, key), existing.KindName), Messages.Text(Messages.Toml_DefineOnce), At(fileName, span)),
                };
            }

            var created = new TomlTable(Join(parent.Path, key), At(fileName, span), _log);
            parent.Add(key, created, At(fileName, span));
            return created;
        }

        private void AddKeyValue(TomlTable table, KeyValueSyntax keyValue)
        {
            var names = KeyParts(keyValue.Key!);
            var target = table;
            for (var i = 0; i < names.Count - 1; i++)
            {
                target = Child(target, names[i], keyValue.Span, isLast: false);
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
                    foreach (var item in inline.Items)
                    {
                        AddKeyValue(table, item.KeyValue!);
                    }

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
