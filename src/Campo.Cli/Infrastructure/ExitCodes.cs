namespace Campo.Cli.Infrastructure;

/// <summary>The process exit codes of <c>campo</c>. Scripts may rely on them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Bad input: a file, a code or a value the user can fix. One line on standard error says which.</summary>
    public const int InputError = 1;

    /// <summary>The command line itself is wrong: an unknown command, a missing argument, an unknown flag.</summary>
    public const int UsageError = 2;

    /// <summary>A model could not be solved (no convergence); the message names the market or estimate.</summary>
    public const int NotSolved = 3;

    /// <summary>A defect in Campo. Please report it with the command that produced it.</summary>
    public const int InternalError = 70;
}
