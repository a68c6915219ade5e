using Campo.Scenarios;

namespace Campo.Web.Drafts;

/// <summary>A shipped draft: its name (the file name without .toml), title and source.</summary>
/// <param name="Name">The name users choose, such as cancun-2003.</param>
/// <param name="Title">The draft's title.</param>
/// <param name="Source">The document it transcribes, or null.</param>
/// <param name="Kind">multilateral, regional, or unreadable (then <paramref name="Source"/> holds the error).</param>
public sealed record DraftInfo(string Name, string Title, string? Source, string Kind);

/// <summary>
/// The drafts shipped in scenarios/, as the library embeds them. A request names a draft; it never gives a path, so no
/// file outside this list can be read.
/// </summary>
public sealed class ShippedDrafts
{
    private readonly Dictionary<string, (DraftInfo Info, string Text)> _drafts;

    /// <summary>Reads the drafts the library embeds.</summary>
    public ShippedDrafts()
    {
        _drafts = new Dictionary<string, (DraftInfo, string)>(StringComparer.Ordinal);
        foreach (var name in Campo.Scenarios.ShippedScenarios.Names)
        {
            var text = Campo.Scenarios.ShippedScenarios.Text(name)!;
            try
            {
                var scenario = ScenarioReader.Read(text, Campo.Scenarios.ShippedScenarios.FileName(name));
                _drafts[name] = (new DraftInfo(name, scenario.Title, scenario.Source, scenario.Kind.ToString().ToLowerInvariant()), text);
            }
            catch (Errors.CampoException error)
            {
                // A shipped file this version cannot read stays listed, so that choosing it gives its error, not a
                // server that does not start.
                _drafts[name] = (new DraftInfo(name, name, error.Message, "unreadable"), text);
            }
        }
    }

    /// <summary>Every shipped draft, by name.</summary>
    public IReadOnlyList<DraftInfo> All => [.. _drafts.Values.Select(d => d.Info)];

    /// <summary>A draft's TOML text by name, or null when there is no such draft.</summary>
    public string? Text(string name) => _drafts.TryGetValue(name, out var draft) ? draft.Text : null;

    /// <summary>
    /// A baseline scenario a draft's <c>decision.baseline</c> names, when it is a shipped draft (by its path in
    /// scenarios/ or its name): the server opens no other file.
    /// </summary>
    /// <param name="file">The baseline as the draft writes it, such as uruguay-round-1995.toml.</param>
    /// <exception cref="Errors.CampoException">No shipped draft has that name.</exception>
    public Scenario Baseline(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileNameWithoutExtension(file.Replace('\\', '/'));
        var text = Text(name) ?? throw new Errors.CampoException(
            "the baseline \"" + file + "\" is not a shipped draft",
            "the web page reads baselines among the shipped drafts only: " + string.Join(", ", All.Select(d => d.Name)),
            Errors.SourceLocation.OfField("decision.baseline"));
        return ScenarioReader.Read(text, Campo.Scenarios.ShippedScenarios.FileName(name));
    }

    /// <summary>A draft's information by name, or null.</summary>
    public DraftInfo? Find(string name) => _drafts.TryGetValue(name, out var draft) ? draft.Info : null;
}
