using System.Globalization;
using System.Text;

namespace Campo.Gravity;

/// <summary>
/// Where in a user's input a problem lies. Every part is optional: an option has no file, a computed value
/// has no line.
/// </summary>
/// <param name="File">The file as the user named it, or null.</param>
/// <param name="Line">1-based line, or null.</param>
/// <param name="Column">1-based column, or null.</param>
/// <param name="Field">The field, key or column name, or null.</param>
public sealed record GravityLocation(string? File, int? Line = null, int? Column = null, string? Field = null)
{
    /// <summary>A location naming only a field (an option, a data column, a spec key).</summary>
    public static GravityLocation OfField(string field) => new(null, null, null, field);

    /// <summary>Formats as <c>file:line:column</c> with the parts that are known.</summary>
    public string Position
    {
        get
        {
            var text = new StringBuilder(File ?? string.Empty);
            if (Line is { } line)
            {
                text.Append(text.Length > 0 ? ":" : "line ").Append(line.ToString(CultureInfo.InvariantCulture));
                if (Column is { } column)
                {
                    text.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
                }
            }

            return text.ToString();
        }
    }
}

/// <summary>
/// A problem the user of the gravity engine can fix: a malformed formula, a data file that cannot be read, a
/// column or country that is not there, a counterfactual that does not fit its data. Its message reads
/// <c>file:line:column: field: what is wrong; what is expected</c> and is meant to be shown on one line without
/// a stack trace. Programming errors are never wrapped in this type.
/// </summary>
public class GravityException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="problem">What is wrong, in plain words, naming the value found.</param>
    /// <param name="expected">What is expected instead, or how to fix it; may be null.</param>
    /// <param name="location">Where; may be null.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public GravityException(string problem, string? expected = null, GravityLocation? location = null, Exception? inner = null)
        : base(Format(problem, expected, location), inner)
    {
        Problem = problem;
        Expected = expected;
        Location = location;
    }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>What is expected, or the fix; may be null.</summary>
    public string? Expected { get; }

    /// <summary>Where the problem lies; may be null.</summary>
    public GravityLocation? Location { get; }

    private static string Format(string problem, string? expected, GravityLocation? location)
    {
        var text = new StringBuilder();
        if (location is not null)
        {
            var position = location.Position;
            if (position.Length > 0)
            {
                text.Append(position).Append(": ");
            }

            if (location.Field is { Length: > 0 } field)
            {
                text.Append(field).Append(": ");
            }
        }

        if (!string.IsNullOrWhiteSpace(expected))
        {
            text.Append(problem.TrimEnd().TrimEnd('.')).Append("; ").Append(expected);
        }
        else
        {
            text.Append(problem);
        }

        return text.ToString();
    }
}

/// <summary>
/// An estimation or equilibrium that did not reach its tolerance: the message says how far it got and what to try.
/// </summary>
public sealed class GravityNotSolvedException : GravityException
{
    /// <summary>Creates the error.</summary>
    /// <param name="problem">What did not converge and how far it got.</param>
    /// <param name="expected">What the user can try.</param>
    public GravityNotSolvedException(string problem, string? expected = null)
        : base(problem, expected)
    {
    }
}
