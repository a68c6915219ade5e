using Campo.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Campo.Cli.Tests;

/// <summary>Runs <c>campo</c> in process with captured output.</summary>
internal static class CliHarness
{
    /// <summary>The repository root, found from the test binary's folder.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Runs in the repository root, in English unless the arguments say <c>--lang</c>.</summary>
    public static CliResult Run(params string[] args) => RunIn(RepositoryRoot, args);

    /// <summary>
    /// Runs in a folder, in English unless the arguments say <c>--lang</c>: the machine's <c>CAMPO_LANG</c> and UI
    /// culture are never read, so that tests give the same result on every machine.
    /// </summary>
    public static CliResult RunIn(string workingDirectory, params string[] args) => RunWith(LanguageSources.None, workingDirectory, args);

    /// <summary>Runs in the repository root as if <c>CAMPO_LANG</c> and the UI culture were <paramref name="languages"/>.</summary>
    public static CliResult RunWith(LanguageSources languages, params string[] args) => RunWith(languages, RepositoryRoot, args);

    /// <summary>Runs in the repository root, in English unless the arguments say <c>--lang</c>, on a terminal <paramref name="width"/> columns wide.</summary>
    public static CliResult RunAtWidth(int width, params string[] args) => RunWith(LanguageSources.None, RepositoryRoot, args, width);

    private static CliResult RunWith(LanguageSources languages, string workingDirectory, string[] args, int width = 160)
    {
        var console = new TestConsole().Width(width);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CampoApp.Run(args, new CliOutput(console, stdout, stderr, workingDirectory), languages);
        return new CliResult(code, console.Output + stdout, stderr.ToString(), stdout.ToString());
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Campo.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Campo.slnx not found above the test binaries.");
    }
}

/// <summary>What a run printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Everything written for people and machines on standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="RawOut">Only the raw standard output (JSON, CSV).</param>
internal sealed record CliResult(int ExitCode, string Output, string Error, string RawOut)
{
    /// <summary>The output with every run of white space as one space: a phrase is found wherever the terminal wrapped it.</summary>
    public string Unwrapped => System.Text.RegularExpressions.Regex.Replace(Output, @"\s+", " ");
}
