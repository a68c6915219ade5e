using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Tests.Localization;

public partial class CliResourcesTests
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
        var constants = typeof(CliStrings).GetFields(BindingFlags.Public | BindingFlags.Static)
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
            var count = Placeholders(value).Max(p => int.Parse(p[1..^1], CultureInfo.InvariantCulture)) + 1;
            var arguments = Enumerable.Range(0, count).Select(i => (object)("#" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
            var filled = string.Format(CultureInfo.InvariantCulture, value, arguments);
            Assert.True(Placeholders(value).All(p => filled.Contains("#" + p[1..^1], StringComparison.Ordinal)), code + ": " + key);
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
    public void Help_texts_are_translated_not_copied(string code)
    {
        // Invariant: a command's, argument's or option's description of several words is prose a reader of the language must get in it.
        var translated = Entries(CultureInfo.GetCultureInfo(code));
        var copied = English.Where(e => (e.Key.StartsWith("Command_", StringComparison.Ordinal) || e.Key.StartsWith("Option_", StringComparison.Ordinal) || e.Key.StartsWith("Argument_", StringComparison.Ordinal))
                && e.Value.Split(' ').Length >= 4 && translated[e.Key] == e.Value)
            .Select(e => e.Key).ToArray();
        Assert.True(copied.Length == 0, code + " copies English in " + string.Join(", ", copied));
    }

    [Fact]
    public void Every_argument_and_option_of_every_command_has_a_translated_description()
    {
        var settings = typeof(CampoApp).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t)).ToArray();
        Assert.NotEmpty(settings);
        var plain = settings
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null || p.GetCustomAttribute<CommandArgumentAttribute>() is not null)
            .Where(p => p.GetCustomAttribute<DescriptionAttribute>() is not LocalizedDescriptionAttribute)
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToArray();
        Assert.True(plain.Length == 0, "described in English only: " + string.Join(", ", plain));
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        // tryParents: false, so a language's own file is read, not English filling its gaps.
        var set = CliStrings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: culture.Equals(CultureInfo.InvariantCulture))
            ?? throw new MissingManifestResourceException("no resources for " + culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
