using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using static Campo.Cli.Tests.Localization.LanguageChoiceTests;

namespace Campo.Cli.Tests.Localization;

public sealed partial class LocalizedOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-lang-").FullName;

    public static TheoryData<string> Languages => new() { "en", "es", "fr", "pt" };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_in_Spanish_prints_Spanish_headings()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--lang", "es");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Quién gana y quién pierde, por grupo", result.Output, StringComparison.Ordinal);
        Assert.Contains("Los precios mundiales que más cambian", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Resource("en", CliStrings.Run_GroupsTitle), result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("pt")]
    public void Run_writes_the_world_total_with_the_cultures_digit_grouping(string language)
    {
        var json = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--json");
        var total = JsonDocument.Parse(json.RawOut).RootElement.GetProperty("world").GetProperty("total").GetDouble();
        Assert.True(Math.Abs(total) >= 1000, "the check needs a total with a thousands group");

        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--lang", language);
        var culture = CultureInfo.GetCultureInfo(language == "pt" ? "pt-BR" : language);

        // The world row: the JSON total rounded to whole millions, its digits grouped by three with the culture's separator
        // (1,234 in English, 1.234 in Spanish and Portuguese, 1 234 with a narrow no-break space in French).
        var expected = Grouped(total, culture.NumberFormat.NumberGroupSeparator);
        var world = result.Output.Split('\n').Single(l => l.Contains("│ " + Resource(language, CliStrings.Word_World) + " ", StringComparison.Ordinal));
        Assert.Contains(expected, world, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_in_French_have_a_decimal_comma_and_a_spaced_percent_sign()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--lang", "fr");
        Assert.Matches(ChangePattern(","), result.Output);
        Assert.DoesNotMatch(ChangePattern("."), result.Output);
    }

    [Fact]
    public void Run_json_is_the_same_in_every_language()
    {
        var english = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--member", "MEX", "--json").RawOut;
        Assert.NotEmpty(english);
        foreach (var language in new[] { "es", "fr", "pt" })
        {
            Assert.Equal(english, CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--member", "MEX", "--json", "--lang", language).RawOut);
        }
    }

    [Fact]
    public void A_cross_model_comparison_json_keeps_its_caveats_in_English()
    {
        var english = CliHarness.Run("compare", "scenarios/nafta-1994.toml", "scenarios/cancun-2003.toml", "--member", "MEX", "--draws", "0", "--json").RawOut;
        var french = CliHarness.Run("compare", "scenarios/nafta-1994.toml", "scenarios/cancun-2003.toml", "--member", "MEX", "--draws", "0", "--json", "--lang", "fr").RawOut;
        Assert.Contains("different models", english, StringComparison.Ordinal);
        Assert.Equal(english, french);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Data_json_is_the_same_in_every_language(string language)
    {
        var english = CliHarness.Run("data", "members", "--at", "2003-09-14", "--json").RawOut;
        Assert.Equal(english, CliHarness.Run("data", "members", "--at", "2003-09-14", "--json", "--lang", language).RawOut);
    }

    [Fact]
    public void A_csv_written_with_out_is_the_same_in_every_language()
    {
        var english = Path.Combine(_folder, "en.csv");
        var french = Path.Combine(_folder, "fr.csv");
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "scenarios/uruguay-round-1995.toml", "--draws", "0", "--out", english).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "scenarios/uruguay-round-1995.toml", "--draws", "0", "--out", french, "--lang", "fr").ExitCode);
        Assert.Equal(File.ReadAllText(english), File.ReadAllText(french));
    }

    [Fact]
    public void A_report_follows_the_language_of_the_command_line_when_lang_is_not_given()
    {
        var file = Path.Combine(_folder, "cancun.html");
        var result = CliHarness.RunWith(new LanguageSources("es", CultureInfo.InvariantCulture), "run", "scenarios/cancun-2003.toml", "--draws", "0", "--report", file);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("lang=\"es\"", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Contains("Informe escrito en " + file, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_in_French_uses_Spectres_and_Campos_translations()
    {
        var result = CliHarness.Run("--help", "--lang", "fr");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = Unwrapped(result.Output);

        // Spectre.Console.Cli's own French headings (its fr satellite resources), then Campo's command descriptions.
        Assert.Contains("UTILISATION:", output, StringComparison.Ordinal);
        Assert.Contains("COMMANDES:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("USAGE:", output, StringComparison.Ordinal);
        Assert.Contains(Unwrapped(Resource("fr", CliStrings.Command_Run)), output, StringComparison.Ordinal);
        Assert.Contains(Unwrapped(Resource("fr", CliStrings.Command_Negotiate)), output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subcommands_help_in_French_describes_its_arguments_and_options_in_French()
    {
        var result = CliHarness.Run("run", "--help", "--lang", "fr");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = Unwrapped(result.Output);
        Assert.Contains("Évalue un projet", output, StringComparison.Ordinal);
        foreach (var key in new[] { CliStrings.Argument_ScenarioFile, CliStrings.Option_Draws, CliStrings.Option_Member, CliStrings.Option_Lang, CliStrings.Option_Json })
        {
            Assert.Contains(Unwrapped(Resource("fr", key)), output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_toml_error_is_reported_in_Portuguese_with_its_line_and_column()
    {
        File.WriteAllText(Path.Combine(_folder, "minuta.toml"), """
            schema = 1
            title = "Minuta"
            kind = "multilateral"

            [base]
            members_at = 2003-09-14

            [market_access.developed]
            formula = "linear"
            cut = "trinta"
            """);
        var result = CliHarness.RunIn(_folder, "run", "minuta.toml", "--lang", "pt");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);

        // cut is on line 10; its value starts after "cut = ", at column 7.
        Assert.Equal(
            "campo: minuta.toml:10:7: market_access.developed.cut: encontrou-se um texto (\"trinta\"); esperava-se um número, ou { value = 25, source = \"...\", status = \"verified\" }",
            result.Error.Trim());
    }

    [Fact]
    public void A_validation_error_is_reported_in_Spanish()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "-5", "--lang", "es");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("campo: --draws: -5 está fuera de rango; indique de 0 a 100000 sorteos", result.Error.Trim());
    }

    [Fact]
    public void An_unknown_member_is_reported_in_French_with_a_suggestion()
    {
        var result = CliHarness.Run("data", "show", "MEXX", "maize", "--lang", "fr");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("campo: membre ou région inconnu 'MEXX'; vouliez-vous dire MEX ?", result.Error.Trim());
    }

    /// <summary>A value rounded to whole units with its sign and digits grouped by three, written by hand.</summary>
    private static string Grouped(double value, string separator)
    {
        var digits = Math.Round(Math.Abs(value), MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3)
        {
            groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        }

        return (value < 0 ? "-" : "+") + string.Join(separator, groups);
    }

    private static Regex ChangePattern(string decimalMark) => new(@"[+-]\d+" + Regex.Escape(decimalMark) + @"\d\u00A0%");
}
