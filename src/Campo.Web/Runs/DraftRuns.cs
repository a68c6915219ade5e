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
        if (scenario.Kind != ScenarioKind.Multilateral)
        {
            return DraftEvaluator.Evaluate(scenario, context, options, cancellationToken);
        }

        // The verdict at the central elasticities costs a fraction of a second on the shared calibrated model; judging
        // it in every draw costs about as much as the bands, so only when asked. It does not depend on the results, so
        // it runs beside them when the run has more than one thread (issue 18): while the evaluation applies the draft and solves its central case on one core
        // the verdict uses the other, instead of waiting for the draws to end. Same numbers: both read only the shared
        // calibrated model (as two runs side by side do), each computes what it computed before.
        var negotiation = new NegotiationOptions { Draws = verdictDraws, Seed = options.Seed, MaxDegreeOfParallelism = 1, LoadBaseline = drafts.Baseline };
        if (options.MaxDegreeOfParallelism == 1)
        {
            // One thread given (the workbench, or runs side by side sharing the cores): one after the other, as before.
            var evaluated = DraftEvaluator.Evaluate(scenario, context, options, cancellationToken);
            return evaluated with { Negotiation = Negotiator.Negotiate(scenario, context, negotiation, cancellationToken) };
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var verdict = Task.Run(() => Negotiator.Negotiate(scenario, context, negotiation, stop.Token), stop.Token);
        DraftEvaluation evaluation;
        try
        {
            evaluation = DraftEvaluator.Evaluate(scenario, context, options, cancellationToken);
        }
        catch
        {
            // The evaluation's problem is the run's, as when the verdict came after it: the verdict is stopped and its
            // own outcome ignored.
            stop.Cancel();
            try
            {
                verdict.Wait(CancellationToken.None);
            }
#pragma warning disable CA1031 // The evaluation's error is reported; the verdict it stopped has nothing to add.
            catch (Exception)
#pragma warning restore CA1031
            {
                // Stopped or failed: ignored.
            }

            throw;
        }

        return evaluation with { Negotiation = verdict.GetAwaiter().GetResult() };
    }
}
