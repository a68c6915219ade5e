using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace Campo.Tests.Shared;

/// <summary>
/// What every resource set of Campo owes its readers in English, Spanish, French and Portuguese: the same keys in
/// every language, the typed key constants in step with them, the same placeholders, no empty text, and texts that
/// string.Format can fill. One class per resource set derives from this one (compiled into each test project that
/// has a resource set) and adds the checks peculiar to its texts.
/// </summary>
public abstract partial class ResourceSetContract
{
    private Dictionary<string, string>? _english;

    /// <summary>The translated languages.</summary>
    public static TheoryData<string> Translations => new() { "es", "fr", "pt" };

    /// <summary>Every language, English included.</summary>
    public static TheoryData<string> Languages => new() { "en", "es", "fr", "pt" };

    /// <summary>The resource set under test.</summary>
    protected abstract ResourceManager Resources { get; }

    /// <summary>The class whose string constants name the keys.</summary>
    protected abstract Type Keys { get; }

    /// <summary>The English texts by key.</summary>
    protected IReadOnlyDictionary<string, string> English => _english ??= Entries(CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Translations), MemberType = typeof(ResourceSetContract))]
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
        var constants = Keys.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(constants.Except(English.Keys));
        Assert.Empty(English.Keys.Except(constants));
    }

    [Theory]
    [MemberData(nameof(Translations), MemberType = typeof(ResourceSetContract))]
    public void Every_translation_has_the_same_placeholders_as_English(string code)
    {
        var translated = Entries(CultureInfo.GetCultureInfo(code));
        var wrong = English.Where(e => translated.TryGetValue(e.Key, out var t) && !Placeholders(t).SetEquals(Placeholders(e.Value))).Select(e => e.Key).ToArray();
        Assert.True(wrong.Length == 0, code + ": placeholders differ in " + string.Join(", ", wrong));
    }

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(ResourceSetContract))]
    public void Every_text_with_placeholders_can_be_filled(string code)
    {
        // Invariant: string.Format throws on a stray brace, which a translation could bring.
        var entries = code == "en" ? English : Entries(CultureInfo.GetCultureInfo(code));
        foreach (var (key, value) in entries.Where(e => Placeholders(e.Value).Count > 0))
        {
            var count = Placeholders(value).Max(p => int.Parse(p[1..^1], CultureInfo.InvariantCulture)) + 1;
            var arguments = Enumerable.Range(0, count).Select(i => (object)("#" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
            var filled = string.Format(CultureInfo.InvariantCulture, value, arguments);
            Assert.True(Placeholders(value).All(p => filled.Contains("#" + p[1..^1], StringComparison.Ordinal)), code + ": " + key);
        }
    }

    [Theory]
    [MemberData(nameof(Translations), MemberType = typeof(ResourceSetContract))]
    public void No_value_is_empty(string code)
    {
        Assert.DoesNotContain(Entries(CultureInfo.GetCultureInfo(code)), e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(English, e => string.IsNullOrWhiteSpace(e.Value));
    }

    /// <summary>A language's own texts by key (not English filling its gaps).</summary>
    /// <param name="culture">The language; the invariant culture for English.</param>
    protected Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: culture.Equals(CultureInfo.InvariantCulture))
            ?? throw new MissingManifestResourceException("no resources for " + culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
