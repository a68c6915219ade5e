using System.Text;

namespace Campo.Data;

/// <summary>
/// Writes a file so that a partial file never remains where the user asked for one: the content goes to a temporary
/// file in the same folder (a hidden name ending in <c>.partial</c>), which is then moved into place in one step. When
/// writing fails, the temporary file is removed and any earlier file of that name is left as it was.
/// </summary>
public static class OutputFile
{
    /// <summary>Writes a file through a temporary file in the same folder.</summary>
    /// <param name="path">The full path of the file.</param>
    /// <param name="write">Writes the content to the stream (which it must not close early).</param>
    /// <exception cref="IOException">The folder cannot be written, or the move failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file is not writable.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var temporary = TemporaryPath(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>Writes UTF-8 text (no byte-order mark) through a temporary file in the same folder.</summary>
    /// <param name="path">The full path of the file.</param>
    /// <param name="text">The text.</param>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            writer.Write(text);
        });
    }

    /// <summary>
    /// Checks that a file could be created in <paramref name="path"/>'s folder now, by creating and removing a
    /// temporary file there; the file itself is not touched.
    /// </summary>
    /// <param name="path">The full path of the file to write later.</param>
    /// <exception cref="IOException">The folder does not exist or cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void CheckWritable(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var temporary = TemporaryPath(path);
        using (new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
        {
        }

        if (File.Exists(temporary))
        {
            TryDelete(temporary);
        }
    }

    /// <summary>The temporary file beside <paramref name="path"/>: ".name.1a2b3c4d.partial".</summary>
    internal static string TemporaryPath(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Path.Combine(folder, "." + Path.GetFileName(path) + "." + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)) + ".partial");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind only if the folder became unwritable meanwhile; the hidden .partial name says what it is.
        }
    }
}
