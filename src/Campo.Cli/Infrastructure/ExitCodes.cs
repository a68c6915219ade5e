namespace Campo.Cli.Infrastructure;

/// <summary>
/// The process exit codes of <c>campo</c>, the same for every command; scripts may rely on them (README, "Exit codes").
/// Every code but 0 comes with one line on standard error naming the file, line, field or option.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>An input cannot be used: a scenario, schedule, spec or data file, or a value inside one.</summary>
    public const int InputError = 1;

    /// <summary>
    /// The command line itself is wrong: an unknown command or flag, a missing argument, or an option's value that is
    /// missing, malformed, out of range or unknown (<c>--draws abc</c>, <c>--member XYZ</c>, <c>--at 1900-01-01</c>).
    /// </summary>
    public const int UsageError = 2;

    /// <summary>A model could not be solved (no convergence); the message names the market or estimate.</summary>
    public const int NotSolved = 3;

    /// <summary>
    /// The cluster named by <c>--cluster</c> cannot do the work: no silo of the cluster's id answers at the gateway, every
    /// silo left during the sweep, or a silo runs another build (sysexits' EX_UNAVAILABLE). Nothing was written.
    /// </summary>
    public const int ClusterUnavailable = 69;

    /// <summary>A defect in Campo. Please report it with the command that produced it.</summary>
    public const int InternalError = 70;

    /// <summary>
    /// An output file may not or cannot be written (it exists and <c>--force</c> was not given, its folder is missing or
    /// read-only, its extension is wrong). Checked before computing: nothing was written.
    /// </summary>
    public const int OutputError = 73;

    /// <summary>The run was cancelled (Ctrl+C); nothing partial was written.</summary>
    public const int Cancelled = 130;
}
