namespace Campo.Data;

/// <summary>
/// The folder where Campo keeps what it builds once per build and reuses across runs (the dataset snapshot, the
/// estimates fitted on the shipped record, the command line's start-up JIT profiles): <c>CAMPO_CACHE</c> when set
/// (<c>off</c>: nothing is kept), else the user's local application data folder (<c>~/.local/share/campo/cache</c> on
/// Linux).
/// </summary>
public static class CacheFolder
{
    /// <summary>The cache folder, or null when caching is off.</summary>
    public static string? Path() => DatasetSnapshot.CacheFolder();
}
