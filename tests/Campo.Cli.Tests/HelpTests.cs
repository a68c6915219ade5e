using System.Globalization;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void Help_names_the_program_and_exits_cleanly()
    {
        var result = CliHarness.Run("--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("campo", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var result = CliHarness.Run("frobnicate");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("frobnicate", result.Output + result.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> EveryCommandInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        string[] commands = ["run", "compare", "schedule", "negotiate", "dumping", "serve", "data", "data members", "data coalitions", "data commodities", "data show", "data build", "gravity", "gravity estimate", "gravity counterfactual", "cluster", "cluster silo"];
        foreach (var command in commands)
        {
            foreach (var language in new[] { "en", "es", "fr", "pt" })
            {
                data.Add(command, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCommandInEveryLanguage))]
    public void Every_commands_help_prints_in_every_language(string command, string language)
    {
        // CAMPO_LANG rather than --lang: the branches (data, gravity) take no options of their own.
        var result = CliHarness.RunWith(new LanguageSources(language, CultureInfo.InvariantCulture), [.. command.Split(' '), "--help"]);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("--help", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Square_brackets_in_a_description_are_printed_as_written()
    {
        // The --draft option names the scenario's [market_access] section: help text is not markup.
        var result = CliHarness.Run("schedule", "--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("[market_access]", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data")]
    [InlineData("gravity")]
    [InlineData("run")]
    public void Help_follows_lang_on_branches_and_commands_alike(string command)
    {
        var result = CliHarness.Run(command, "--help", "--lang", "fr");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        // Spectre's own French heading for USAGE.
        Assert.Contains("UTILISATION", result.Output, StringComparison.Ordinal);
    }
}
