using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Campo.Data;
using Campo.Evaluation;
using Campo.Reports.Localization;

namespace Campo.Tests.Reports;

public partial class LocalizationTests
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
        var constants = typeof(Strings).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
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
        // Invariant: prose keys (the brief, the glossary's definitions) must differ from English in every language.
        var translated = Entries(CultureInfo.GetCultureInfo(code));
        var copied = English.Where(e => (e.Key.StartsWith("Brief_", StringComparison.Ordinal) || e.Key.StartsWith("Def_", StringComparison.Ordinal)) && e.Value.Length > 12 && translated[e.Key] == e.Value).Select(e => e.Key).ToArray();
        Assert.True(copied.Length == 0, code + " copies English in " + string.Join(", ", copied));
    }

    [Fact]
    public void Every_commodity_of_the_default_dataset_has_a_name_in_every_language()
    {
        var dataset = DatasetLoader.LoadDefault();
        foreach (var language in ReportLanguage.All)
        {
            var text = ReportText.For(language);
            Assert.All(dataset.Commodities, c => Assert.NotNull(text.Find("Commodity_" + c.Id.Code)));
        }
    }

    [Fact]
    public void Every_region_that_is_not_a_member_has_a_name_in_every_language()
    {
        var dataset = DatasetLoader.LoadDefault();
        var aggregates = dataset.Regions.Where(r => dataset.FindMember(r.Id) is null).ToArray();
        Assert.NotEmpty(aggregates);
        foreach (var language in ReportLanguage.All)
        {
            var text = ReportText.For(language);
            Assert.All(aggregates, r => Assert.NotNull(text.Find("Region_" + r.Id.Code)));
        }
    }

    [Fact]
    public void Every_group_of_an_evaluation_has_a_name()
    {
        var dataset = DatasetLoader.LoadDefault();
        var groups = RegionRoles.At(dataset, new DateOnly(2003, 9, 14)).SelectMany(r => r.Groups).Distinct(StringComparer.Ordinal).ToArray();
        var text = ReportText.For(ReportLanguage.Spanish);
        Assert.All(groups, g => Assert.NotEqual(g, text.Group(g)));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("linear")]
    [InlineData("uruguay-round")]
    [InlineData("swiss")]
    [InlineData("banded")]
    [InlineData("tiered")]
    [InlineData("blended")]
    public void Every_formula_of_the_scenario_schema_has_a_name(string formula)
    {
        // The formula names of docs/scenarios.md (market_access.<group>.formula).
        Assert.All(ReportLanguage.All, l => Assert.NotNull(ReportText.For(l).Find("Formula_" + formula.Replace('-', '_'))));
    }

    [Fact]
    public void A_member_is_named_in_the_readers_language()
    {
        // members.csv: MEX name_es México, name_fr Mexique, name_pt México.
        var dataset = DatasetLoader.LoadDefault();
        Assert.Equal("Mexique", ReportText.For(ReportLanguage.French).Region(new Campo.Domain.MemberId("MEX"), "Mexico", dataset));
        Assert.Equal("Unión Europea", ReportText.For(ReportLanguage.Spanish).Region(new Campo.Domain.MemberId("EUN"), "European Union (EU-25)", dataset));
    }

    [Theory]
    [InlineData("en", "maiz", "maize")]
    [InlineData("fr", "maiz", "maïs")]
    [InlineData("pt", "whea", "trigo")]
    public void A_commodity_inside_a_sentence_starts_in_lower_case(string code, string commodity, string expected) =>
        Assert.Equal(expected, ReportText.For(ReportLanguage.Parse(code)).CommodityInSentence(new Campo.Domain.CommodityId(commodity), "?"));

    [Theory]
    [InlineData("EN", "en")]
    [InlineData("pt-BR", "pt")]
    [InlineData("es-419", "es")]
    [InlineData("fr_CA", "fr")]
    public void A_language_is_found_by_its_first_part(string given, string expected) => Assert.Equal(expected, ReportLanguage.Find(given)?.Code);

    [Fact]
    public void An_unknown_language_is_a_plain_error()
    {
        var error = Assert.Throws<Campo.Errors.CampoException>(() => ReportLanguage.Parse("de"));
        Assert.Contains("\"de\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("en (English), es (español), fr (français) or pt (português)", error.Message, StringComparison.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        // tryParents: false, so a language's own file is read, not English filling its gaps.
        var set = ReportText.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: culture.Equals(CultureInfo.InvariantCulture))
            ?? throw new MissingManifestResourceException("no resources for " + culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
