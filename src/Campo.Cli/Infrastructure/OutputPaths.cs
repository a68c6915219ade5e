using Campo.Cli.Resources;
using Campo.Data;
using Campo.Errors;

namespace Campo.Cli.Infrastructure;

/// <summary>An output file a command was asked to write.</summary>
/// <param name="Shown">The path as the user gave it, or null when the option was not given.</param>
/// <param name="Option">The option that named it, such as <c>--report</c>.</param>
/// <param name="Extensions">The extensions the file may have, such as <c>.csv</c>.</param>
internal sealed record OutputPath(string? Shown, string Option, params string[] Extensions);

/// <summary>
/// Campo's one convention for output files, checked before anything is computed: each file has a known extension, its
/// folder exists and can be written now, no two outputs name the same file, and an existing file is replaced only
/// with <c>--force</c>. The files are then written through a temporary file moved into place (<see cref="OutputFile"/>),
/// so that a partial file never remains. A refusal names the option and the path and exits with
/// <see cref="ExitCodes.OutputError"/>.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Checks every output a command was given.</summary>
    /// <param name="output">Resolves the paths.</param>
    /// <param name="force">True to allow replacing existing files.</param>
    /// <param name="paths">The outputs; those not given (null) are skipped.</param>
    /// <exception cref="CampoException">An output cannot or may not be written.</exception>
    public static void Check(CliOutput output, bool force, params OutputPath[] paths)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(paths);
        var seen = new Dictionary<string, string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths.Where(p => !string.IsNullOrWhiteSpace(p.Shown)))
        {
            var shown = path.Shown!;
            var full = output.Resolve(shown);
            var location = new SourceLocation(shown, Field: path.Option);
            var extension = Path.GetExtension(full);
            if (path.Extensions.Length > 0 && !path.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                throw new CampoException(CliText.Fill(CliStrings.Error_OutputExtension, extension), CliText.Fill(CliStrings.Error_OutputExtensionExpected, string.Join(" | ", path.Extensions)), location);
            }

            if (Directory.Exists(full))
            {
                throw new CampoException(CliText.Text(CliStrings.Error_OutputIsFolder), CliText.Text(CliStrings.Error_OutputIsFolderExpected), location);
            }

            var folder = Path.GetDirectoryName(full) ?? output.WorkingDirectory;
            if (!Directory.Exists(folder))
            {
                throw new CampoException(CliText.Fill(CliStrings.Error_OutputFolderMissing, Path.GetDirectoryName(shown) is { Length: > 0 } given ? given : folder), CliText.Text(CliStrings.Error_OutputFolderExpected), location);
            }

            if (seen.TryGetValue(full, out var other))
            {
                throw new CampoException(CliText.Fill(CliStrings.Error_OutputSame, other, path.Option), CliText.Text(CliStrings.Error_OutputSameExpected), location);
            }

            seen[full] = path.Option;
            if (File.Exists(full) && !force)
            {
                throw new CampoException(CliText.Text(CliStrings.Error_OutputExists), CliText.Text(CliStrings.Error_OutputExistsExpected), location);
            }

            try
            {
                OutputFile.CheckWritable(full);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new CampoException(CliText.Fill(CliStrings.Error_OutputNotWritable, folder, exception.Message), CliText.Text(CliStrings.Error_OutputFolderExpected), location, exception);
            }
        }
    }

    /// <summary>The options that name output files; a refusal about one of them exits with <see cref="ExitCodes.OutputError"/>.</summary>
    public static bool IsOutputOption(string? field) => field is "--out" or "--report" or "--search-out" or "--lines" or "--charts";
}
