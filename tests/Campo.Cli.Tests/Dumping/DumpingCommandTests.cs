using System.Text.Json;
using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Dumping;

public class DumpingCommandTests
{
    [Fact]
    public void Dumping_prints_the_margins_and_the_published_checks()
    {
        var result = CliHarness.Run("dumping", "--from", "1997", "--to", "2005");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Export dumping margins, US maize, 1997-2005", result.Output, StringComparison.Ordinal);

        // The formula on IATP's worked example: (2.50 − 2.00)/2.50 = 20%.
        Assert.Contains("(2.50 − 2.00) / 2.50 = +20.0%", result.Output, StringComparison.Ordinal);

        // The default says which comparison it is and sets the published margins beside its own for the same years.
        Assert.Contains("Like for like at the farm gate", result.Output, StringComparison.Ordinal);
        Assert.Contains("Wise (1997-2005): published +19.0%", result.Output, StringComparison.Ordinal);
        Assert.Contains("IATP (2003): published +10.0%", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_port_comparison_shows_each_years_basis()
    {
        var result = CliHarness.Run("dumping", "--price", "marketing-year", "--from", "2002", "--to", "2003", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        foreach (var row in json.RootElement.GetProperty("years").EnumerateArray())
        {
            // cost per tonne = cost per bushel ÷ 0.02540117272 + basis (no transport); margin = (cost − price)/cost.
            var cost = (row.GetProperty("costUsdPerBushel").GetDouble() / 0.02540117272) + row.GetProperty("basisUsdPerTonne").GetDouble();
            Assert.Equal(cost, row.GetProperty("costUsdPerTonne").GetDouble(), 9);
            var price = row.GetProperty("priceUsdPerTonne").GetDouble();
            Assert.Equal((cost - price) / cost, row.GetProperty("margin").GetDouble(), 12);
        }
    }

    [Fact]
    public void Dumping_json_has_one_row_per_year_with_the_inputs()
    {
        var result = CliHarness.Run("dumping", "--from", "2000", "--to", "2002", "--cost-basis", "operating", "--price", "harvest", "--transport", "10", "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.RawOut);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("years").GetArrayLength());
        Assert.Equal("operating", root.GetProperty("inputs").GetProperty("costBasis").GetString());
        Assert.Equal("harvest", root.GetProperty("inputs").GetProperty("price").GetString());

        // ERS 2000: operating costs 164.99 USD/acre over 138 bu/acre, plus 10 USD/t; harvest price 1.77 USD/bu.
        var row = root.GetProperty("years")[0];
        var cost = (164.99 / 138 / 0.02540117272) + 10;
        var price = 1.77 / 0.02540117272;
        Assert.Equal((cost - price) / cost, row.GetProperty("margin").GetDouble(), 9);
    }

    [Fact]
    public void A_commodity_without_cost_data_is_one_line()
    {
        var result = CliHarness.Run("dumping", "--commodity", "beans");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("campo: --commodity: no cost of production data for Beans: the dataset holds USDA ERS costs and returns for US corn (maize) only (ERS publishes them for wheat, soybeans, cotton and rice too, but the shared data transcribe corn alone); choose maize, or bring a cost series for Beans", result.Error.Trim());
    }

    [Fact]
    public void Years_without_cost_data_are_one_line()
    {
        var result = CliHarness.Run("dumping", "--from", "1990", "--to", "1999");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no cost data for 1990", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_cost_basis_is_a_usage_error()
    {
        var result = CliHarness.Run("dumping", "--cost-basis", "full");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("total, total-less-land, operating", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dumping_help_documents_every_option()
    {
        var result = CliHarness.Run("dumping", "--help");
        foreach (var option in new[] { "--commodity", "--from", "--to", "--cost-basis", "--price", "--transport", "--data", "--json" })
        {
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        }
    }
}
