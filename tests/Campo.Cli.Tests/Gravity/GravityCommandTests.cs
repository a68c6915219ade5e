using System.Text.Json;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Gravity;

public sealed class GravityCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-gravity-cli").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Estimate_prints_the_coefficients_and_the_sample()
    {
        var data = Write("flows.csv", SmallPanel());

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("dist", result.Output, StringComparison.Ordinal);
        Assert.Contains("observations: 9 used of 9 read", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(data));
    }

    [Fact]
    public void Estimate_with_json_prints_machine_readable_coefficients()
    {
        Write("flows.csv", SmallPanel());

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp", "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var coefficient = json.RootElement.GetProperty("coefficients")[0];
        Assert.Equal("dist", coefficient.GetProperty("name").GetString());
        Assert.Equal(9, json.RootElement.GetProperty("observationsUsed").GetInt32());
    }

    [Fact]
    public void Timing_reports_elapsed_time_and_peak_memory()
    {
        Write("flows.csv", SmallPanel());

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp", "--timing");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("s elapsed", result.Error, StringComparison.Ordinal);
        Assert.Contains("peak memory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_one_line_naming_the_file_and_the_columns()
    {
        Write("flows.csv", SmallPanel());

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ distance | exp + imp");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("flows.csv", line, StringComparison.Ordinal);
        Assert.Contains("no column named 'distance'", line, StringComparison.Ordinal);
        Assert.Contains("exp, imp, trade, dist", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_outcome_is_an_error_naming_its_line_and_column()
    {
        Write("flows.csv", "exp,imp,trade,dist\nA,A,10,1\nA,B,-3,2\nB,A,4,2\nB,B,12,1\n");

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("flows.csv:3:3: trade: negative outcome -3", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_in_a_numeric_column_is_an_error_naming_its_line()
    {
        Write("flows.csv", "exp,imp,trade,dist\nA,A,10,1\nA,B,3,far\nB,A,4,2\nB,B,12,1\n");

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("flows.csv:3:4: dist: 'far' is not a number", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_formula_points_at_the_character()
    {
        Write("flows.csv", SmallPanel());

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade = dist");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("formula: no '~'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_variance_is_a_usage_error()
    {
        Write("flows.csv", SmallPanel());

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp", "--vcov", "robust");

        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("--vcov is iid, hetero or cluster", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_estimate_says_which_variables_the_formula_can_create()
    {
        var result = CliHarness.Run("gravity", "estimate", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("log(column)", result.Output, StringComparison.Ordinal);
        Assert.Contains("transformation", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counterfactual_spec_with_an_unknown_key_names_its_line()
    {
        Write("flows.csv", SmallPanel());
        Write("spec.toml", "data = \"flows.csv\"\nformula = \"trade ~ dist | exp + imp\"\nsigma = 5\nexporter = \"exp\"\nimporter = \"imp\"\ncolour = \"red\"\n");

        var result = CliHarness.RunIn(_folder, "gravity", "counterfactual", "spec.toml");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("spec.toml:6: colour: unknown key 'colour'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counterfactual_on_a_small_world_prints_every_country()
    {
        Write("flows.csv", SmallPanel());
        Write("spec.toml", "data = \"flows.csv\"\nformula = \"trade ~ dist | exp + imp\"\nsigma = 5\nexporter = \"exp\"\nimporter = \"imp\"\n"
            + "imbalance = \"additive\"\n[[change]]\nvariable = \"dist\"\nvalue = 1\npairs = [[\"A\", \"B\"]]\nsymmetric = true\n");

        var result = CliHarness.RunIn(_folder, "gravity", "counterfactual", "spec.toml", "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var countries = json.RootElement.GetProperty("countries");
        Assert.Equal(3, countries.GetArrayLength());

        // Cheaper trade between A and B raises A's exports (a direction any gravity model implies).
        Assert.True(countries[0].GetProperty("exportsFull").GetDouble() > 0);
    }

    [Fact]
    public void Dropped_writes_every_dropped_observation_with_its_line_and_reason_and_json_lists_them_all()
    {
        // Seven rows with a missing distance (lines 2 to 8): more than the five the console shows.
        var rows = string.Concat(Enumerable.Range(0, 7).Select(i => $"A,X{i},5,\n"));
        Write("flows.csv", "exp,imp,trade,dist\n" + rows + SmallPanel()[(SmallPanel().IndexOf('\n', StringComparison.Ordinal) + 1)..]);

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp", "--dropped", "dropped.csv", "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(_folder, "dropped.csv"));
        Assert.Equal("line,reason", lines[0]);
        Assert.Equal(Enumerable.Range(2, 7).Select(l => $"{l},\"missing value in dist\"").ToArray(), lines[1..]);
        using var json = JsonDocument.Parse(result.RawOut);
        var listed = json.RootElement.GetProperty("dropped")[0].GetProperty("lines").EnumerateArray().Select(e => e.GetInt32());
        Assert.Equal(Enumerable.Range(2, 7), listed);
    }

    [Theory]
    [InlineData("exp,imp,trade,dist,dist\nA,A,1,1,1\n", "flows.csv:1:5: dist: the column name 'dist' appears twice")]
    [InlineData("", "flows.csv:1: the file is empty")]
    [InlineData("exp,imp,trade,dist\nA,A,1,1\nA,B,2,2,9\n", "flows.csv:3:5: this row has 5 fields but the header names 4 columns")]
    [InlineData("exp,imp,trade,dist\nA,A,1,1\nA,B,2,Inf\nB,A,2,2\nB,B,1,1\n", "flows.csv:3:4: dist: 'Inf' is infinite")]
    [InlineData("exp,imp,trade,dist\nA,A,0,1\nA,B,0,2\nB,A,0,2\nB,B,0,1\n", "the outcome trade is zero in all 4 usable observations")]
    [InlineData("exp,imp,trade,dist\nA,A,1,1\n", "1 usable observation(s) of 1")]
    public void Bad_data_is_one_line_and_an_input_error(string text, string expected)
    {
        Write("flows.csv", text);

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_megabyte_field_is_one_line_naming_the_file_and_line_not_an_internal_error()
    {
        Write("flows.csv", "exp,imp,trade,dist\nA,A,1,1\nA,B," + new string('9', 2_000_000) + ",2\n");

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ dist | exp + imp");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("flows.csv:3", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 2_000, "the error must not echo the field");
    }

    [Fact]
    public void A_formula_with_nothing_after_the_tilde_is_an_input_error_not_a_fit()
    {
        Write("flows.csv", SmallPanel());

        var result = CliHarness.RunIn(_folder, "gravity", "estimate", "flows.csv", "trade ~ ");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("nothing after '~'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Counterfactual_timing_reports_reading_estimating_and_solving()
    {
        Write("flows.csv", SmallPanel());
        Write("spec.toml", "data = \"flows.csv\"\nformula = \"trade ~ dist | exp + imp\"\nsigma = 5\nexporter = \"exp\"\nimporter = \"imp\"\n"
            + "[[change]]\nvariable = \"dist\"\nvalue = 1\npairs = [[\"A\", \"B\"]]\n");

        var result = CliHarness.RunIn(_folder, "gravity", "counterfactual", "spec.toml", "--timing");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"timing: read [0-9.]+ s, estimate [0-9.]+ s, solve [0-9.]+ s; total [0-9.]+ s; peak memory [0-9]+ MB", result.Error);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Three countries, all pairs, domestic included; made-up flows for command-line behaviour only.</summary>
    private static string SmallPanel() =>
        "exp,imp,trade,dist\n" +
        "A,A,100,1\nA,B,20,2\nA,C,5,3\n" +
        "B,A,18,2\nB,B,90,1\nB,C,9,2.5\n" +
        "C,A,6,3\nC,B,8,2.5\nC,C,70,1\n";
}
