using System.Text;
using Campo.Composition;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Scenarios;
using Campo.Web.Runs;

namespace Campo.Web.Tests;

/// <summary>The store's size estimate counts the JSON bytes without building the text, and counts the same.</summary>
public sealed class ResultBytesTests
{
    [Fact]
    public void The_counted_bytes_are_the_bytes_of_the_json_text()
    {
        var text = File.ReadAllText(Path.Combine(Api.RepositoryRoot, "scenarios", "cancun-2003.toml"));
        var context = EvaluationContext.For(RunQueue.Dataset);
        var evaluation = DraftEvaluator.Evaluate(ScenarioReader.Read(text, "cancun-2003.toml"), context, new EvaluationOptions { Draws = 2, MaxDegreeOfParallelism = 1 }, CancellationToken.None);

        var json = CampoJson.Serialize(evaluation);

        // Invariant: the text's UTF-8 length, which the estimate was before (and the draft's names are not all ASCII).
        Assert.Equal(Encoding.UTF8.GetByteCount(json), ResultBytes.Of(evaluation));
        Assert.True(json.Length > 1000);
    }
}
