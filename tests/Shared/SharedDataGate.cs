namespace Campo.Tests.Shared;

/// <summary>
/// What a test does when the project's shared public data (<c>../shared/data</c> beside the repository) lack a file
/// it needs: on a user's clone, where the shared data are not part of the repository, it skips and says what it could
/// not check; in CI (<c>CI=true</c>), where the shared data are always laid beside the clone, it fails, so that a
/// published-number check can never pass by being skipped. Compiled into each test project that reads shared data.
/// </summary>
public static class SharedDataGate
{
    /// <summary>True when the environment variable <c>CI</c> is <c>true</c> or <c>1</c> (as CI services set it).</summary>
    public static bool InCi => IsCi(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether a value of the <c>CI</c> variable means "running in CI".</summary>
    /// <param name="value">The variable's value, or null when unset.</param>
    public static bool IsCi(string? value) =>
        string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase) || value?.Trim() == "1";

    /// <summary>Returns when the file or folder exists; otherwise skips the test (a user's clone) or fails it (CI).</summary>
    /// <param name="path">The full path.</param>
    /// <param name="display">The path as a reader knows it, under <c>../shared/data</c>.</param>
    /// <param name="inCi">True in CI.</param>
    /// <exception cref="SkipException">The path is missing outside CI (the test is reported skipped with the reason).</exception>
    /// <exception cref="SharedDataMissingException">The path is missing in CI.</exception>
    public static void Require(string path, string display, bool inCi)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            return;
        }

        var reason = "needs ../shared/data/" + display + ", which is not present beside this clone (the shared public data is not part of the repository)";
        if (inCi)
        {
            throw new SharedDataMissingException(reason + "; CI=true, where the shared data are always present, so the test fails instead of skipping");
        }

        Skip.If(true, reason);
    }
}

/// <summary>A test in CI needs shared data that are missing.</summary>
/// <param name="message">What is missing and why it fails.</param>
public sealed class SharedDataMissingException(string message) : Exception(message);
