using System.Globalization;
using System.Text;

namespace Campo.Data.Build;

/// <summary>
/// Matches country names as printed in coalition lists to ISO3 codes: the WTO member names and the ISO English
/// names, compared without case, accents or punctuation; "X (via Y)" means Y speaks for X; other parentheses
/// are notes. A few short forms are listed explicitly in <see cref="Aliases"/>.
/// </summary>
internal sealed class NameResolver
{
    /// <summary>Short forms used by the coalition sources that neither name list spells that way.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["korea"] = "KOR",
        ["congo"] = "COG",
        ["tanzania"] = "TZA",
        ["cote divoire"] = "CIV",
    };

    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    public NameResolver(IEnumerable<(string Code, string Name)> wtoNames, IEnumerable<(string Code, string Name)> isoNames)
    {
        foreach (var (code, name) in wtoNames.Concat(isoNames))
        {
            _byName.TryAdd(Normalise(name), code);
        }

        foreach (var (alias, code) in Aliases)
        {
            _byName[alias] = code;
        }
    }

    public string? Resolve(string printed)
    {
        var name = printed;
        var open = printed.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            var inner = printed[(open + 1)..].TrimEnd(')', ' ');
            name = inner.StartsWith("via ", StringComparison.OrdinalIgnoreCase) ? inner[4..] : printed[..open];
        }

        return _byName.TryGetValue(Normalise(name), out var code) ? code : null;
    }

    public static string Normalise(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ' && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString().Trim();
    }
}
