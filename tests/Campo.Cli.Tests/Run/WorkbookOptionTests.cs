using Campo.Cli.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campo.Cli.Tests.Run;

/// <summary><c>--out FILE.xlsx</c> on run, compare and negotiate writes the analyst's workbook.</summary>
public sealed class WorkbookOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-workbook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Compare_writes_each_drafts_tables_on_numbered_sheets()
    {
        var file = Path.Combine(_folder, "both.xlsx");
        var result = CliHarness.Run("compare", "cancun-2003", "rev4-2008", "--draws", "0", "--out", file);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("The workbook was written to", result.Output, StringComparison.Ordinal);
        var names = SheetNames(file);
        Assert.Equal("Summary", names[0]);
        Assert.Contains("1 Groups", names);
        Assert.Contains("2 Groups", names);
        Assert.Contains("1 Members", names);
        Assert.Contains("2 Markets", names);
        Assert.Equal("Units", names[^1]);
    }

    [Fact]
    public void Run_names_its_sheets_in_the_report_language()
    {
        var file = Path.Combine(_folder, "run.xlsx");
        var result = CliHarness.Run("run", "cancun-2003", "--draws", "0", "--lang", "pt", "--out", file);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var names = SheetNames(file);
        Assert.Equal(["Resumo", "Grupos", "Membros"], names.Take(3));
        Assert.Contains("Premissas", names);
    }

    [Fact]
    public void Negotiate_refuses_an_output_it_cannot_write_before_computing()
    {
        var result = CliHarness.Run("negotiate", "cancun-2003", "--draws", "0", "--out", Path.Combine(_folder, "verdict.docx"));
        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
        Assert.Contains(".xlsx", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    private static string[] SheetNames(string file)
    {
        using var document = SpreadsheetDocument.Open(file, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();
    }
}
