using System.Text.Json;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Negotiate;

public class NegotiateCommandTests
{
    [Fact]
    public void Negotiate_prints_the_verdict_the_objectors_and_the_record_on_one_screen()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("146 WTO members on September 14, 2003 decide by consensus", result.Output, StringComparison.Ordinal);
        Assert.Matches("(PASSES|FAILS) The draft", result.Output);
        Assert.Contains("Coalitions with a common position", result.Output, StringComparison.Ordinal);
        Assert.Contains("What happened", result.Output, StringComparison.Ordinal);
        Assert.Contains("Of the ", result.Output, StringComparison.Ordinal);
        Assert.True(result.Output.Split('\n').Length < 90, "the report should fit a screen or two");
    }

    [Theory]
    [InlineData("--drafts", "5")]
    [InlineData("--best", "ldc-farmers")]
    [InlineData("--grid", "3")]
    [InlineData("--search-out", "drafts.csv")]
    public void A_search_option_without_a_search_is_refused_rather_than_ignored(string option, string value)
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", option, value);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("need a search: add --search PARAM=LOW:HIGH", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_objectors_table_names_commodities_in_words_not_codes()
    {
        var table = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0").Output;
        using var json = JsonDocument.Parse(CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--json").RawOut);
        var codes = json.RootElement.GetProperty("members").EnumerateArray()
            .SelectMany(m => m.GetProperty("reasons").EnumerateArray())
            .Select(r => r.GetProperty("commodity").GetString())
            .OfType<string>().Distinct()
            // A code that is also the word (rice) cannot be told apart.
            .Where(code => !string.Equals(Campo.Data.DatasetLoader.LoadDefault().FindCommodity(new Campo.Domain.CommodityId(code))?.Name, code, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Assert.NotEmpty(codes);
        Assert.All(codes, code =>
        {
            Assert.DoesNotContain("of " + code + " ", table, StringComparison.Ordinal);
            Assert.DoesNotContain(" " + code + " imports", table, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Negotiate_json_has_every_member_with_its_verdict_and_reasons_and_the_comparison()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "4", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var root = json.RootElement;
        var members = root.GetProperty("members").EnumerateArray().ToArray();
        Assert.Equal(146, members.Length);
        Assert.All(members, m =>
        {
            Assert.Contains(m.GetProperty("position").GetString(), new[] { "accept", "object" });
            Assert.Equal(JsonValueKind.Array, m.GetProperty("reasons").ValueKind);
            Assert.InRange(m.GetProperty("objectShare").GetDouble(), 0, 1);
        });
        var historical = root.GetProperty("historical");
        var rejecters = historical.GetProperty("rejecters").GetInt32();
        var predicted = historical.GetProperty("rejectersPredictedToObject").GetInt32();
        Assert.Equal(predicted / (double)rejecters, historical.GetProperty("shareRejectersPredicted").GetDouble(), 12);
        Assert.Equal(4, root.GetProperty("robustness").GetProperty("draws").GetInt32());
        Assert.NotEmpty(root.GetProperty("assumptions").EnumerateArray());
    }

    [Fact]
    public void Negotiate_writes_every_member_to_a_csv_file()
    {
        var file = Path.Combine(Path.GetTempPath(), "campo-negotiate-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--out", file);
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            var lines = File.ReadAllLines(file);
            Assert.StartsWith("member,name,status,payoff_source,region,coalitions,own,position,index,object_probability,farm_output", lines[0], StringComparison.Ordinal);
            Assert.Equal(147, lines.Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_member_is_shown_in_detail()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--member", "IND");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("IND, India", result.Output, StringComparison.Ordinal);
        // The sentence wraps at the console width, and where it wraps depends on the numbers in it: read it unwrapped.
        var text = string.Join(' ', result.Output.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Payoff against the alternative", text, StringComparison.Ordinal);
        Assert.Contains("decision index", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_reports_its_method_and_its_speed_and_writes_its_drafts()
    {
        var file = Path.Combine(Path.GetTempPath(), "campo-search-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--search", "swiss=10:100", "--grid", "3", "--timing", "--search-out", file);
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Contains("Draft search", result.Output, StringComparison.Ordinal);
            Assert.Contains("Full grid of 3 points", result.Output, StringComparison.Ordinal);
            Assert.Contains("drafts a minute", result.Output, StringComparison.Ordinal);
            var lines = File.ReadAllLines(file);
            Assert.Equal("swiss,passes,objecting,objective,distance", lines[0]);
            Assert.Equal(4, lines.Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Discovery_reports_the_adjusted_rand_index()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--discover");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Adjusted Rand index", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retired_weights_and_coalition_rule_flags_are_one_line_naming_the_replacement()
    {
        foreach (var (flag, value) in new[] { ("--weights", "gko"), ("--coalition-rule", "unanimity") })
        {
            var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", flag, value);
            Assert.Equal(ExitCodes.InputError, result.ExitCode);
            Assert.Single(result.Error.Trim().Split('\n'));
            Assert.Contains("belongs to the stated acceptance rules", result.Error, StringComparison.Ordinal);
            Assert.Contains("--validate", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_search_parameter_is_one_line_naming_the_closest()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--search", "swis=10:60");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith("campo: --search: unknown draft parameter \"swis\"; did you mean swiss? allowed: the draft parameters swiss, cuts, cap, special, sdt, support, export_end, or a package issue of the record delivered 0-1 (singapore_launch, cotton_specific, ssm, blended_opt_out", result.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Package_issues_are_searched_and_named_in_the_search_table()
    {
        // The Cancún draft is an event of the record: its package's issues can be varied (data/negotiation/packages.csv).
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--search", "cotton=0:1", "--search", "singapore_launch", "--grid", "2");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var text = System.Text.RegularExpressions.Regex.Replace(result.Output, @"\s+", " ");
        Assert.Contains("cotton_specific: share of the package delivered on:", text, StringComparison.Ordinal);
        Assert.Contains("singapore_launch: share of the package delivered on:", text, StringComparison.Ordinal);
        Assert.Contains("Package issues change what the package delivers on them", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_issue_that_is_not_on_the_drafts_table_is_one_line()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--search", "public_stockholding");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("--search", result.Error, StringComparison.Ordinal);
        Assert.Contains("not on the table of cancun-2003", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_the_draft_does_not_have_is_one_line()
    {
        var result = CliHarness.Run("negotiate", "scenarios/rev4-2008.toml", "--draws", "0", "--search", "swiss");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("swiss cannot be varied", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_decision_key_set_on_the_command_line_is_one_line()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--draws", "0", "--set", "decision.staple=rice");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("unknown key \"staple\"", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void A_search_option_without_a_search_is_a_usage_error()
    {
        var result = CliHarness.Run("negotiate", "scenarios/cancun-2003.toml", "--grid", "3");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }

    [Fact]
    public void A_baseline_file_is_read_relative_to_the_scenario()
    {
        var folder = Directory.CreateTempSubdirectory("campo-baseline").FullName;
        try
        {
            var text = File.ReadAllText(Path.Combine(CliHarness.RepositoryRoot, "scenarios", "cancun-2003.toml"));
            File.WriteAllText(Path.Combine(folder, "cancun.toml"), text);
            File.WriteAllText(Path.Combine(folder, "same.toml"), text + "\n[decision]\nbaseline = \"cancun.toml\"\n");

            // Against itself, every member's payoff is zero and no red line can be crossed: the draft passes.
            var result = CliHarness.RunIn(folder, "negotiate", "same.toml", "--draws", "0", "--json");
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            using var json = JsonDocument.Parse(result.RawOut);
            Assert.True(json.RootElement.GetProperty("verdict").GetProperty("passes").GetBoolean());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_baseline_file_is_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("campo-baseline").FullName;
        try
        {
            var text = File.ReadAllText(Path.Combine(CliHarness.RepositoryRoot, "scenarios", "cancun-2003.toml"));
            File.WriteAllText(Path.Combine(folder, "draft.toml"), text + "\n[decision]\nbaseline = \"nope.toml\"\n");
            var result = CliHarness.RunIn(folder, "negotiate", "draft.toml", "--draws", "0");
            Assert.Equal(ExitCodes.InputError, result.ExitCode);
            Assert.Equal("campo: nope.toml: no scenario file at this path; give the path of a .toml scenario, such as scenarios/cancun-2003.toml", result.Error.Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
