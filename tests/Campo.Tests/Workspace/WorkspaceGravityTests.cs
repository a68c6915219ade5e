using Campo.Gravity;
using Campo.Tests.TestSupport;
using Campo.Workspace;

namespace Campo.Tests.Workspace;

/// <summary>Gravity panels read from a workspace table or query (issue 19, part 3).</summary>
public sealed class WorkspaceGravityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-wsg-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableFact]
    public void A_panel_read_from_a_workspace_table_gives_the_published_example1_estimates()
    {
        // ppmlhdfe's separation primer, example1 (README of gravity/): x1 -0.4506523 (robust 0.1397897),
        // x3 -0.4708494, x4 -0.0377863, _cons 0.5909476, one observation separated, x2 omitted.
        var csv = SharedData.Require("gravity/separation/example1.csv");
        var path = Path.Combine(_folder, "ws.duckdb");
        using (var writable = WorkspaceDb.Open(path, "ws.duckdb", create: true))
        {
            writable.Execute("CREATE TABLE panel AS SELECT * FROM read_csv('" + csv.Replace("'", "''", StringComparison.Ordinal) + "')");
        }

        using var workspace = WorkspaceDb.Open(path, "ws.duckdb", create: false);
        var table = WorkspaceGravity.ReadTable(workspace, "panel");
        Assert.Equal(12, table.RowCount);
        var fit = GravityEstimation.Estimate(table, "y ~ x1 + x2 + x3 + x4", new GravityOptions { Variance = VarianceType.Hetero });
        Assert.Equal(11, fit.ObservationsUsed);
        Assert.Equal("x2", Assert.Single(fit.Omitted).Name);
        Assert.Equal(-0.4506523, fit["x1"].Estimate, 6);
        Assert.Equal(-0.4708494, fit["x3"].Estimate, 6);
        Assert.Equal(-0.0377863, fit["x4"].Estimate, 6);
        Assert.Equal(0.5909476, fit["_cons"].Estimate, 6);
        Assert.Equal(0.1397897, fit["x1"].StandardError, 6);
    }

    [Fact]
    public void A_query_over_imported_flows_sums_them_and_keeps_missing_values()
    {
        var path = Path.Combine(_folder, "ws.duckdb");
        var flows = Path.Combine(_folder, "flows.csv");
        File.WriteAllText(flows, "t,i,j,k,v,q\n2002,76,32,100590,12.5,40\n2002,76,32,100510,7.5,\n2002,32,76,100590,3,1\n");
        using (var writable = WorkspaceDb.Open(path, "ws.duckdb", create: true))
        {
            WorkspaceImport.Import(writable, ImportKind.Baci, flows, "flows.csv", null, DateTime.UtcNow);
        }

        using var workspace = WorkspaceDb.Open(path, "ws.duckdb", create: false);
        var table = WorkspaceGravity.ReadQuery(workspace, "SELECT exporter, importer, year, sum(value_kusd) AS trade, max(quantity_t) AS q FROM flows GROUP BY ALL ORDER BY exporter", "q");
        Assert.Equal(2, table.RowCount);

        // Hand sums: 76 -> 32: 12.5 + 7.5 = 20; 32 -> 76: 3.
        Assert.Equal([3.0, 20.0], table.Column("trade").Numbers!);
        Assert.Equal([1.0, 40.0], table.Column("q").Numbers!);
    }

    [Fact]
    public void An_unknown_table_names_the_tables_there_are()
    {
        var path = Path.Combine(_folder, "ws.duckdb");
        WorkspaceDb.Open(path, "ws.duckdb", create: true).Dispose();
        using var workspace = WorkspaceDb.Open(path, "ws.duckdb", create: false);
        var error = Assert.Throws<Campo.Errors.CampoException>(() => WorkspaceGravity.ReadTable(workspace, "panel"));
        Assert.Contains("flows", error.Message, StringComparison.Ordinal);
    }
}
