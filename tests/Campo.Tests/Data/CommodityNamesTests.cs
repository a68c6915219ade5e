using System.Collections;
using System.Globalization;
using Campo.Data;
using Campo.Reports.Localization;

namespace Campo.Tests.Data;

public class CommodityNamesTests
{
    public static TheoryData<string> Translations => new() { "es", "fr", "pt" };

    [Fact]
    public void Every_commodity_of_the_default_dataset_has_a_name_in_every_language()
    {
        var dataset = DatasetLoader.LoadDefault();
        foreach (var culture in CommodityNames.Cultures)
        {
            Assert.All(dataset.Commodities, c => Assert.False(string.IsNullOrWhiteSpace(CommodityNames.Find(c.Id, culture)), c.Id + " in " + culture.Name));
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_name_exists_in_every_language_and_no_other(string code)
    {
        var english = Keys(CultureInfo.InvariantCulture);
        var translated = Keys(CultureInfo.GetCultureInfo(code));
        Assert.Empty(english.Except(translated));
        Assert.Empty(translated.Except(english));
    }

    [Fact]
    public void The_names_are_read_in_the_languages_of_the_reports()
    {
        // The data sit below the reports and cannot read their language list; both lists must name the same cultures.
        Assert.Equal(ReportLanguage.All.Select(l => l.Culture.Name), CommodityNames.Cultures.Select(c => c.Name));
    }

    private static HashSet<string> Keys(CultureInfo culture)
    {
        var set = CommodityNames.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
    }
}
