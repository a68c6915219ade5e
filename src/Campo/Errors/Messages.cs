// The hand-written part of Messages: what is not a key. The keys (one constant per entry of Messages.resx) are generated
// at build time from the .resx by src/Campo.Generators: add a key to the four .resx files, nothing here.
using System.Globalization;
using System.Resources;

namespace Campo.Errors;

/// <summary>
/// The texts of the errors users meet most (the scenario reader, <c>--set</c>, the dataset's unknown codes) in English,
/// Spanish, French and Portuguese, read from Errors/Messages.resx and its translations in the thread's UI culture (the
/// command line sets it from <c>--lang</c>). Whatever the language, a message keeps the shape
/// <c>file:line:column: field: problem; expected</c>, quotes values as they were written and writes numbers invariantly.
/// </summary>
internal static partial class Messages
{
    /// <summary>The resources of every language (satellite assemblies es, fr, pt; English in the main assembly).</summary>
    public static ResourceManager ResourceManager { get; } = new("Campo.Errors.Messages", typeof(Messages).Assembly);

    /// <summary>A text by key, in the language of <see cref="CultureInfo.CurrentUICulture"/> (English when it has none).</summary>
    /// <param name="key">A key of Messages.resx, given as <c>Messages.Key</c>.</param>
    /// <exception cref="KeyNotFoundException">No such key (a defect: keys are checked by a test).</exception>
    public static string Text(string key) =>
        ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException("No resource string '" + key + "'.");

    /// <summary>A text with its placeholders filled; numbers in the placeholders are written invariantly (2.5, never 2,5).</summary>
    /// <param name="key">A key whose value has placeholders {0}, {1}, ...</param>
    /// <param name="arguments">The values.</param>
    public static string Fill(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Text(key), arguments);

    /// <summary>"expected ..." in the language.</summary>
    /// <param name="what">What is expected, already in the language.</param>
    public static string Expected(string what) => Fill(Toml_Expected, what);

    /// <summary>A problem followed by "; did you mean "x"?" when there is a suggestion.</summary>
    /// <param name="problem">The problem, already in the language.</param>
    /// <param name="suggestion">The closest allowed name, or null.</param>
    public static string WithSuggestion(string problem, string? suggestion) =>
        suggestion is null ? problem : problem + "; " + Fill(Common_DidYouMeanQuoted, suggestion);

    /// <summary>A whole number written invariantly, for the placeholders of a message.</summary>
    /// <param name="value">The number.</param>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number written invariantly, for the placeholders of a message.</summary>
    /// <param name="value">The number.</param>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
