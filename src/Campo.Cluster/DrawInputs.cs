using System.Globalization;
using Campo.Composition;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Markets.Uncertainty;
using Campo.Scenarios;

namespace Campo.Cluster;

/// <summary>
/// Everything a silo needs to evaluate a <c>campo run --draws N</c> run's Monte Carlo draws, sent once per silo: the
/// draft's text and the overrides applied to it, the dataset (the embedded default is named, not sent; a dataset folder
/// travels as its files), the cross-price switch, the seed, the elasticities' spread and the focus member (whose markets
/// get their own bands). The number of draws is not part of it: draw d is the same in a run of any size. Its
/// <see cref="Hash"/> (SHA-256 of all of it and of the build of Campo) keys the silo's cache.
/// </summary>
[GenerateSerializer]
public sealed class DrawInputs
{
    /// <summary>The scenario's TOML text.</summary>
    [Id(0)]
    public string ScenarioText { get; init; } = string.Empty;

    /// <summary>The scenario's file as the user named it (for messages).</summary>
    [Id(1)]
    public string ScenarioFile { get; init; } = string.Empty;

    /// <summary>The <c>--set</c> overrides, in order.</summary>
    [Id(2)]
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The dataset folder's files by name, or null for the embedded default dataset.</summary>
    [Id(3)]
    public IReadOnlyDictionary<string, byte[]>? DatasetFiles { get; init; }

    /// <summary>False to drop the world market's food cross-price elasticities (<c>--no-cross-prices</c>).</summary>
    [Id(4)]
    public bool CrossPrices { get; init; } = true;

    /// <summary>The draws' seed.</summary>
    [Id(5)]
    public ulong Seed { get; init; }

    /// <summary>The elasticities' coefficient of variation (<c>--elasticity-cv</c>).</summary>
    [Id(6)]
    public double ElasticityCv { get; init; }

    /// <summary>The focus member (<c>--member</c>), or null.</summary>
    [Id(7)]
    public string? Focus { get; init; }

    /// <summary>The build of Campo of the client: silos of another build refuse.</summary>
    [Id(8)]
    public string Build { get; init; } = SearchInputs.ThisBuild;

    /// <summary>The content hash (hex SHA-256) of every input and the build.</summary>
    public string Hash
    {
        get
        {
            using var hash = new InputsHash();
            hash.Add("draws");
            hash.Add(Build);
            hash.Add(ScenarioText);
            hash.Add(ScenarioFile);
            foreach (var o in Overrides)
            {
                hash.Add(o);
            }

            hash.AddDataset(DatasetFiles);
            hash.Add(CrossPrices ? "cross" : "own");
            hash.Add(string.Create(CultureInfo.InvariantCulture, $"{Seed}|{ElasticityCv:R}"));
            hash.Add(Focus);
            return hash.Finish();
        }
    }

    /// <summary>The inputs of a run the command line is about to make.</summary>
    /// <param name="scenarioPath">The scenario file's full path (a shipped draft's name when no such file exists).</param>
    /// <param name="scenarioFile">The file as the user named it.</param>
    /// <param name="overrides">The <c>--set</c> overrides.</param>
    /// <param name="datasetFolder">The dataset folder, or null for the embedded default.</param>
    /// <param name="crossPrices">The market model's cross-price switch.</param>
    /// <param name="options">Seed, spread and focus.</param>
    public static DrawInputs Of(string scenarioPath, string scenarioFile, IReadOnlyList<string> overrides, string? datasetFolder, bool crossPrices, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DrawInputs
        {
            ScenarioText = SearchInputs.ScenarioTextOf(scenarioPath, scenarioFile),
            ScenarioFile = scenarioFile,
            Overrides = [.. overrides],
            DatasetFiles = SearchInputs.DatasetFilesOf(datasetFolder),
            CrossPrices = crossPrices,
            Seed = options.Seed,
            ElasticityCv = options.ElasticityCv,
            Focus = options.Focus?.Code,
        };
    }

    /// <summary>The evaluation options these inputs describe (without the number of draws).</summary>
    public EvaluationOptions Options() => new()
    {
        Seed = Seed,
        ElasticityCv = ElasticityCv,
        Focus = Focus is null ? null : new MemberId(Focus),
    };

    /// <summary>Opens the run's draws on a silo: reads the draft and the dataset, calibrates the market, applies the draft and solves it at the base elasticities.</summary>
    /// <param name="scratch">A folder for a dataset folder's files (deleted by the caller).</param>
    /// <exception cref="Errors.CampoException">The draft or the dataset cannot be used.</exception>
    public WorldMarketDraws Open(string scratch)
    {
        var dataset = SearchInputs.LoadDataset(DatasetFiles, scratch);
        var scenario = ScenarioReader.Read(ScenarioText, ScenarioFile, Overrides);
        return DraftEvaluator.OpenDraws(scenario, EvaluationContext.For(dataset, CrossPrices), Options());
    }
}
