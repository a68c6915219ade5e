using System.Text;
using Campo.Data.Csv;

namespace Campo.Data;

/// <summary>
/// The embedded default dataset as a binary snapshot (<see cref="CsvSnapshot"/>), built on the first run from every
/// CSV file embedded in the library (data/default/*.csv, whatever tables they are) and kept in a cache folder, so that
/// later runs skip tokenising and parsing 3.4 MB of text. The snapshot is keyed by the library's module version id,
/// which changes whenever the library (and so any embedded file) changes; a snapshot of another build is never read.
/// The loader reads the snapshot's tables with the same readers and validation as the CSV files, and a test checks
/// that both give the same dataset, bit for bit.
/// </summary>
/// <remarks>
/// The cache folder is <c>CAMPO_CACHE</c> when set (<c>off</c> to read the CSV files every time), else the user's
/// local application data folder (<c>~/.local/share/campo/cache</c> on Linux). When it cannot be written the snapshot
/// is still built and used in memory for the run.
/// </remarks>
internal static class DatasetSnapshot
{
    /// <summary>The environment variable naming the cache folder, or <c>off</c>.</summary>
    public const string CacheVariable = "CAMPO_CACHE";

    /// <summary>The prefix of the embedded dataset files' resource names.</summary>
    public const string ResourcePrefix = "Campo.Data.Default.";

    private const string FilePrefix = "dataset-";
    private const string FileSuffix = ".snapshot";

    /// <summary>The key of this build's embedded files: the library's module version id.</summary>
    public static byte[] Key => typeof(DatasetSnapshot).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    /// <summary>Every embedded dataset file (data/default/*.csv), by file name in ordinal order.</summary>
    public static IReadOnlyList<string> EmbeddedFiles() =>
        typeof(DatasetSnapshot).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>An embedded file's text, or null when there is no such file.</summary>
    public static StreamReader? Open(string file)
    {
        var stream = typeof(DatasetSnapshot).Assembly.GetManifestResourceStream(ResourcePrefix + file);
        return stream is null ? null : new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>Builds the snapshot of every embedded file.</summary>
    /// <exception cref="Errors.CampoException">An embedded file is not a well-formed table.</exception>
    public static byte[] Build()
    {
        var tables = EmbeddedFiles().Select(file =>
        {
            using var reader = Open(file)!;
            return CsvTable.Parse(reader, file);
        }).ToList();
        return CsvSnapshot.Write(tables, Key);
    }

    /// <summary>
    /// The tables of the snapshot: read from the cache when it holds this build's, else built, cached and read; null
    /// when caching is off or the embedded files are not well-formed tables (the CSV path then reports the error).
    /// </summary>
    /// <param name="label">The file name shown in messages for a file.</param>
    public static Dictionary<string, CsvTable>? Tables(Func<string, string> label) => Tables(label, CacheFolder());

    /// <summary>The tables of the snapshot cached in a folder (null: caching off).</summary>
    /// <param name="label">The file name shown in messages for a file.</param>
    /// <param name="folder">The cache folder, or null.</param>
    public static Dictionary<string, CsvTable>? Tables(Func<string, string> label, string? folder)
    {
        if (folder is null)
        {
            return null;
        }

        var key = Key;
        var path = Path.Combine(folder, FilePrefix + Convert.ToHexStringLower(key) + FileSuffix);
        if (ReadCached(path, key) is { } cached)
        {
            try
            {
                return CsvSnapshot.Read(cached, label);
            }
            catch (InvalidDataException)
            {
                // A damaged file: rebuilt below.
            }
        }

        byte[] image;
        try
        {
            image = Build();
        }
        catch (Errors.CampoException)
        {
            return null;
        }

        Save(folder, path, image);
        return CsvSnapshot.Read(image, label);
    }

    /// <summary>The cache folder, or null when caching is off.</summary>
    public static string? CacheFolder()
    {
        var setting = Environment.GetEnvironmentVariable(CacheVariable);
        if (string.Equals(setting, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(setting))
        {
            return setting;
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(local) ? Path.Combine(Path.GetTempPath(), "campo-cache") : Path.Combine(local, "campo", "cache");
    }

    private static byte[]? ReadCached(string path, byte[] key)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            return CsvSnapshot.KeyOf(bytes) is { } stamped && stamped.AsSpan().SequenceEqual(key) ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the snapshot (to a temporary file, then renamed, so a reader never sees half a file) and removes stale ones of other builds.</summary>
    private static void Save(string folder, string path, byte[] image)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var temporary = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, path, overwrite: true);
            foreach (var old in Directory.EnumerateFiles(folder, FilePrefix + "*" + FileSuffix))
            {
                // Other builds' snapshots (another checkout, an older version) go once a day old, not at once: two builds in use on one machine do not undo each other's cache.
                if (!string.Equals(old, path, StringComparison.Ordinal) && File.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddDays(-1))
                {
                    File.Delete(old);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No cache this time: the snapshot built for this run is used in memory.
        }
    }
}
