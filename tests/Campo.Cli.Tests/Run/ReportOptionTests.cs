using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Run;

public sealed class ReportOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_writes_a_report_in_the_chosen_language()
    {
        var file = Path.Combine(_folder, "cancun.html");
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--member", "MEX", "--report", file, "--lang", "fr");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var html = File.ReadAllText(file);
        Assert.Contains("lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains("L'essentiel", html.Replace("&#39;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Rapport écrit dans " + file, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reports_numbers_are_the_json_outputs()
    {
        var file = Path.Combine(_folder, "rev4.html");
        var result = CliHarness.Run("run", "scenarios/rev4-2008.toml", "--draws", "10", "--member", "BRA", "--json", "--report", file, "--lang", "pt");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var regions = System.Text.Json.JsonDocument.Parse(result.RawOut).RootElement.GetProperty("regions").EnumerateArray()
            .ToDictionary(r => r.GetProperty("region").GetString()!, r => r.GetProperty("welfare").GetProperty("total").GetDouble());
        System.Xml.Linq.XNamespace x = "http://www.w3.org/1999/xhtml";
        var rows = System.Xml.Linq.XDocument.Load(file).Descendants(x + "table").Single(t => (string?)t.Attribute("class") == "regions").Element(x + "tbody")!.Elements(x + "tr").ToArray();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var key = (string)row.Elements().First().Attribute("data-key")!;
            var total = double.Parse((string)row.Elements(x + "td").ElementAt(3).Attribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(regions[key], total);
        }
    }

    [Fact]
    public void Compare_writes_a_comparison_report()
    {
        var file = Path.Combine(_folder, "compare.html");
        var result = CliHarness.Run("compare", "scenarios/harbinson-2003.toml", "scenarios/cancun-2003.toml", "--draws", "0", "--report", file, "--lang", "es");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("comparado con", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--lang", "de");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--lang: \"de\" is not a language Campo speaks; give en, es, fr or pt", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_file_that_is_not_html_is_an_output_error()
    {
        var result = CliHarness.Run("run", "scenarios/cancun-2003.toml", "--draws", "0", "--report", Path.Combine(_folder, "out.txt"));
        Assert.Equal(ExitCodes.OutputError, result.ExitCode);
        Assert.Contains("--report: cannot write \".txt\" files; name the file with .html | .htm", result.Error, StringComparison.Ordinal);
    }
}
