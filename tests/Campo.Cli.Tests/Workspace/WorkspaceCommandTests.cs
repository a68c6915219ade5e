using Campo.Cli.Infrastructure;
using Campo.Tests.Shared;

namespace Campo.Cli.Tests.Workspace;

/// <summary>
/// <c>campo data import</c>, <c>campo data show --data</c> and <c>--data WORKSPACE.duckdb</c> on the commands (issue 19),
/// on the shared WITS fixture and on small files written here.
/// </summary>
public sealed class WorkspaceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-workspace-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CliResult Run(params string[] args) => CliHarness.RunIn(_folder, args);

    private static string Shared(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(CliHarness.RepositoryRoot, "..", "shared", "data", relative));
        SharedDataGate.Require(path, relative, SharedDataGate.InCi);
        return path;
    }

    [SkippableFact]
    public void Schedule_from_a_workspace_with_the_Brazil_2002_WITS_file_gives_the_same_lines_as_reading_the_file()
    {
        // The must-hold: after importing the Brazil 2002 WITS fixture, --data ws.duckdb gives the same
        // line-level result as --schedule FILE (Brazil is developing in the dataset, as --status says here).
        var json = Shared("wits/raw_2002/tariffs_partner_000.json");
        var import = Run("data", "import", "wits", json, "--into", "ws.duckdb");
        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        Assert.Contains("0 refused", import.Output, StringComparison.Ordinal);

        var fromWorkspace = Run("schedule", "BRA", "--draft", "rev4-2008", "--data", "ws.duckdb", "--lines", "ws.csv");
        var fromFile = Run("schedule", "BRA", "--draft", "rev4-2008", "--schedule", json, "--status", "developing", "--lines", "file.csv");
        Assert.Equal(ExitCodes.Ok, fromWorkspace.ExitCode);
        Assert.Equal(ExitCodes.Ok, fromFile.ExitCode);
        var a = File.ReadAllText(Path.Combine(_folder, "ws.csv"));
        var b = File.ReadAllText(Path.Combine(_folder, "file.csv"));
        Assert.True(a.Split('\n').Length > 600, "the lines file holds Brazil's agricultural HS6 lines");
        Assert.Equal(b, a);

        // The source of the rates is the workspace, named in the output.
        Assert.Contains("workspace ws.duckdb", fromWorkspace.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_reports_refused_rows_with_their_line_and_show_lists_the_import()
    {
        File.WriteAllText(Path.Combine(_folder, "bra.csv"),
            "reporter_iso3,year,product_code,tariff_type,tariff_value\n"
            + "BRA,2002,100590,MFN,8\n"
            + "BRA,2002,100630,MFN,twelve\n"
            + "BRA,2002,100590,MFN,9\n"
            + "BRA,2002,020110,BND,55\n");
        var result = Run("data", "import", "wits", "bra.csv", "--into", "ws.duckdb");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("4 rows read, 2 stored, 2 refused", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 3: rate-is-text (tariff_value)", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 4: duplicated-line", result.Output, StringComparison.Ordinal);
        Assert.Contains("as line 2", result.Output, StringComparison.Ordinal);

        var show = Run("data", "show", "--data", "ws.duckdb");
        Assert.Equal(ExitCodes.Ok, show.ExitCode);
        Assert.Contains("bra.csv", show.Output, StringComparison.Ordinal);
        Assert.Contains("BRA 2002: 2 HS lines, 1 with a bound rate", show.Output, StringComparison.Ordinal);
        Assert.Contains("WITS terms", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_a_named_error_and_the_workspace_keeps_the_earlier_import()
    {
        var file = Path.Combine(_folder, "bra.csv");
        File.WriteAllText(file, "reporter_iso3,year,product_code,tariff_value\nBRA,2002,100590,8\n");
        Assert.Equal(ExitCodes.Ok, Run("data", "import", "wits", "bra.csv", "--into", "ws.duckdb").ExitCode);

        // The same file again, now without its rate column: refused as a whole, the first import stays.
        File.WriteAllText(file, "reporter_iso3,year,product_code\nBRA,2002,100590\n");
        var broken = Run("data", "import", "wits", "bra.csv", "--into", "ws.duckdb");
        Assert.Equal(ExitCodes.InputError, broken.ExitCode);
        Assert.Contains("missing-column", broken.Error, StringComparison.Ordinal);
        Assert.Contains("bra.csv:1", broken.Error, StringComparison.Ordinal);
        var show = Run("data", "show", "--data", "ws.duckdb", "--json");
        Assert.Contains("\"tariff_lines\": 1", show.RawOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_with_a_workspace_names_the_source_of_the_members_rates()
    {
        File.WriteAllText(Path.Combine(_folder, "bra.csv"), "reporter_iso3,year,product_code,tariff_value\nBRA,2002,100590,8\nBRA,2002,100510,0\n");
        Assert.Equal(ExitCodes.Ok, Run("data", "import", "wits", "bra.csv", "--into", "ws.duckdb").ExitCode);
        var run = Run("run", "rev4-2008", "--data", "ws.duckdb");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Tariff sources (--data ws.duckdb)", run.Output, StringComparison.Ordinal);
        Assert.Contains("BRA: workspace ws.duckdb", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 of 2 agricultural lines mapped to 1 model commodities", run.Output, StringComparison.Ordinal);
        Assert.Contains("every other member", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_without_a_workspace_or_a_card_is_a_usage_error()
    {
        var result = Run("data", "show");
        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("--data WORKSPACE.duckdb", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var result = Run("data", "import", "comtrade", "x.csv", "--into", "ws.duckdb");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("wto-ttd, wits, faostat or baci", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gravity_on_a_workspace_needs_a_table_or_a_query()
    {
        var result = Run("gravity", "estimate", "ws.duckdb", "trade ~ rta | exp + imp");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--table NAME or --sql QUERY", result.Output + result.Error, StringComparison.Ordinal);
    }
}
