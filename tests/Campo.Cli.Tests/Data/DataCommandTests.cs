using System.Text.Json;
using Campo.Cli.Infrastructure;
using Campo.Tests.Shared;

namespace Campo.Cli.Tests.Data;

/// <summary>The <c>campo data</c> commands, run in process against the embedded default dataset.</summary>
public class DataCommandTests
{
    [Fact]
    public void Members_at_cancun_lists_146_members()
    {
        // NZ Herald, Cancún 2003: "30 of 146 nations" (reference/negotiation-and-civil-society.md §1.1).
        var result = CliHarness.Run("data", "members", "--at", "2003-09-14");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("WTO members on 2003-09-14: 146", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_json_lists_all_166_members_with_status_and_region()
    {
        // wto/wto_members_accession.csv: 166 members.
        var result = CliHarness.Run("data", "members", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        Assert.Equal(166, json.RootElement.GetProperty("count").GetInt32());
        var mex = json.RootElement.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "MEX");
        Assert.Equal("developing", mex.GetProperty("status").GetString());
        Assert.Equal("MEX", mex.GetProperty("region").GetString());
        Assert.Equal("México", mex.GetProperty("names").GetProperty("es").GetString());
    }

    [Fact]
    public void A_bad_date_is_a_usage_error_that_says_how_to_write_it()
    {
        var result = CliHarness.Run("data", "members", "--at", "14/09/2003");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coalitions_lists_every_coalition_with_its_vintage()
    {
        var result = CliHarness.Run("data", "coalitions");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        foreach (var code in new[] { "G20", "G22", "CAIRNS", "G33", "C4", "ACP", "AFRICAN", "LDC" })
        {
            Assert.Contains(code, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("2004-07-28", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coalitions_json_gives_the_cairns_groups_17_members_and_source()
    {
        // Cairns Group statement of 17 December 2003: 17 members (reference §1.4).
        var result = CliHarness.Run("data", "coalitions", "CAIRNS", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var cairns = json.RootElement[0];
        Assert.Equal(17, cairns.GetProperty("count").GetInt32());
        Assert.Contains("cairnsgroup.org", cairns.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_coalition_suggests_the_closest()
    {
        var result = CliHarness.Run("data", "coalitions", "G21");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("unknown coalition 'G21'; did you mean", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Commodities_json_lists_64_commodities_with_maize_at_its_2005_world_price()
    {
        // IMPACT PW_2005_world_prices_usd_per_mt.csv: cmaiz 142.3844; BaseCTY_Crops has 64 commodities.
        var result = CliHarness.Run("data", "commodities", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        Assert.Equal(64, json.RootElement.GetArrayLength());
        var maize = json.RootElement.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "maiz");
        Assert.Equal(142.3844, maize.GetProperty("worldPriceUsdPerTonne").GetDouble(), 4);
        Assert.Equal("1005", maize.GetProperty("hsHeadings")[0].GetString());
    }

    [Fact]
    public void Commodities_prints_a_table()
    {
        var result = CliHarness.Run("data", "commodities");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Maize", result.Output, StringComparison.Ordinal);
        Assert.Contains("142.38", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_mexico_maize_prints_the_card_with_its_sources()
    {
        // IMPACT BaseCTY_Crops: jmaiz,MEX QS 20968.07573 and QM 6815.03495 thousand t.
        var result = CliHarness.Run("data", "show", "MEX", "maize");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("20968.1", result.Output, StringComparison.Ordinal);
        Assert.Contains("6815.0", result.Output, StringComparison.Ordinal);
        Assert.Contains("Bound tariff: unknown", result.Output, StringComparison.Ordinal);
        Assert.Contains("IFPRI IMPACT", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_json_accepts_an_impact_code()
    {
        var result = CliHarness.Run("data", "show", "mex", "jmaiz", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        Assert.Equal("maiz", json.RootElement.GetProperty("commodity").GetProperty("code").GetString());
        Assert.Equal(6815.035, json.RootElement.GetProperty("thousandTonnes").GetProperty("imports").GetDouble(), 3);
    }

    [Fact]
    public void Show_a_member_of_an_aggregate_region_states_the_assumption()
    {
        var result = CliHarness.Run("data", "show", "HKG", "rice");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("part of an aggregate", result.Output, StringComparison.Ordinal);
        Assert.Contains("share of the region's quantities is unknown", result.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_is_one_line_with_a_suggestion()
    {
        var result = CliHarness.Run("data", "show", "MXE", "maize");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("campo: unknown member or region 'MXE'; did you mean MNE?", result.Error.Trim());
    }

    [Fact]
    public void An_unknown_commodity_is_one_line_with_a_suggestion()
    {
        var result = CliHarness.Run("data", "show", "MEX", "maise");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("campo: unknown commodity 'maise'; did you mean maize?", result.Error.Trim().Replace("Maize", "maize", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_requires_the_source_folder()
    {
        var result = CliHarness.Run("data", "build");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--from", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_from_a_missing_folder_names_it()
    {
        var result = CliHarness.Run("data", "build", "--from", "no/such/folder", "--out", Path.GetTempPath());
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no/such/folder does not exist", result.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Build_json_writes_every_dataset_file()
    {
        var shared = Path.GetFullPath(Path.Combine(CliHarness.RepositoryRoot, "..", "shared", "data"));
        SharedDataGate.Require(Path.Combine(shared, "impact"), "impact", SharedDataGate.InCi);
        var output = Directory.CreateTempSubdirectory("campo-cli-build").FullName;
        try
        {
            var result = CliHarness.Run("data", "build", "--from", shared, "--out", output, "--json");
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            using var json = JsonDocument.Parse(result.RawOut);
            Assert.Equal(Campo.Data.DatasetFiles.All.Count, json.RootElement.GetProperty("files").GetArrayLength());
            Assert.True(File.Exists(Path.Combine(output, "base_2005.csv")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [InlineData("members", "--at")]
    [InlineData("coalitions", "CODE")]
    [InlineData("commodities", "--json")]
    [InlineData("show", "COMMODITY")]
    [InlineData("build", "--names-pt")]
    public void Every_data_command_has_help(string command, string mentions)
    {
        var result = CliHarness.Run("data", command, "--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(mentions, result.Output, StringComparison.Ordinal);
        Assert.Contains("--json", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("members")]
    [InlineData("coalitions")]
    [InlineData("commodities")]
    [InlineData("show")]
    public void Every_reading_command_takes_a_dataset_folder(string command) =>
        Assert.Contains("--data", CliHarness.Run("data", command, "--help").Output, StringComparison.Ordinal);

    [Fact]
    public void Data_help_lists_its_commands()
    {
        var result = CliHarness.Run("data", "--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        foreach (var command in new[] { "members", "coalitions", "commodities", "show", "build" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }
}
