using Spectre.Console;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// Where a command writes: <see cref="Console"/> for tables and panels people read, <see cref="Out"/> for
/// machine-readable text (JSON, CSV) that must never be wrapped or coloured, <see cref="Error"/> for the
/// one-line error messages.
/// </summary>
/// <param name="Console">The rich console.</param>
/// <param name="Out">Raw standard output.</param>
/// <param name="Error">Raw standard error.</param>
/// <param name="WorkingDirectory">Folder that relative paths are resolved against.</param>
public sealed record CliOutput(IAnsiConsole Console, TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>The process's own console and streams.</summary>
    public static CliOutput FromProcess()
    {
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            // Written to a file or a pipe: no terminal width to follow, so use one that fits the report's tables.
            console.Profile.Width = 120;
        }

        return new(console, System.Console.Out, System.Console.Error, Directory.GetCurrentDirectory());
    }

    /// <summary>Resolves a user-given path against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
