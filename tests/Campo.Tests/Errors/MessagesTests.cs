using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Campo.Errors;

// Not Campo.Tests.Errors: that name would hide Campo.Errors from tests that write Errors.CampoException.
namespace Campo.Tests.LocalizedErrors;

public partial class MessagesTests
{
    private static readonly IReadOnlyDictionary<string, string> English = Entries(CultureInfo.InvariantCulture);

    public static TheoryData<string> Translations => new() { "es", "fr", "pt" };

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_key_exists_in_every_language(string code)
    {
        var translated = Entries(CultureInfo.GetCultureInfo(code));
        var missing = English.Keys.Except(translated.Keys).Order(StringComparer.Ordinal).ToArray();
        var extra = translated.Keys.Except(English.Keys).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, code + " lacks: " + string.Join(", ", missing));
        Assert.True(extra.Length == 0, code + " has keys English lacks: " + string.Join(", ", extra));
    }

    [Fact]
    public void The_typed_key_list_and_the_resources_agree()
    {
        var constants = typeof(Messages).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(constants.Except(English.Keys));
        Assert.Empty(English.Keys.Except(constants));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_translation_has_the_same_placeholders_as_English(string code)
    {
        var translated = Entries(CultureInfo.GetCultureInfo(code));
        var wrong = English.Where(e => translated.TryGetValue(e.Key, out var t) && !Placeholders(t).SetEquals(Placeholders(e.Value))).Select(e => e.Key).ToArray();
        Assert.True(wrong.Length == 0, code + ": placeholders differ in " + string.Join(", ", wrong));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("pt")]
    public void Every_text_with_placeholders_can_be_filled(string code)
    {
        // Invariant: string.Format throws on a stray brace, which a translation could bring.
        var entries = code == "en" ? English : Entries(CultureInfo.GetCultureInfo(code));
        foreach (var (key, value) in entries.Where(e => Placeholders(e.Value).Count > 0))
        {
            var arguments = Enumerable.Range(0, Placeholders(value).Count).Select(i => (object)("#" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
            var filled = string.Format(CultureInfo.InvariantCulture, value, arguments);
            Assert.True(arguments.All(a => filled.Contains((string)a, StringComparison.Ordinal)), code + ": " + key);
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void No_value_is_empty(string code)
    {
        Assert.DoesNotContain(Entries(CultureInfo.GetCultureInfo(code)), e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(English, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Sentences_are_translated_not_copied(string code)
    {
        // Invariant: a text with at least four words of English is a sentence a reader of the language must get in it.
        var translated = Entries(CultureInfo.GetCultureInfo(code));
        var copied = English.Where(e => WordPattern().Matches(e.Value).Count >= 4 && translated[e.Key] == e.Value).Select(e => e.Key).ToArray();
        Assert.True(copied.Length == 0, code + " copies English in " + string.Join(", ", copied));
    }

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("fr-CA", "fr")]
    [InlineData("pt-BR", "pt")]
    public void A_regional_culture_reads_its_language(string culture, string language)
    {
        using var _ = TestCulture.Use(culture);
        Assert.Equal(Entries(CultureInfo.GetCultureInfo(language))[Messages.Toml_KindList], Messages.Text(Messages.Toml_KindList));
    }

    [Fact]
    public void A_culture_Campo_does_not_speak_reads_English()
    {
        using var _ = TestCulture.Use("de-DE");
        Assert.Equal("a list", Messages.Text(Messages.Toml_KindList));
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        // tryParents: false, so a language's own file is read, not English filling its gaps.
        var set = Messages.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: culture.Equals(CultureInfo.InvariantCulture))
            ?? throw new MissingManifestResourceException("no resources for " + culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<![\w.\[_])[a-z]{2,}(?![\w.\]_(])")]
    private static partial Regex WordPattern();
}
