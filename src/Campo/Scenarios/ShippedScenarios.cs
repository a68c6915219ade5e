using System.Reflection;

namespace Campo.Scenarios;

/// <summary>
/// The drafts shipped in the repository's scenarios/ folder, embedded in the library so that a draft can be named
/// (cancun-2003) from any folder, by the command line and by the web server alike.
/// </summary>
public static class ShippedScenarios
{
    private const string Prefix = "Campo.Scenarios.Shipped.";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Texts = new(Load);

    /// <summary>The shipped drafts' names (file names without .toml), in order.</summary>
    public static IReadOnlyList<string> Names => [.. Texts.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// The name of the shipped draft a command-line argument refers to (cancun-2003 or cancun-2003.toml, with or
    /// without a scenarios/ folder in front), or null when it names none.
    /// </summary>
    /// <param name="argument">The file as the user typed it.</param>
    public static string? NameOf(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var name = Path.GetFileName(argument.Replace('\\', '/'));
        if (name.EndsWith(".toml", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^".toml".Length];
        }

        return Texts.Value.ContainsKey(name) ? name : null;
    }

    /// <summary>A shipped draft's TOML text by name, or null when there is no such draft.</summary>
    /// <param name="name">The draft's name, such as cancun-2003.</param>
    public static string? Text(string name) => Texts.Value.TryGetValue(name, out var text) ? text : null;

    /// <summary>The file name a shipped draft's errors and provenance cite: scenarios/NAME.toml.</summary>
    /// <param name="name">The draft's name.</param>
    public static string FileName(string name) => "scenarios/" + name + ".toml";

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(ShippedScenarios).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            texts[resource[Prefix.Length..^".toml".Length]] = Read(assembly, resource);
        }

        return texts;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
