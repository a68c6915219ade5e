using Campo.Cli.Infrastructure;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Run;

/// <summary><c>campo run FILE</c>: a draft evaluated on the world market, with who gains and who loses.</summary>
/// <param name="output">Where to write.</param>
public sealed class RunCommand(CliOutput output) : Command<RunSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var scenario = ScenarioInputs.Read(output, settings.File, settings.Set);
        var evaluation = Evaluate(output, scenario, settings, settings.File, cancellationToken);
        if (RunVerdict.Wanted(scenario, settings))
        {
            evaluation = RunVerdict.Attach(output, scenario, evaluation, settings, cancellationToken);
        }

        if (settings.Out is { } file)
        {
            ResultsFile.Write(evaluation, output.Resolve(file), file);
        }

        if (settings.Report is { } report)
        {
            var dataset = ScenarioInputs.Dataset(output, scenario, settings.File, settings.DataFolder);
            HtmlReports.Write(HtmlReports.RenderDraft(evaluation, ReportLanguage.Parse(settings.Lang), dataset, settings.MemberId), output.Resolve(report), report);
        }

        if (settings.Json)
        {
            output.Out.Write(CampoJson.Serialize(evaluation) + "\n");
            return ExitCodes.Ok;
        }

        RunReport.Print(output.Console, evaluation, settings.MemberId);
        if (evaluation.Negotiation is { } negotiation)
        {
            output.Console.MarkupLine(Markup.Escape(negotiation.Verdict.Summary + (negotiation.Robustness is { } r ? " Over the draws: " + r.Robust + "." : string.Empty)));
        }

        if (settings.Out is { } written)
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape("Every market written to " + written + ".") + "[/]");
        }

        if (settings.Report is { } reported)
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape("Report written to " + reported + ".") + "[/]");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Loads the data and evaluates a draft, showing progress on an interactive terminal.</summary>
    internal static DraftEvaluation Evaluate(CliOutput output, Scenario scenario, EvaluationSettings settings, string file, CancellationToken cancellationToken)
    {
        var dataset = ScenarioInputs.Dataset(output, scenario, file, settings.DataFolder);
        if (settings.MemberId is { } member)
        {
            dataset.GetMember(member);
        }

        var options = new EvaluationOptions
        {
            Draws = settings.Draws,
            Seed = settings.Seed,
            ElasticityCv = settings.ElasticityCv,
            Focus = settings.MemberId,
        };
        DraftEvaluation Run() => DraftEvaluator.Evaluate(scenario, dataset, options, !settings.NoCrossPrices, cancellationToken);
        if (settings.Json || !output.Console.Profile.Capabilities.Interactive)
        {
            return Run();
        }

        var model = scenario.Kind == ScenarioKind.Regional ? "the bilateral markets" : "the world market";
        return output.Console.Status().Start("Solving " + model + " for " + scenario.Title + "...", _ => Run());
    }
}
