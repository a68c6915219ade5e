using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Campo.Errors;
using Campo.Tests.Shared;

// Not Campo.Tests.Errors: that name would hide Campo.Errors from tests that write Errors.CampoException.
namespace Campo.Tests.LocalizedErrors;

public partial class MessagesTests : ResourceSetContract
{
    protected override ResourceManager Resources => Messages.ResourceManager;

    protected override Type Keys => typeof(Messages);

    [Theory]
    [MemberData(nameof(Translations), MemberType = typeof(ResourceSetContract))]
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

    [GeneratedRegex(@"(?<![\w.\[_])[a-z]{2,}(?![\w.\]_(])")]
    private static partial Regex WordPattern();
}
