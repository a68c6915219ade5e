using Campo.Composition;
using Campo.Evaluation;
using Campo.Negotiation;
using Campo.Scenarios;
using Campo.Web.Drafts;

namespace Campo.Web.Runs;

/// <summary>How the server evaluates one draft, for the run queue and the workbench alike: the results, and for a
/// multilateral draft the verdict of the estimated decision model, judged against the shipped baselines.</summary>
internal static class DraftRuns
{
    /// <summary>Evaluates a draft and, when it is multilateral, adds its verdict.</summary>
    /// <param name="scenario">The draft.</param>
    /// <param name="context">The dataset and its calibrated world market.</param>
    /// <param name="options">The evaluation's options (draws, seed, focus, threads).</param>
    /// <param name="verdictDraws">The draws the verdict is judged in (0: at the central elasticities only).</param>
    /// <param name="drafts">The shipped drafts, whose baselines a draft may name.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static DraftEvaluation Evaluate(Scenario scenario, EvaluationContext context, EvaluationOptions options, int verdictDraws, ShippedDrafts drafts, CancellationToken cancellationToken)
    {
        var evaluation = DraftEvaluator.Evaluate(scenario, context, options, cancellationToken);
        if (scenario.Kind != ScenarioKind.Multilateral)
        {
            return evaluation;
        }

        // The verdict at the central elasticities costs a fraction of a second on the shared calibrated model; judging
        // it in every draw costs about as much as the bands, so only when asked.
        var negotiation = new NegotiationOptions { Draws = verdictDraws, Seed = options.Seed, MaxDegreeOfParallelism = 1, LoadBaseline = drafts.Baseline };
        return evaluation with { Negotiation = Negotiator.Negotiate(scenario, context, negotiation, cancellationToken) };
    }
}
