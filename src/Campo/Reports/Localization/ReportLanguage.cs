using System.Globalization;
using Campo.Errors;

namespace Campo.Reports.Localization;

/// <summary>
/// A language Campo speaks to its users in: English (the neutral resources), Spanish, French or Portuguese.
/// Each carries the culture used to format numbers and dates for its readers.
/// </summary>
public sealed record ReportLanguage
{
    private ReportLanguage(string code, string cultureName, string nativeName)
    {
        Code = code;
        Culture = CultureInfo.GetCultureInfo(cultureName);
        NativeName = nativeName;
    }

    /// <summary>English (neutral resources; numbers as 1,234.5).</summary>
    public static ReportLanguage English { get; } = new("en", "en", "English");

    /// <summary>Spanish (numbers as 1234,5 and 12.345,5).</summary>
    public static ReportLanguage Spanish { get; } = new("es", "es", "Español");

    /// <summary>French (numbers as 1 234,5 with a narrow no-break space).</summary>
    public static ReportLanguage French { get; } = new("fr", "fr", "Français");

    /// <summary>Portuguese, as written in Brazil (numbers as 1.234,5).</summary>
    public static ReportLanguage Portuguese { get; } = new("pt", "pt-BR", "Português");

    /// <summary>Every language, English first.</summary>
    public static IReadOnlyList<ReportLanguage> All { get; } = [English, Spanish, French, Portuguese];

    /// <summary>The two-letter code: en, es, fr or pt.</summary>
    public string Code { get; }

    /// <summary>The culture whose resources and number formats the language uses.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The language's name in itself, for language menus.</summary>
    public string NativeName { get; }

    /// <summary>The language with a code (case-insensitive), or null.</summary>
    /// <param name="code">en, es, fr or pt; a regional form such as pt-BR or es-419 is read by its first part.</param>
    public static ReportLanguage? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var text = code.Trim();
        var dash = text.IndexOfAny(['-', '_']);
        var primary = dash > 0 ? text[..dash] : text;
        return All.FirstOrDefault(l => string.Equals(l.Code, primary, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The language with a code.</summary>
    /// <param name="code">en, es, fr or pt.</param>
    /// <param name="field">The flag or field the code was given in, for the message.</param>
    /// <exception cref="CampoException">Any other code.</exception>
    public static ReportLanguage Parse(string? code, string field = "--lang") =>
        Find(code) ?? throw new CampoException(
            "\"" + code + "\" is not a language Campo speaks",
            "give en (English), es (español), fr (français) or pt (português)",
            SourceLocation.OfField(field));

    /// <inheritdoc />
    public override string ToString() => Code;
}
