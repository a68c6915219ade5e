using System.Globalization;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Localization;

public class LanguageChoiceTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void The_lang_option_wins_over_the_variable_and_the_culture() =>
        Assert.Equal("pt", CliLanguage.Choose(["run", "x.toml", "--lang", "pt"], new LanguageSources("fr", CultureInfo.GetCultureInfo("es-ES"))).Code);

    [Fact]
    public void The_variable_wins_over_the_culture() =>
        Assert.Equal("fr", CliLanguage.Choose(["run", "x.toml"], new LanguageSources("fr", CultureInfo.GetCultureInfo("es-ES"))).Code);

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("fr-CA", "fr")]
    [InlineData("pt-PT", "pt")]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("", "en")]
    public void Without_option_or_variable_the_culture_decides_when_it_is_one_of_the_four(string culture, string expected) =>
        Assert.Equal(expected, CliLanguage.Choose(["data", "members"], new LanguageSources(null, CultureInfo.GetCultureInfo(culture))).Code);

    [Fact]
    public void A_variable_Campo_does_not_speak_falls_back_to_the_culture() =>
        Assert.Equal("es", CliLanguage.Choose(["data", "members"], new LanguageSources("de", CultureInfo.GetCultureInfo("es-AR"))).Code);

    [Theory]
    [InlineData("--lang=fr", "fr")]
    [InlineData("--lang:pt", "pt")]
    [InlineData("--lang=es-419", "es")]
    [InlineData("--LANG=fr", null)]
    [InlineData("--language=fr", null)]
    public void The_option_is_read_in_its_three_spellings(string argument, string? expected) =>
        Assert.Equal(expected, CliLanguage.FromArguments(["run", "x.toml", argument])?.Code);

    [Fact]
    public void The_last_lang_option_counts_and_nothing_after_a_double_dash() =>
        Assert.Equal("es", CliLanguage.FromArguments(["--lang", "fr", "--lang", "es", "--", "--lang", "pt"])?.Code);

    [Fact]
    public void An_unknown_language_is_a_usage_error_on_one_line()
    {
        var result = CliHarness.Run("data", "members", "--lang", "de");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("campo: --lang: \"de\" is not a language Campo speaks; give en, es, fr or pt", result.Error.Trim());
    }

    [Fact]
    public void Campo_lang_chooses_the_language_when_no_option_is_given()
    {
        var result = CliHarness.RunWith(new LanguageSources("fr", Invariant), "data", "coalitions");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(Resource("fr", Resources.CliStrings.Col_Members), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ui_culture_chooses_the_language_when_nothing_else_does()
    {
        var result = CliHarness.RunWith(new LanguageSources(null, CultureInfo.GetCultureInfo("pt-BR")), "run", "--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(Unwrapped(Resource("pt", Resources.CliStrings.Option_Draws)), Unwrapped(result.Output), StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_leaves_the_callers_ui_culture_as_it_was()
    {
        var before = CultureInfo.CurrentUICulture;
        CliHarness.Run("data", "coalitions", "--lang", "es");
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    internal static string Resource(string language, string key) =>
        Resources.CliStrings.ResourceManager.GetString(key, CultureInfo.GetCultureInfo(language))!;

    /// <summary>
    /// The help wraps long descriptions over lines and pads them, and drops a description's final full stop; this joins
    /// the words back and drops the full stop, so that a resource text can be found in the help.
    /// </summary>
    internal static string Unwrapped(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output.Replace("│", " ", StringComparison.Ordinal), @"\s+", " ").Trim().TrimEnd('.');
}
