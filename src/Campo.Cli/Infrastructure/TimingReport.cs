using System.Diagnostics;
using Campo.Cli.Resources;
using Campo.Diagnostics;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// <c>--timing</c> on every command: the command's time split into the phases of <see cref="Phase"/> (start-up, command
/// line, scenario, data load, calibration, schedules, solve, draws, results, verdict, output), each with its wall time
/// and the work it did whatever the machine's load (processor time of every thread, bytes allocated, JIT time and
/// methods compiled), printed on the error stream after the command's output so that <c>--json</c> stays clean.
/// Phases inside another (the draws of a verdict) are indented; "other" is the program's time outside the phases.
/// </summary>
internal sealed class TimingReport
{
    /// <summary>The option.</summary>
    public const string Option = "--timing";

    private readonly PhaseTimer _timer;
    private readonly PhaseTimer.Scope? _arguments;
    private bool _commandStarted;

    private TimingReport(PhaseTimer timer)
    {
        _timer = timer;
        _timer.Add(Phase.StartUp, SinceProcessStart());
        _arguments = PhaseTimer.Measure(Phase.Arguments);
    }

    /// <summary>True when the arguments (before any <c>--</c>) ask for timing.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static bool Wanted(IReadOnlyList<string> args) => args.TakeWhile(a => a != "--").Contains(Option, StringComparer.Ordinal);

    /// <summary>Starts recording in this flow of execution when the arguments ask for it; null otherwise.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static TimingReport? Start(IReadOnlyList<string> args) => Wanted(args) ? new TimingReport(PhaseTimer.Start()) : null;

    /// <summary>The command line is parsed and the command starts: ends the command-line phase.</summary>
    public void CommandStarts()
    {
        if (!_commandStarted)
        {
            _commandStarted = true;
            _arguments?.Dispose();
        }
    }

    /// <summary>Stops recording and writes the table.</summary>
    /// <param name="error">The error stream.</param>
    public void Write(TextWriter error)
    {
        CommandStarts();
        PhaseTimer.Stop();
        var total = SinceProcessStart();
        var phases = _timer.Phases.OrderBy(p => p.Phase == Phase.StartUp ? 0 : 1).ToList();
        var culture = CliText.Culture;
        var columns = CliText.Text(CliStrings.Timing_Columns).Split('|');
        var rows = new List<string[]>();
        foreach (var p in phases)
        {
            var name = new string(' ', 2 * p.Depth) + CliText.Text("Timing_" + p.Phase);
            rows.Add(p.Phase == Phase.StartUp
                ? [name, Ms(p.Wall), string.Empty, string.Empty, string.Empty, string.Empty]
                : [name, Ms(p.Wall), Ms(p.Cpu), (p.AllocatedBytes / 1048576.0).ToString("N1", culture), Ms(p.Jit), p.JitMethods.ToString("N0", culture)]);
        }

        var measured = phases.Where(p => p.Depth == 0).Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Wall);
        rows.Add([CliText.Text(CliStrings.Timing_Other), Ms(total > measured ? total - measured : TimeSpan.Zero), string.Empty, string.Empty, string.Empty, string.Empty]);
        rows.Add([CliText.Text(CliStrings.Timing_Total), Ms(total), Ms(Environment.CpuUsage.TotalTime), (GC.GetTotalAllocatedBytes() / 1048576.0).ToString("N1", culture), Ms(System.Runtime.JitInfo.GetCompilationTime()), System.Runtime.JitInfo.GetCompiledMethodCount().ToString("N0", culture)]);
        var widths = columns.Select((c, i) => Math.Max(c.Length, rows.Max(r => r[i].Length))).ToArray();
        error.WriteLine(CliText.Fill(CliStrings.Timing_Title, Environment.ProcessorCount, LoadAverage()));
        error.WriteLine(Line(columns, widths));
        foreach (var row in rows)
        {
            error.WriteLine(Line(row, widths));
        }

        string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("N0", culture);
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();

    private static TimeSpan SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        var elapsed = DateTime.Now - process.StartTime;
        return elapsed > TimeSpan.Zero ? elapsed : TimeSpan.Zero;
    }

    /// <summary>The one-minute load average on Linux (/proc/loadavg), or "?" elsewhere.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
