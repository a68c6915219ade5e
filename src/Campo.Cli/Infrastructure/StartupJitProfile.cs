using System.Runtime.Loader;
using Campo.Data;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// Multicore JIT for the command line's start-up (issue 18). ReadyToRun cannot precompile the generic code of the
/// framework instantiated over Campo's value types (<c>Dictionary&lt;MemberId, …&gt;</c>, LINQ over
/// <c>CommodityId</c>, value tuples…): about 1,400 methods are JIT-compiled on the main thread in
/// <c>campo run cancun-2003</c>, most of its start-up. The runtime's profile-guided start-up
/// (<see cref="AssemblyLoadContext.StartProfileOptimization"/>) records which methods a command compiled and, on the
/// next run of that command, compiles them on a background thread ahead of the main thread, so the second core does
/// the compiling while the first reads the data and calibrates. The numbers do not change: the same methods are
/// compiled by the same JIT, only earlier and on another thread.
/// </summary>
/// <remarks>
/// One profile per command (<c>run</c>, <c>negotiate</c>, <c>data members</c>…) and per build (the modules' version
/// ids), in the cache folder (<see cref="CacheFolder"/>; <c>CAMPO_CACHE=off</c> turns it off). The runtime rewrites
/// the profile at the end of every run and ignores one that does not match the loaded modules; a machine with one
/// core plays nothing back.
/// </remarks>
internal static class StartupJitProfile
{
    private const string Prefix = "jit-";
    private const string Suffix = ".profile";

    /// <summary>Starts recording (and playing back the previous run's profile of) the command named by the arguments.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static void Start(IReadOnlyList<string> args)
    {
        if (Name(args) is not { } name || CacheFolder.Path() is not { } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            if (!File.Exists(Path.Combine(folder, name)))
            {
                RemoveStale(folder);
            }

            AssemblyLoadContext.Default.SetProfileOptimizationRoot(folder);
            AssemblyLoadContext.Default.StartProfileOptimization(name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No profile: the run compiles on its own thread as without one.
        }
    }

    /// <summary>Removes other builds' profiles a day old (as the dataset snapshots): checked once per build and command.</summary>
    private static void RemoveStale(string folder)
    {
        foreach (var old in Directory.EnumerateFiles(folder, Prefix + "*" + Suffix))
        {
            if (File.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddDays(-1))
            {
                File.Delete(old);
            }
        }
    }

    /// <summary>
    /// The profile's file name: the command's leading words (lower-case letters only, at most two: <c>run</c>,
    /// <c>data-members</c>) and the build; null when the arguments do not start with a command.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    public static string? Name(IReadOnlyList<string> args)
    {
        var words = args.Take(2).TakeWhile(a => a.Length > 0 && a.All(char.IsAsciiLetterLower)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var build = typeof(StartupJitProfile).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]
            + typeof(CacheFolder).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
        return Prefix + string.Join('-', words) + "-" + build + Suffix;
    }
}
