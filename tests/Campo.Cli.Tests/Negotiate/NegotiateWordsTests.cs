using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using static Campo.Cli.Tests.Localization.LanguageChoiceTests;

namespace Campo.Cli.Tests.Negotiate;

/// <summary>
/// The negotiate screen says one thing about who objects (audit 6, §4.4 and §4.6): the headline counts members whose
/// final position objects (after the coalitions' common positions), the coalition table counts members dissatisfied
/// on their own payoff before the coalition decides, and each says so; the decision model's coefficients are named in
/// the run's language, not by their code names (red_line).
/// </summary>
public class NegotiateWordsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("pt")]
    public void The_coalition_counts_and_the_model_coefficients_are_said_in_the_language_of_the_run(string language)
    {
        var result = CliHarness.Run("negotiate", "scenarios/rev4-2008.toml", "--draws", "0", "--lang", language);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var output = Unwrapped(result.Output);

        Assert.DoesNotContain("red_line", output, StringComparison.Ordinal);

        Assert.Contains(Resource(language, CliStrings.Coef_RedLine), output, StringComparison.Ordinal);
        Assert.Contains(Resource(language, CliStrings.Coef_Discipline), output, StringComparison.Ordinal);
        Assert.Contains(Unwrapped(Resource(language, CliStrings.Negotiate_CoalitionsNote)), output, StringComparison.Ordinal);
    }
}
