using Campo.Cli.Infrastructure;
using Campo.Composition;
using Campo.Evaluation;
using Campo.Negotiation;
using Campo.Scenarios;

namespace Campo.Cli.Commands.Run;

/// <summary>
/// The negotiation's verdict for <c>campo run</c>: with <c>--report</c> a multilateral draft's report includes the
/// verdict at the central elasticities (well under a second on the evaluation's calibrated model); with <c>--verdict</c>
/// the verdict is also judged in each of the run's draws (the same seed and elasticity draws as the bands, which takes
/// about as long again as the bands) and <c>--json</c> includes it.
/// </summary>
internal static class RunVerdict
{
    /// <summary>True when the run asks for the verdict: a multilateral draft with <c>--report</c> or <c>--verdict</c>.</summary>
    public static bool Wanted(Scenario scenario, RunSettings settings) =>
        settings.Verdict || (settings.Report is not null && scenario.Kind == ScenarioKind.Multilateral);

    /// <summary>The evaluation with the negotiation's outcome on the same data and draws.</summary>
    public static DraftEvaluation Attach(CliOutput output, Scenario scenario, DraftEvaluation evaluation, RunSettings settings, CancellationToken cancellationToken)
    {
        var dataset = ScenarioInputs.Dataset(output, scenario, settings.File, settings.DataFolder);
        var folder = Path.GetDirectoryName(output.Resolve(settings.File)) ?? output.WorkingDirectory;
        var options = new NegotiationOptions
        {
            Draws = settings.Verdict ? settings.Draws : 0,
            Seed = settings.Seed,
            ElasticityCv = settings.ElasticityCv,
            LoadBaseline = file => ScenarioReader.ReadFile(Path.GetFullPath(file, folder), file),
        };
        var outcome = Negotiator.Negotiate(scenario, EvaluationContext.For(dataset, !settings.NoCrossPrices), options, cancellationToken);
        return evaluation with { Negotiation = outcome };
    }
}
