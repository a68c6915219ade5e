using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Localization;

/// <summary>
/// Words the commands print from the model's English or its codes, in the run's language: campo schedule's treatment,
/// formula, source and product groups, and a regional agreement's tariff commitment in campo run.
/// </summary>
public class CommandWordsTests
{
    /// <summary>Joins the lines of a table or paragraph that the console wrapped.</summary>
    private static string Flat(string output) => string.Join(" ", output.Split('\n').Select(l => l.Trim()));

    [Fact]
    public void Schedule_in_Spanish_names_the_treatment_formula_source_and_commodities_in_Spanish()
    {
        var result = CliHarness.Run("schedule", "BRA", "--draft", "scenarios/rev4-2008.toml", "--lang", "es");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = Flat(result.Output);
        Assert.Contains("BRA (en desarrollo) con ", output, StringComparison.Ordinal);
        Assert.Contains("Fórmula: estratificada; lista: conjunto de datos por defecto de Campo (integrado) (equivalentes arancelarios aplicados de IMPACT, 2005)", output, StringComparison.Ordinal);
        Assert.Contains("Todas las líneas", output, StringComparison.Ordinal); // the cell wraps before "agrícolas"
        Assert.Contains(" Cebada ", output, StringComparison.Ordinal);
        foreach (var english in new[] { "(developing)", "tiered", "the embedded default dataset", "All agricultural lines", " barl ", " bana " })
        {
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schedule_in_English_keeps_its_words_and_names_commodities()
    {
        var result = CliHarness.Run("schedule", "BRA", "--draft", "scenarios/rev4-2008.toml");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = Flat(result.Output);
        Assert.Contains("BRA (developing) under ", output, StringComparison.Ordinal);
        Assert.Contains("Formula: tiered; schedule: the embedded default dataset (IMPACT applied tariff equivalents, 2005)", output, StringComparison.Ordinal);
        Assert.Contains(" Barley ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" barl ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "aranceles: calendario del acuerdo para maíz, frijoles;")]
    [InlineData("fr", "calendrier de l'accord pour maïs, haricots secs ;")]
    [InlineData("en", "tariffs: agreement schedule on maize, beans;")]
    public void A_regional_agreement_s_commitment_names_its_commodities_in_the_language(string language, string expected)
    {
        var result = CliHarness.Run("run", "scenarios/nafta-1994.toml", "--member", "MEX", "--draws", "0", "--lang", language);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(expected, Flat(result.Output), StringComparison.Ordinal);
    }
}

/// <summary>The data commands, the solver's note and the top-level help in the run's language.</summary>
public class DataAndHelpWordsTests
{
    [Fact]
    public void Data_commodities_in_Spanish_names_the_commodities_in_Spanish()
    {
        var result = CliHarness.Run("data", "commodities", "--lang", "es");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("│ Cebada ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Barley", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "own region", "part of an aggregate")]
    [InlineData("es", "región propia", "parte de un agregado")]
    [InlineData("fr", "région propre", "partie d'un agrégat")]
    public void Data_members_gives_the_relation_in_words(string language, string own, string aggregate)
    {
        var result = CliHarness.Run("data", "members", "--lang", language);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(own, result.Output, StringComparison.Ordinal);
        Assert.Contains(aggregate, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PartOfAggregate", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("│ Own ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_show_gives_the_relation_in_words()
    {
        var result = CliHarness.Run("data", "show", "FRA", "wheat", "--lang", "es");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Estado miembro de la UE", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("EuMemberState", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", 1, "1 sweep")]
    [InlineData("en", 9, "9 sweeps")]
    [InlineData("en", 0, "0 sweeps")]
    [InlineData("es", 1, "1 pasada")]
    [InlineData("fr", 2, "2 passes")]
    [InlineData("pt", 1, "1 passagem")]
    public void The_solver_s_sweeps_are_counted_in_the_singular_and_the_plural(string language, int count, string expected) =>
        Assert.Equal(expected, Commands.Run.RunReport.Sweeps(Reports.Localization.ReportLanguage.Find(language)!, count));

    [Fact]
    public void A_run_names_its_sweeps_in_words()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"largest relative residual [^,]+, \d+ sweeps?\)", LanguageChoiceTests.Unwrapped(result.Output));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("pt")]
    public void The_top_level_help_says_how_to_choose_the_language(string language)
    {
        var result = CliHarness.Run("--help", "--lang", language);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = LanguageChoiceTests.Unwrapped(result.Output);
        Assert.Contains("--lang en, es, fr", output, StringComparison.Ordinal);
        Assert.Contains("CAMPO_LANG", output, StringComparison.Ordinal);
        Assert.Contains("campo run scenarios/cancun-2003.toml --lang es", output, StringComparison.Ordinal);
    }
}
