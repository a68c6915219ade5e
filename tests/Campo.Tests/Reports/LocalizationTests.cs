using System.Globalization;
using System.Resources;
using Campo.Composition;
using Campo.Data;
using Campo.Reports.Localization;
using Campo.Tests.Shared;

namespace Campo.Tests.Reports;

public class LocalizationTests : ResourceSetContract
{
    protected override ResourceManager Resources => ReportText.Resources;

    protected override Type Keys => typeof(Strings);

    [Theory]
    [MemberData(nameof(Translations), MemberType = typeof(ResourceSetContract))]
    public void Sentences_are_translated_not_copied(string code)
    {
        // Invariant: prose keys (the brief, the glossary's definitions) must differ from English in every language.
        var translated = Entries(CultureInfo.GetCultureInfo(code));
        var copied = English.Where(e => (e.Key.StartsWith("Brief_", StringComparison.Ordinal) || e.Key.StartsWith("Def_", StringComparison.Ordinal)) && e.Value.Length > 12 && translated[e.Key] == e.Value).Select(e => e.Key).ToArray();
        Assert.True(copied.Length == 0, code + " copies English in " + string.Join(", ", copied));
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
}
