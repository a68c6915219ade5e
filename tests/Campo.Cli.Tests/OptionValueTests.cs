using System.Globalization;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests;

/// <summary>
/// An option given without its value, or with a value that is not the number it wants: one line naming the option,
/// quoting the value and saying what is expected, never Spectre's placeholder "__default_command" or "Failed to convert".
/// </summary>
public class OptionValueTests
{
    public static TheoryData<string, string[]> MissingValues => new()
    {
        { "--lang", ["run", "scenarios/cancun-2003.toml", "--lang"] },
        { "--member", ["run", "scenarios/cancun-2003.toml", "--member"] },
        { "--member", ["run", "scenarios/cancun-2003.toml", "-m"] },
        { "--draws", ["run", "scenarios/cancun-2003.toml", "--draws"] },
        { "--draws", ["run", "scenarios/cancun-2003.toml", "--draws", "--seed", "3"] },
        { "--member", ["run", "scenarios/cancun-2003.toml", "--member", "--draws", "3"] },
        { "--draws", ["run", "scenarios/cancun-2003.toml", "--draws="] },
        { "--threads", ["negotiate", "scenarios/cancun-2003.toml", "--threads"] },
        { "--transport", ["dumping", "--transport"] },
        { "--from", ["data", "build", "--from"] },
    };

    [Theory]
    [MemberData(nameof(MissingValues))]
    public void An_option_without_its_value_is_named_in_one_line(string option, string[] args)
    {
        var result = CliHarness.Run(args);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith("campo: " + option + " needs a value: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.DoesNotContain("__default_command", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_number_says_what_kind_and_gives_the_default_as_an_example()
    {
        // RunSettings: --draws defaults to 200, --elasticity-cv to 0.25.
        Assert.Equal("campo: --draws needs a value: a whole number, such as 200", CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws").Error.Trim());
        Assert.Equal(
            "campo: --elasticity-cv needs a value: a number, with a dot for decimals, such as 0.25",
            CliHarness.Run("run", "scenarios/cancun-2003.toml", "--elasticity-cv").Error.Trim());
    }

    [Fact]
    public void A_missing_file_name_writes_no_file_named_after_the_placeholder()
    {
        var folder = Directory.CreateTempSubdirectory("campo-missing-value-");
        try
        {
            var result = CliHarness.RunIn(folder.FullName, "run", Path.Combine(CliHarness.RepositoryRoot, "scenarios", "cancun-2003.toml"), "--draws", "0", "--report");
            Assert.Equal(ExitCodes.UsageError, result.ExitCode);
            Assert.StartsWith("campo: --report needs a value: ", result.Error, StringComparison.Ordinal);
            Assert.Empty(folder.GetFiles());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("campo: --draws: \"abc\" is not a whole number", "run", "scenarios/cancun-2003.toml", "--draws", "abc")]
    [InlineData("campo: --draws: \"1.5\" is not a whole number", "run", "scenarios/cancun-2003.toml", "--draws", "1.5")]
    [InlineData("campo: --draws: \"abc\" is not a whole number", "run", "scenarios/cancun-2003.toml", "--draws=abc")]
    [InlineData("campo: --seed: \"-3\" is not a whole number of 0 or more", "run", "scenarios/cancun-2003.toml", "--seed", "-3")]
    [InlineData("campo: --transport: \"abc\" is not a number, with a dot for decimals", "dumping", "--transport", "abc")]
    [InlineData("campo: --transport: \"2,5\" is not a number, with a dot for decimals", "dumping", "--transport", "2,5")]
    [InlineData("campo: --from: \"x\" is not a whole number", "dumping", "--from", "x")]
    public void A_value_that_is_not_a_number_is_named_with_its_option(string expected, params string[] args)
    {
        var result = CliHarness.Run(args);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
    }

    [Fact]
    public void A_number_too_large_for_the_option_gives_the_largest_it_takes()
    {
        // --draws is an Int32: the largest is int.MaxValue.
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "99999999999");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("campo: --draws: \"99999999999\" is too large; give at most " + int.MaxValue.ToString(CultureInfo.InvariantCulture), result.Error.Trim());
    }

    [Theory]
    [InlineData("es", "campo: --draws: \"abc\" no es un número entero", "--draws", "abc")]
    [InlineData("fr", "campo: --draws : \"abc\" n'est pas un nombre entier", "--draws", "abc")]
    [InlineData("pt", "campo: --seed: \"-3\" não é um número inteiro de 0 ou mais", "--seed", "-3")]
    [InlineData("es", "campo: --draws necesita un valor: un número entero, como 200", "--draws")]
    [InlineData("fr", "campo: --draws a besoin d'une valeur : un nombre entier, par exemple 200", "--draws")]
    public void The_messages_are_in_the_language_of_the_run(string language, string expected, params string[] option)
    {
        var result = CliHarness.Run(["run", "scenarios/cancun-2003.toml", "--lang", language, .. option]);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal(expected, result.Error.Trim());
    }

    [Fact]
    public void Help_is_still_shown_when_an_option_lacks_its_value()
    {
        var result = CliHarness.Run("run", "--draws", "--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("--draws", result.Output, StringComparison.Ordinal);
    }
}
