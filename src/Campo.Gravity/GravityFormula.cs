
namespace Campo.Gravity;

/// <summary>A variable of a formula: a column, or the natural log of one.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Log">True for <c>log(column)</c> (also written <c>ln(column)</c>).</param>
public sealed record FormulaTerm(string Column, bool Log)
{
    /// <summary>The term as written in output (<c>log(dist)</c> or <c>rta</c>).</summary>
    public string Label => Log ? $"log({Column})" : Column;
}

/// <summary>
/// A gravity model written as <c>outcome ~ regressors | fixed effects</c>, the syntax of fixest:
/// <c>trade ~ rta + log(dist) | exp^year + imp^year + pair</c>.
/// </summary>
/// <remarks>
/// Regressors are columns or <c>log(column)</c>/<c>ln(column)</c>; <c>offset(column)</c> adds a term with its
/// coefficient fixed at 1. Fixed effects are columns or interactions joined by <c>^</c> (or <c>#</c>): each
/// distinct combination of values is one level. Without fixed effects a constant is added. Other
/// transformations must already be columns of the data.
/// </remarks>
public sealed record GravityFormula
{
    /// <summary>The outcome.</summary>
    public required FormulaTerm Outcome { get; init; }

    /// <summary>The regressors, in order.</summary>
    public required IReadOnlyList<FormulaTerm> Regressors { get; init; }

    /// <summary>The offset, or null.</summary>
    public FormulaTerm? Offset { get; init; }

    /// <summary>Each fixed effect as the list of columns it interacts.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> FixedEffects { get; init; }

    /// <summary>The formula as the user wrote it.</summary>
    public required string Text { get; init; }

    /// <summary>The name of a fixed effect (<c>exp^year</c>).</summary>
    public static string NameOf(IReadOnlyList<string> interaction) => string.Join("^", interaction);

    /// <summary>Parses a formula.</summary>
    /// <exception cref="GravityException">The text is not a formula; the message points at the character.</exception>
    public static GravityFormula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tilde = text.IndexOf('~', StringComparison.Ordinal);
        if (tilde < 0)
        {
            throw Error(text, 0, "no '~' separating the outcome from the regressors", "write it like \"trade ~ rta + log(dist) | exp^year + imp^year + pair\"");
        }

        if (text.IndexOf('~', tilde + 1) >= 0)
        {
            throw Error(text, text.IndexOf('~', tilde + 1), "a second '~'", "a formula has one '~'");
        }

        var bar = text.IndexOf('|', tilde);
        var lhs = text[..tilde];
        var rhs = bar < 0 ? text[(tilde + 1)..] : text[(tilde + 1)..bar];
        var fe = bar < 0 ? null : text[(bar + 1)..];
        if (fe is not null && fe.Contains('|', StringComparison.Ordinal))
        {
            throw Error(text, text.IndexOf('|', bar + 1), "a second '|'", "fixed effects follow a single '|'");
        }

        var outcome = ParseTerm(text, lhs, 0, allowOffset: false) ?? throw Error(text, 0, "no outcome before '~'", "name the column of trade flows, such as trade");
        if (rhs.Trim().Length == 0 && fe is null)
        {
            throw Error(text, tilde + 1, "nothing after '~'", "name the regressors and fixed effects, such as \"trade ~ log(dist) + rta | exp + imp\" (or \"trade ~ 1\" for a constant alone)");
        }

        var regressors = new List<FormulaTerm>();
        FormulaTerm? offset = null;
        var position = tilde + 1;
        foreach (var part in rhs.Split('+'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                if (rhs.Trim().Length > 0)
                {
                    throw Error(text, position, "an empty term between '+' signs", "remove the extra '+'");
                }

                position += part.Length + 1;
                continue;
            }

            if (trimmed is "1" or "0")
            {
                position += part.Length + 1;
                continue;
            }

            if (trimmed.StartsWith("offset(", StringComparison.OrdinalIgnoreCase))
            {
                if (offset is not null)
                {
                    throw Error(text, position, "a second offset", "one offset(...) term at most");
                }

                offset = ParseTerm(text, trimmed[7..^1], position + 7, allowOffset: false);
                if (!trimmed.EndsWith(')'))
                {
                    throw Error(text, position, $"'{trimmed}' lacks its closing ')'", "write offset(column)");
                }
            }
            else
            {
                var term = ParseTerm(text, part, position, allowOffset: false)!;
                if (regressors.Any(r => r.Label == term.Label))
                {
                    throw Error(text, position, $"'{term.Label}' appears twice", "list each regressor once");
                }

                regressors.Add(term);
            }

            position += part.Length + 1;
        }

        var effects = new List<IReadOnlyList<string>>();
        if (fe is not null)
        {
            position = bar + 1;
            foreach (var part in fe.Split('+'))
            {
                var trimmed = part.Trim();
                if (trimmed.Length == 0)
                {
                    throw Error(text, position, "an empty fixed effect", "write fixed effects like exp^year + imp^year + pair");
                }

                var columns = trimmed.Split('^', '#').Select(c => c.Trim()).ToArray();
                foreach (var column in columns)
                {
                    if (!IsName(column))
                    {
                        throw Error(text, position, $"'{column}' is not a column name", "fixed effects are columns or interactions such as exp^year");
                    }
                }

                effects.Add(columns);
                position += part.Length + 1;
            }
        }

        return new GravityFormula { Outcome = outcome, Regressors = regressors, Offset = offset, FixedEffects = effects, Text = text.Trim() };
    }

    private static FormulaTerm? ParseTerm(string text, string part, int position, bool allowOffset)
    {
        _ = allowOffset;
        var trimmed = part.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var log = false;
        var inner = trimmed;
        foreach (var prefix in new[] { "log(", "ln(" })
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                if (!trimmed.EndsWith(')'))
                {
                    throw Error(text, position, $"'{trimmed}' lacks its closing ')'", "write log(column)");
                }

                log = true;
                inner = trimmed[prefix.Length..^1].Trim();
                break;
            }
        }

        if (!IsName(inner))
        {
            throw Error(
                text,
                position + Math.Max(0, part.IndexOf(inner.Length > 0 ? inner[0] : ' ', StringComparison.Ordinal)),
                $"'{trimmed}' is not a column or log(column)",
                "other transformations (squares, products) must be columns of the data");
        }

        return new FormulaTerm(inner, log);
    }

    private static bool IsName(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c is '_' or '.');

    private static GravityException Error(string text, int index, string problem, string expected) =>
        new($"{problem} at character {index + 1} of \"{text.Trim()}\"", expected, GravityLocation.OfField("formula"));
}
