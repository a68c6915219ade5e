namespace Campo.Reports.Charts;

/// <summary>
/// Country outlines for the report map: Natural Earth 1:110m admin-0 countries (public domain) from the npm
/// package world-atlas 2.0.2 (ISC), projected (Equal Earth) into a 960 × 500 box by tools/map/build.mjs and
/// embedded from data/map/countries-110m.tsv. Antarctica and shapes without an ISO code are not included.
/// </summary>
public sealed class WorldMap
{
    private static readonly Lazy<WorldMap> Embedded = new(Load);

    private WorldMap(IReadOnlyDictionary<string, string> paths) => Paths = paths;

    /// <summary>The embedded map.</summary>
    public static WorldMap Default => Embedded.Value;

    /// <summary>SVG path data by ISO 3166-1 alpha-3 code.</summary>
    public IReadOnlyDictionary<string, string> Paths { get; }

    /// <summary>The map's width in SVG units.</summary>
    public static double Width => 960;

    /// <summary>The map's height in SVG units.</summary>
    public static double Height => 500;

    private static WorldMap Load()
    {
        using var stream = typeof(WorldMap).Assembly.GetManifestResourceStream("Campo.Reports.Map.countries-110m.tsv")
            ?? throw new InvalidOperationException("The embedded map data/map/countries-110m.tsv is missing from the build.");
        using var reader = new StreamReader(stream);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.StartsWith("iso3\t", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            paths[parts[0]] = parts[2];
        }

        return new WorldMap(paths);
    }
}
