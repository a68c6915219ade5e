using Campo.Data;
using Campo.Evaluation;
using Campo.Scenarios;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Regional;

/// <summary>The shipped NAFTA scenario and its evaluation, read and computed once for the tests that share them.</summary>
internal static class Nafta
{
    private static readonly Lazy<Dataset> Loaded = new(DatasetLoader.LoadDefault);

    private static readonly Lazy<DraftEvaluation> Central = new(() => DraftEvaluator.Evaluate(Scenario(), Loaded.Value));

    public static Dataset Data => Loaded.Value;

    public static string File { get; } = Path.Combine(SharedData.RepositoryRoot, "scenarios", "nafta-1994.toml");

    /// <summary>The evaluation with the file's own settings (legal duties) and no draws.</summary>
    public static DraftEvaluation Evaluation => Central.Value;

    public static Scenario Scenario(params string[] overrides) => ScenarioReader.ReadFile(File, "scenarios/nafta-1994.toml", overrides);

    /// <summary>A minimal regional scenario: header and [base] for a [regional] body.</summary>
    public static string Header => """
        schema = 1
        title = "test agreement"
        kind = "regional"

        [base]
        members_at = 1995-01-01

        """;
}
