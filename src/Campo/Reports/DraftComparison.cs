using Campo.Evaluation;

namespace Campo.Reports;

/// <summary>Two drafts evaluated on the same data, as <c>campo compare</c> and the web page compare them.</summary>
/// <param name="First">Draft A.</param>
/// <param name="Second">Draft B.</param>
public sealed record DraftComparison(DraftEvaluation First, DraftEvaluation Second);
