using System.Text.Json;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Run;

public class RegionalRunTests
{
    private const string Nafta = "scenarios/nafta-1994.toml";

    private static CliResult RunFile(string text, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), "campo-regional-" + Guid.NewGuid().ToString("N") + ".toml");
        File.WriteAllText(file, text);
        try
        {
            return CliHarness.Run(["run", file, .. args]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Run_for_mexico_leads_with_maize_and_beans()
    {
        var result = CliHarness.Run("run", Nafta, "--member", "MEX", "--draws", "0");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var section = result.Output[result.Output.IndexOf("MEX, Mexico", StringComparison.Ordinal)..];
        var table = section[..section.IndexOf("all commodities", StringComparison.Ordinal)];
        var rows = table.Split('\n').Where(l => l.StartsWith('│') && !l.Contains("commodity", StringComparison.Ordinal)).Select(l => l.Split('│')[1].Trim()).Where(c => c.Length > 0).ToArray();
        Assert.Equal(["Maize", "Beans"], rows.Take(2));
    }

    [Fact]
    public void Run_states_who_bears_the_adjustment_per_commodity()
    {
        var result = CliHarness.Run("run", Nafta, "--member", "MEX", "--draws", "0");
        Assert.Contains("Who bears the adjustment", result.Output, StringComparison.Ordinal);
        Assert.Contains("Maize: farmers bear", result.Output, StringComparison.Ordinal);
        Assert.Contains("farm revenue", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreements_world_prices_are_headed_with_the_agreement_and_its_sentences_are_single_spaced()
    {
        var result = CliHarness.Run("run", Nafta, "--member", "MEX", "--draws", "0");
        Assert.Contains("with the agreement", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("with the draft", result.Output, StringComparison.Ordinal);
        // Without draws there is no band: the sentence closes up around the empty place.
        Assert.Contains("million USD a year (farmers", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_shows_the_path_the_look_back_and_its_error_measure()
    {
        var result = CliHarness.Run("run", Nafta, "--member", "MEX", "--draws", "0");
        Assert.Contains("Maize in MEX, year by year against the 1991-93 market", result.Output, StringComparison.Ordinal);
        Assert.Contains("observed against modelled", result.Output, StringComparison.Ordinal);
        Assert.Contains("Maize imports of MEX, 1994-2008, bilateral model (market frozen at the base period, no baseline growth): mean absolute percentage error", result.Output, StringComparison.Ordinal);
        Assert.Contains("US dumping", result.Output, StringComparison.Ordinal); // the header of the margin column, which may wrap
        Assert.Contains("Producer prices are not compared", result.Output, StringComparison.Ordinal);

        // The Mexican maize model follows, with its three paths beside the record and its error per series.
        Assert.Contains("Mexico's maize, two markets on a growing baseline", result.Output, StringComparison.Ordinal);
        Assert.Contains("Mexico's maize imports, path legal duties of the maize model on a growing baseline: mean absolute percentage error", result.Output, StringComparison.Ordinal);
        Assert.Contains("Mexico's maize imports, path without NAFTA of the maize model on a growing baseline: mean absolute percentage error", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("path WithoutNafta", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_json_carries_the_mexican_maize_model_with_three_paths()
    {
        var result = CliHarness.Run("run", Nafta, "--draws", "0", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var maize = json.RootElement.GetProperty("mexicoMaize");

        // 1994-2008 (FAOSTAT runs to 2009), three paths each.
        Assert.Equal(45, maize.GetProperty("years").GetArrayLength());
        Assert.Equal(15, maize.GetProperty("observed").GetArrayLength());
    }

    [Fact]
    public void Run_json_carries_the_path_look_back_and_margins()
    {
        var result = CliHarness.Run("run", Nafta, "--draws", "0", "--json", "--set", "regional.duties=applied");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var root = json.RootElement;
        Assert.Equal("applied", root.GetProperty("agreement").GetProperty("duties").GetString());
        Assert.Equal(60, root.GetProperty("path").GetArrayLength());
        Assert.True(root.GetProperty("lookBack").GetProperty("series").GetArrayLength() > 0);
        Assert.Equal(13, root.GetProperty("dumping")[0].GetProperty("years").GetArrayLength());
        Assert.Equal("maiz", root.GetProperty("focusCommodities")[0].GetString());
        var market = root.GetProperty("markets")[0];
        Assert.True(market.TryGetProperty("adjustment", out _));
        var regionsTotal = root.GetProperty("regions").EnumerateArray().Sum(r => r.GetProperty("welfare").GetProperty("total").GetDouble());
        Assert.Equal(regionsTotal, root.GetProperty("world").GetProperty("total").GetDouble(), 6);
    }

    [Fact]
    public void Run_writes_the_regional_markets_to_a_csv_file()
    {
        var file = Path.Combine(Path.GetTempPath(), "campo-nafta-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var result = CliHarness.Run("run", Nafta, "--draws", "0", "--out", file);
            Assert.Equal(ExitCodes.Ok, result.ExitCode);

            // Header, then 4 regions × 2 commodities.
            Assert.Equal(9, File.ReadLines(file).Count());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Compare_nafta_and_cancun_states_what_is_compared_for_mexicos_farmers()
    {
        var result = CliHarness.Run("compare", Nafta, "scenarios/cancun-2003.toml", "--member", "MEX", "--draws", "0");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("different models on different data", result.Output, StringComparison.Ordinal);
        Assert.Contains("MEX's farmers under the regional agreement and under the multilateral draft", result.Output, StringComparison.Ordinal);
        Assert.Contains("Maize: the agreement moves MEX's producer price", result.Output, StringComparison.Ordinal);
        Assert.Contains("Beans: the agreement moves", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_json_across_models_carries_the_caveats()
    {
        var result = CliHarness.Run("compare", Nafta, "scenarios/cancun-2003.toml", "--draws", "0", "--json");
        using var json = JsonDocument.Parse(result.RawOut);
        Assert.True(json.RootElement.GetProperty("caveats").GetArrayLength() > 0);
    }

    [Fact]
    public void A_quota_with_negative_growth_is_one_line_naming_the_file_line_and_key()
    {
        var text = File.ReadAllText(Path.Combine(CliHarness.RepositoryRoot, Nafta)).Replace("quota_growth = { value = 3, source = \"the TRQ", "quota_growth = { value = -3, source = \"the TRQ", StringComparison.Ordinal);
        var result = RunFile(text, "--draws", "0");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Matches(@"^campo: .*\.toml:\d+:\d+: regional\.commodities\.maize\.USA_to_MEX\.quota_growth: a quota that shrinks by 3% a year", result.Error);
    }

    [Fact]
    public void A_staging_period_beyond_the_horizon_is_one_line()
    {
        var result = CliHarness.Run("run", Nafta, "--draws", "0", "--set", "regional.horizon=2005");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("after the horizon 2005", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_cost_data_for_the_margins_is_one_line()
    {
        var text = File.ReadAllText(Path.Combine(CliHarness.RepositoryRoot, Nafta)).Replace("commodities = [\"maize\"]", "commodities = [\"beans\"]", StringComparison.Ordinal);
        var result = RunFile(text, "--draws", "0");
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("regional.dumping.commodities: no cost of production data for Beans", result.Error, StringComparison.Ordinal);
    }
}
