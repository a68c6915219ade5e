using System.Diagnostics;
using System.Globalization;
using System.Text;
using Campo.Workspace;

namespace Campo.Bench.Workspace;

/// <summary>
/// <c>dotnet run -c Release --project bench/Campo.Bench -- import-flows [ROWS] [FOLDER]</c> (issue 19): writes a
/// BACI-shaped flow file of ROWS rows (default 10,000,000; columns t,i,j,k,v,q as BACI's, deterministic values:
/// 200 exporters x 200 importers x HS6 codes, one year), imports it into a new workspace with
/// <see cref="WorkspaceImport"/>, and prints the generation and import times, the import rate, the workspace's size
/// and the process's peak memory (peak resident set, which counts DuckDB's native memory, and the managed bytes allocated). One run, not a BenchmarkDotNet series: an import of this size is a one-off for a user too.
/// </summary>
public static class FlowImportBenchmark
{
    public static int Run(string[] args)
    {
        var rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
        var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "campo-flow-bench");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "BACI_HS02_Y2002_bench.csv");
        var workspacePath = Path.Combine(folder, "bench.duckdb");
        File.Delete(workspacePath);

        var clock = Stopwatch.StartNew();
        Generate(file, rows);
        var generated = clock.Elapsed.TotalSeconds;
        var bytes = new FileInfo(file).Length;

        clock.Restart();
        ImportOutcome outcome;
        using (var workspace = WorkspaceDb.Open(workspacePath, "bench.duckdb", create: true))
        {
            outcome = WorkspaceImport.Import(workspace, ImportKind.Baci, file, Path.GetFileName(file), null, DateTime.UtcNow);
        }

        var imported = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}")
            .AppendLine(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load average at the end: {load}")
            .AppendLine(CultureInfo.InvariantCulture, $"rows: {rows:N0}; file {bytes / 1e6:N0} MB written in {generated:N1} s")
            .AppendLine(CultureInfo.InvariantCulture, $"import: {imported:N1} s wall, {rows / imported:N0} rows/s; stored {outcome.Record.RowsImported:N0}, refused {outcome.Record.RowsRejected:N0}")
            .AppendLine(CultureInfo.InvariantCulture, $"workspace: {new FileInfo(workspacePath).Length / 1e6:N0} MB")
            .AppendLine(CultureInfo.InvariantCulture, $"peak resident set: {process.PeakWorkingSet64 / 1e6:N0} MB; managed bytes allocated in all: {GC.GetTotalAllocatedBytes() / 1e6:N0} MB; processor time {process.TotalProcessorTime.TotalSeconds:N1} s");
        Console.Write(report.ToString());
        return outcome.Record.RowsRejected == 0 && outcome.Record.RowsImported == rows ? 0 : 1;
    }

    /// <summary>BACI's layout: t year, i exporter, j importer (numeric codes), k HS6, v thousand USD, q tonnes (empty for some rows, as in BACI).</summary>
    private static void Generate(string path, long rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("t,i,j,k,v,q\n");
        var line = new StringBuilder(64);
        for (long r = 0; r < rows; r++)
        {
            // Unique (i, j, k): 200 x 200 pairs, then the product index.
            var pair = r % 40_000;
            var product = r / 40_000;
            var exporter = 4 + (int)(pair / 200);
            var importer = 4 + (int)(pair % 200);
            var hs = 10_000 + (int)product;
            var value = ((r * 2_654_435_761L) % 1_000_000) / 1000.0;
            line.Clear();
            line.Append("2002,").Append(exporter).Append(',').Append(importer).Append(',')
                .Append(hs.ToString("D6", CultureInfo.InvariantCulture)).Append(',')
                .Append(value.ToString("0.###", CultureInfo.InvariantCulture)).Append(',');
            if (r % 50 != 0)
            {
                line.Append((value * 0.37).ToString("0.###", CultureInfo.InvariantCulture));
            }

            line.Append('\n');
            writer.Write(line);
        }
    }
}
