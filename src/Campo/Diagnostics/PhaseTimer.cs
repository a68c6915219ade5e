using System.Diagnostics;
using System.Runtime;

namespace Campo.Diagnostics;

/// <summary>The phases a command's time is split into by <c>--timing</c>.</summary>
public enum Phase
{
    /// <summary>From the process's start to the first line of the program: the runtime, assembly loading.</summary>
    StartUp,

    /// <summary>The command line parsed and the command chosen.</summary>
    Arguments,

    /// <summary>The scenario file read.</summary>
    Scenario,

    /// <summary>The dataset loaded and validated (the embedded snapshot or a folder's CSV files).</summary>
    DataLoad,

    /// <summary>The world market model built from the dataset and calibrated.</summary>
    Calibration,

    /// <summary>The draft applied to every member's schedule.</summary>
    Schedules,

    /// <summary>The world market solved at the central elasticities.</summary>
    Solve,

    /// <summary>The Monte Carlo draws of the bands.</summary>
    Draws,

    /// <summary>The results gathered by region, group and market.</summary>
    Results,

    /// <summary>The negotiation's verdict (central, and over the draws).</summary>
    Verdict,

    /// <summary>Tables, JSON or files written.</summary>
    Output,
}

/// <summary>What one phase cost: wall time, and the work counted whatever the machine's load.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Depth">0 for a phase of the command, 1 for a phase inside another.</param>
/// <param name="Wall">Elapsed time.</param>
/// <param name="Cpu">Processor time of the whole process (every thread) during the phase.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap during the phase (every thread).</param>
/// <param name="Jit">Time the just-in-time compiler spent during the phase (every thread).</param>
/// <param name="JitMethods">Methods compiled during the phase.</param>
public sealed record PhaseTiming(Phase Phase, int Depth, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, TimeSpan Jit, long JitMethods);

/// <summary>
/// Records how long each <see cref="Phase"/> of a command takes, for <c>campo ... --timing</c> and the web server's
/// Server-Timing header. Phases are measured only while a recorder is active in the current flow of execution
/// (<see cref="Start"/>); otherwise <see cref="Measure"/> costs one read of an async-local and nothing else.
/// Work is counted beside wall time (processor time, allocated bytes, JIT time and methods), because wall time on a
/// shared machine measures the load as much as the program.
/// </summary>
public sealed class PhaseTimer
{
    private static readonly AsyncLocal<PhaseTimer?> Active = new();
    private readonly List<PhaseTiming> _phases = [];
    private readonly Lock _lock = new();
    private int _depth;

    private PhaseTimer()
    {
    }

    /// <summary>The phases measured so far, in the order they ended.</summary>
    public IReadOnlyList<PhaseTiming> Phases
    {
        get
        {
            lock (_lock)
            {
                return [.. _phases];
            }
        }
    }

    /// <summary>The recorder of the current flow of execution, or null when none is active.</summary>
    public static PhaseTimer? Current => Active.Value;

    /// <summary>Starts recording in the current flow of execution (and the tasks it starts) and returns the recorder.</summary>
    public static PhaseTimer Start()
    {
        var timer = new PhaseTimer();
        Active.Value = timer;
        return timer;
    }

    /// <summary>Stops recording in the current flow of execution.</summary>
    public static void Stop() => Active.Value = null;

    /// <summary>
    /// Measures a phase until the returned scope is disposed; returns null (and does nothing) when no recorder is
    /// active, so that <c>using var timing = PhaseTimer.Measure(...)</c> costs nothing in an ordinary run.
    /// </summary>
    /// <param name="phase">The phase.</param>
    public static Scope? Measure(Phase phase) => Active.Value is { } timer ? new Scope(timer, phase) : null;

    /// <summary>Adds a phase measured elsewhere (the start-up, measured from the process's start time).</summary>
    /// <param name="phase">The phase.</param>
    /// <param name="wall">Its elapsed time.</param>
    public void Add(Phase phase, TimeSpan wall)
    {
        lock (_lock)
        {
            _phases.Add(new PhaseTiming(phase, 0, wall, TimeSpan.Zero, 0, TimeSpan.Zero, 0));
        }
    }

    /// <summary>An open phase; disposing it (once, later calls do nothing) records the phase.</summary>
    public sealed class Scope : IDisposable
    {
        private readonly PhaseTimer _timer;
        private readonly Phase _phase;
        private readonly int _depth;
        private readonly Snapshot _start;
        private int _closed;

        internal Scope(PhaseTimer timer, Phase phase)
        {
            _timer = timer;
            _phase = phase;
            lock (timer._lock)
            {
                _depth = timer._depth++;
            }

            _start = Snapshot.Now();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0)
            {
                return;
            }

            var end = Snapshot.Now();
            lock (_timer._lock)
            {
                _timer._depth = _depth;
                _timer._phases.Add(new PhaseTiming(
                    _phase,
                    _depth,
                    Stopwatch.GetElapsedTime(_start.Ticks, end.Ticks),
                    end.Cpu - _start.Cpu,
                    end.Allocated - _start.Allocated,
                    end.Jit - _start.Jit,
                    end.JitMethods - _start.JitMethods));
            }
        }
    }

    internal readonly record struct Snapshot(long Ticks, TimeSpan Cpu, long Allocated, TimeSpan Jit, long JitMethods)
    {
        public static Snapshot Now() => new(
            Stopwatch.GetTimestamp(),
            Environment.CpuUsage.TotalTime,
            GC.GetTotalAllocatedBytes(precise: false),
            JitInfo.GetCompilationTime(currentThread: false),
            JitInfo.GetCompiledMethodCount(currentThread: false));
    }
}
