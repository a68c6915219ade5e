using Campo.Reports.Localization;

namespace Campo.Tests.Reports;

public class FormatTests
{
    // CLDR number conventions: English 1,234.5; Spanish and Brazilian Portuguese 1.234,5; French 1 234,5 with a
    // narrow no-break space (U+202F) as group separator.
    [Theory]
    [InlineData("en", "1,234.5")]
    [InlineData("es", "1.234,5")]
    [InlineData("fr", "1\u202F234,5")]
    [InlineData("pt", "1.234,5")]
    public void Numbers_follow_the_readers_culture(string code, string expected) =>
        Assert.Equal(expected, ReportText.For(ReportLanguage.Parse(code)).Format.Number(1234.5, 1));

    [Theory]
    [InlineData(1234.4, "+1,234")]
    [InlineData(-12.34, "\u221212.3")]
    [InlineData(0.044, "+0.04")]
    [InlineData(0.001, "0.00")]
    [InlineData(-0.004, "0.00")]
    public void Money_keeps_a_sign_and_a_readable_precision(double millions, string expected) =>
        Assert.Equal(expected, ReportText.For(ReportLanguage.English).Format.Money(millions));

    [Theory]
    [InlineData("en", "+2.3%")]
    [InlineData("fr", "+2,3\u00A0%")]
    [InlineData("es", "+2,3\u00A0%")]
    public void Changes_are_signed_percentages(string code, string expected) =>
        Assert.Equal(expected, ReportText.For(ReportLanguage.Parse(code)).Format.Change(0.023));

    [Theory]
    [InlineData("en", "September 14, 2003")]
    [InlineData("es", "14 de septiembre de 2003")]
    [InlineData("fr", "14 septembre 2003")]
    [InlineData("pt", "14 de setembro de 2003")]
    public void Dates_are_written_out_in_the_readers_language(string code, string expected) =>
        Assert.Equal(expected, ReportText.For(ReportLanguage.Parse(code)).Format.Date(new DateOnly(2003, 9, 14)));

    [Fact]
    public void An_unknown_rate_shows_a_dash() => Assert.Equal("–", ReportText.For(ReportLanguage.English).Format.Rate(null));

    [Theory]
    [InlineData("fr", "de", null, "fr")]
    [InlineData(null, "es", "fr", "es")]
    [InlineData(null, null, "fr-CH, fr;q=0.9, en;q=0.8", "fr")]
    [InlineData(null, null, "de, pt-BR;q=0.5, en;q=0.4", "pt")]
    [InlineData(null, null, "es;q=0, de", "en")]
    [InlineData(null, null, "en;q=0.5, es;q=0.5", "en")]
    [InlineData("xx", "yy", "zz", "en")]
    [InlineData(null, null, "*;q=0.3, de", "en")]
    public void The_language_is_the_query_then_the_cookie_then_the_browser_then_English(string? query, string? cookie, string? header, string expected) =>
        Assert.Equal(expected, LanguageNegotiation.Choose(query, cookie, header).Code);
}
