using Campo.Tests.Shared;

namespace Campo.Tests.TestSupport;

/// <summary>
/// The project's shared public data, found at <c>../shared/data</c> beside the repository. Tests that need it
/// call <see cref="Require"/>, which skips the test with the reason when the folder is absent (a clone
/// without the shared data), so the suite passes everywhere and says what it could not check; in CI (<c>CI=true</c>)
/// it fails instead (<see cref="SharedDataGate"/>).
/// </summary>
public static class SharedData
{
    /// <summary>The repository root (the folder holding Campo.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared data folder, whether or not it exists.</summary>
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    /// <summary>Returns the full path of a shared file or folder, or skips the test saying which is missing.</summary>
    /// <param name="relativePath">Path under <c>../shared/data</c>, such as <c>gravity/separation/01.csv</c>.</param>
    public static string Require(string relativePath)
    {
        var path = Path.Combine(Folder, relativePath);
        SharedDataGate.Require(path, relativePath, SharedDataGate.InCi);
        return path;
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
