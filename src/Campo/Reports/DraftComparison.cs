using System.Text.Json.Serialization;
using Campo.Evaluation;

namespace Campo.Reports;

/// <summary>Two drafts evaluated on the same data, as <c>campo compare</c> and the web page compare them.</summary>
/// <param name="First">Draft A.</param>
/// <param name="Second">Draft B.</param>
public sealed record DraftComparison(DraftEvaluation First, DraftEvaluation Second)
{
    /// <summary>
    /// True when one draft is a regional agreement and the other a multilateral draft: they use different models on
    /// different data, so their money cannot be added or subtracted (the report then compares farmers commodity by
    /// commodity, with the caveats).
    /// </summary>
    [JsonIgnore]
    public bool CrossModel => (First.Agreement is null) != (Second.Agreement is null);
}
