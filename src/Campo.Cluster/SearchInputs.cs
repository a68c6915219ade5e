using Campo.Composition;
using Campo.Data;
using Campo.Negotiation;
using Campo.Scenarios;

namespace Campo.Cluster;

/// <summary>
/// Everything a silo needs to judge a draft search's batches, sent once per silo: the draft's text and the overrides
/// applied to it, the baselines it names, the dataset (the embedded default is named, not sent; a dataset folder travels
/// as its files), the market model's switches and the search itself. Its <see cref="Hash"/> (SHA-256 of all of it and of
/// the build of Campo) keys the silo's cache: the same search sent twice is prepared once, and a silo of another build
/// refuses it.
/// </summary>
[GenerateSerializer]
public sealed class SearchInputs
{
    /// <summary>The scenario's TOML text.</summary>
    [Id(0)]
    public string ScenarioText { get; init; } = string.Empty;

    /// <summary>The scenario's file as the user named it (for messages and the record's event).</summary>
    [Id(1)]
    public string ScenarioFile { get; init; } = string.Empty;

    /// <summary>The <c>--set</c> overrides, in order.</summary>
    [Id(2)]
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The baseline scenarios the draft names (<c>decision.baseline</c>), by the name as written, with their text.</summary>
    [Id(3)]
    public IReadOnlyDictionary<string, string> Baselines { get; init; } = new Dictionary<string, string>();

    /// <summary>The dataset folder's files by name, or null for the embedded default dataset.</summary>
    [Id(4)]
    public IReadOnlyDictionary<string, byte[]>? DatasetFiles { get; init; }

    /// <summary>False to drop the world market's food cross-price elasticities (<c>--no-cross-prices</c>).</summary>
    [Id(5)]
    public bool CrossPrices { get; init; } = true;

    /// <summary>The searched knobs: knob, low, high.</summary>
    [Id(6)]
    public IReadOnlyList<SearchedKnob> Knobs { get; init; } = [];

    /// <summary>Drafts in the Latin hypercube.</summary>
    [Id(7)]
    public int Drafts { get; init; }

    /// <summary>Points per knob of a full grid, or null.</summary>
    [Id(8)]
    public int? GridPoints { get; init; }

    /// <summary>The sample's seed.</summary>
    [Id(9)]
    public ulong Seed { get; init; }

    /// <summary>The objective's group.</summary>
    [Id(10)]
    public string ObjectiveGroup { get; init; } = "world";

    /// <summary>The objective's part.</summary>
    [Id(11)]
    public ObjectivePart ObjectivePart { get; init; }

    /// <summary>The build of Campo that drew the sample (the library's module version id): silos of another build refuse.</summary>
    [Id(12)]
    public string Build { get; init; } = ThisBuild;

    /// <summary>This process's build of Campo.</summary>
    public static string ThisBuild { get; } = typeof(Negotiator).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The content hash (hex SHA-256) of every input and the build.</summary>
    public string Hash
    {
        get
        {
            using var hash = new InputsHash();
            hash.Add(Build);
            hash.Add(ScenarioText);
            hash.Add(ScenarioFile);
            foreach (var o in Overrides)
            {
                hash.Add(o);
            }

            hash.Add("|baselines");
            foreach (var (name, text) in Baselines.OrderBy(b => b.Key, StringComparer.Ordinal))
            {
                hash.Add(name);
                hash.Add(text);
            }

            hash.AddDataset(DatasetFiles);
            hash.Add(CrossPrices ? "cross" : "own");
            foreach (var k in Knobs)
            {
                hash.Add(FormattableString.Invariant($"{k.Knob}:{k.Low:R}:{k.High:R}"));
            }

            hash.Add(FormattableString.Invariant($"{Drafts}|{GridPoints}|{Seed}|{ObjectiveGroup}|{ObjectivePart}"));
            return hash.Finish();
        }
    }

    /// <summary>The inputs of a search the command line is about to run.</summary>
    /// <param name="scenarioPath">The scenario file's full path (a shipped draft's name when no such file exists).</param>
    /// <param name="scenarioFile">The file as the user named it.</param>
    /// <param name="overrides">The <c>--set</c> overrides.</param>
    /// <param name="scenario">The scenario as read (for the baseline it names).</param>
    /// <param name="loadBaselineText">Reads a baseline's text by the name as written.</param>
    /// <param name="datasetFolder">The dataset folder, or null for the embedded default.</param>
    /// <param name="crossPrices">The market model's cross-price switch.</param>
    /// <param name="request">The search.</param>
    public static SearchInputs Of(string scenarioPath, string scenarioFile, IReadOnlyList<string> overrides, Scenario scenario, Func<string, string> loadBaselineText, string? datasetFolder, bool crossPrices, DraftSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(loadBaselineText);
        ArgumentNullException.ThrowIfNull(request);
        var text = ScenarioTextOf(scenarioPath, scenarioFile);
        var baselines = new Dictionary<string, string>(StringComparer.Ordinal);
        if (scenario.Decision.Baseline is { } baseline)
        {
            baselines[baseline] = loadBaselineText(baseline);
        }

        var files = DatasetFilesOf(datasetFolder);
        return new SearchInputs
        {
            ScenarioText = text,
            ScenarioFile = scenario.File,
            Overrides = [.. overrides],
            Baselines = baselines,
            DatasetFiles = files,
            CrossPrices = crossPrices,
            Knobs = [.. request.Dimensions.Select(d => new SearchedKnob(d.Knob, d.Low, d.High))],
            Drafts = request.Drafts,
            GridPoints = request.GridPoints,
            Seed = request.Seed,
            ObjectiveGroup = request.Objective.Group,
            ObjectivePart = request.Objective.Part,
        };
    }

    /// <summary>Opens the search on a silo: reads the draft and the dataset, calibrates the market and draws the sample.</summary>
    /// <param name="scratch">A folder for a dataset folder's files (deleted by the caller).</param>
    /// <exception cref="Errors.CampoException">The draft, the dataset or the search cannot be used.</exception>
    public DraftSearchSession Open(string scratch)
    {
        var dataset = LoadDataset(DatasetFiles, scratch);
        var scenario = ScenarioReader.Read(ScenarioText, ScenarioFile, Overrides);
        var options = new NegotiationOptions
        {
            Draws = 0,
            Search = Request(),
            LoadBaseline = file => Baselines.TryGetValue(file, out var text)
                ? ScenarioReader.Read(text, file)
                : throw new Errors.CampoException("the baseline scenario \"" + file + "\" was not sent to the cluster", "negotiate from the command line", new Errors.SourceLocation(ScenarioFile, Field: "decision.baseline")),
        };
        return DraftSearchSession.Open(scenario, EvaluationContext.For(dataset, CrossPrices), options);
    }

    /// <summary>The scenario's text: the file's, or a shipped draft's when no such file exists.</summary>
    /// <param name="scenarioPath">The file's full path.</param>
    /// <param name="scenarioFile">The file as the user named it.</param>
    internal static string ScenarioTextOf(string scenarioPath, string scenarioFile) => File.Exists(scenarioPath)
        ? File.ReadAllText(scenarioPath)
        : ShippedScenarios.NameOf(scenarioFile) is { } shipped ? ShippedScenarios.Text(shipped)! : File.ReadAllText(scenarioPath);

    /// <summary>A dataset folder's files by name, or null for the embedded default dataset.</summary>
    /// <param name="datasetFolder">The folder, or null.</param>
    internal static Dictionary<string, byte[]>? DatasetFilesOf(string? datasetFolder)
    {
        if (datasetFolder is null)
        {
            return null;
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(datasetFolder).Order(StringComparer.Ordinal))
        {
            files[Path.GetFileName(path)] = File.ReadAllBytes(path);
        }

        return files;
    }

    /// <summary>The dataset the inputs carry: the embedded default, or the files written to <paramref name="scratch"/> and read.</summary>
    /// <param name="files">The dataset folder's files, or null.</param>
    /// <param name="scratch">A folder for the files.</param>
    internal static Dataset LoadDataset(IReadOnlyDictionary<string, byte[]>? files, string scratch)
    {
        if (files is null)
        {
            return DatasetLoader.LoadDefault();
        }

        Directory.CreateDirectory(scratch);
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(scratch, Path.GetFileName(name)), bytes);
        }

        return DatasetLoader.Load(scratch);
    }

    /// <summary>The search request these inputs describe.</summary>
    public DraftSearchRequest Request() => new()
    {
        Dimensions = [.. Knobs.Select(k => new SearchDimension(k.Knob, k.Low, k.High))],
        Drafts = Drafts,
        GridPoints = GridPoints,
        Seed = Seed,
        Objective = new SearchObjective(ObjectiveGroup, ObjectivePart),
    };
}

/// <summary>A searched knob and its range.</summary>
/// <param name="Knob">The knob.</param>
/// <param name="Low">The range's low end.</param>
/// <param name="High">The range's high end.</param>
[GenerateSerializer]
public sealed record SearchedKnob([property: Id(0)] DraftKnob Knob, [property: Id(1)] double Low, [property: Id(2)] double High);
