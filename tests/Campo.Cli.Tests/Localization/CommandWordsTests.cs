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
