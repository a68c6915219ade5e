using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Negotiate;

/// <summary>
/// campo negotiate in Spanish, French and Portuguese: the verdict, its robustness, the reasons, the record of Cancún and
/// the coalition discovery in the run's language, not the model's English sentences.
/// </summary>
public class NegotiateLanguageTests
{
    /// <summary>Sentences the model writes in English (NegotiationOutcome's texts), which must not reach the other languages.</summary>
    private static readonly string[] EnglishSentences =
    [
        "the status quo",
        "The draft fails",
        "The draft passes",
        "in every draw",
        "Of the ",
        "of its farm output",
        "objects with the ",
        "falls short of what it asked",
        "no market data",
        "blocks alone",
        "Adjusted Rand index",
        "each member's first coalition",
        "commodity payoffs",
        "The Cancún ministerial closed",
        "decision index",
        "of consumption",
    ];

    [Theory]
    [InlineData("es", "El borrador fracasaría", "Índice de Rand ajustado", "índice de decisión")]
    [InlineData("fr", "Le projet échouerait", "Indice de Rand ajusté", "indice de décision")]
    [InlineData("pt", "A minuta fracassaria", "Índice de Rand ajustado", "índice de decisão")]
    public void The_verdict_reasons_record_and_discovery_are_in_the_language_of_the_run(string language, string verdict, string discovery, string index)
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "2", "--member", "MEX", "--discover", "--lang", language);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = string.Join(" ", result.Output.Split('\n').Select(l => l.Trim()));
        Assert.Contains(verdict, output, StringComparison.Ordinal);
        Assert.Contains(discovery, output, StringComparison.Ordinal);
        Assert.Contains(index, output, StringComparison.Ordinal); // MEX's decision index, in the member detail
        foreach (var english in EnglishSentences)
        {
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void English_keeps_the_model_s_own_sentences()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "2", "--member", "MEX");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = string.Join(" ", result.Output.Split('\n').Select(l => l.Trim()));
        Assert.Contains("The draft fails: ", output, StringComparison.Ordinal);
        Assert.Contains("decision index", output, StringComparison.Ordinal);
        Assert.Contains("objects with the ", output, StringComparison.Ordinal);
        Assert.Contains("Of the ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Malla completa de 2 puntos por parámetro (2 borradores)", "swiss: coeficiente suizo de los miembros desarrollados")]
    [InlineData("fr", "Grille complète de 2 points par paramètre (2 projets)", "swiss: coefficient suisse des membres développés")]
    public void The_search_method_and_parameters_are_in_the_language_of_the_run(string language, string method, string parameter)
    {
        // A full grid of 2 points on one parameter: 2 drafts.
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--search", "swiss=10:60", "--grid", "2", "--lang", language);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = string.Join(" ", result.Output.Split('\n').Select(l => l.Trim(' ', '│')));
        Assert.Contains(method, output, StringComparison.Ordinal);
        Assert.Contains(parameter, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Full grid", output, StringComparison.Ordinal);
        Assert.DoesNotContain("judged end to end", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Swiss coefficient", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_issue_is_named_with_the_records_label_in_the_language_of_the_run()
    {
        // data/negotiation/issues.csv, label_es of cotton_specific.
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--search", "cotton_specific", "--grid", "2", "--lang", "es");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = System.Text.RegularExpressions.Regex.Replace(string.Join(" ", result.Output.Split('\n').Select(l => l.Trim(' ', '│'))), @"\s+", " ");
        Assert.Contains("cotton_specific: parte del paquete", output, StringComparison.Ordinal);
        Assert.Contains("algodón", output, StringComparison.Ordinal);
        Assert.Contains("Los temas del paquete cambian lo que el paquete cumple", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Package issues change", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CHN", "parte de la región agregada CHM", "part of the aggregate region")]
    [InlineData("FRA", "la Unión Europea (EUN) habla por él", "speaks for it")]
    [InlineData("VCT", "sin región de mercado en el conjunto de datos", "no market region in the dataset")]
    public void The_assumption_behind_a_member_s_payoff_is_in_the_language_of_the_run(string member, string spanish, string english)
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--member", member, "--lang", "es");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = string.Join(" ", result.Output.Split('\n').Select(l => l.Trim()));
        Assert.Contains(spanish, output, StringComparison.Ordinal);
        Assert.DoesNotContain(english, output, StringComparison.Ordinal);
    }
}
