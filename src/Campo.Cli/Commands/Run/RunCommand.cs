using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Data;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Reports.Sections.Verdict;
using Campo.Reports.Workbook;
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
        OutputPaths.Check(output, settings.Force, new OutputPath(settings.Out, "--out", ".csv", ".parquet", ".xlsx"), new OutputPath(settings.Report, "--report", ".html", ".htm"));
        ChartFiles.Check(output, settings.Charts);
        var scenario = ScenarioInputs.Read(output, settings.File, settings.Set);
        var dataset = ScenarioInputs.Dataset(output, scenario, settings.File, settings.DataFolder);
        if (settings.Cluster is not null && scenario.Kind == ScenarioKind.Regional)
        {
            throw new Errors.CampoException(CliText.Text(CliStrings.Error_ClusterRegional), null, Errors.SourceLocation.OfField("--cluster"));
        }

        var cluster = Cluster.ClusterRuns.Draws(output, settings.Cluster, () => Cluster.ClusterRuns.DrawInputs(output, settings.File, settings.Set, Cluster.ClusterRuns.DatasetFolder(output, settings.File, scenario, settings.DataFolder), !settings.NoCrossPrices, Options(settings)), cancellationToken);
        using var connection = cluster?.Connection;
        var evaluation = Evaluate(output, scenario, dataset, settings, cancellationToken, cluster?.Draws);
        Cluster.ClusterRuns.Report(output, cluster?.Draws.Statistics, CliStrings.Cluster_DrawsDone);
        if (RunVerdict.Wanted(scenario, settings))
        {
            evaluation = RunVerdict.Attach(output, scenario, evaluation, settings, cancellationToken);
        }

        using var outputTiming = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.Output);
        if (settings.Out is { } file)
        {
            if (AnalystWorkbookFile.Is(file))
            {
                AnalystWorkbook.Write(CampoJson.Serialize(evaluation), ReportLanguage.Parse(settings.Lang), output.Resolve(file), file);
            }
            else
            {
                ResultsFile.Write(evaluation, output.Resolve(file), file);
            }
        }

        var html = settings.Report is not null || settings.Charts is not null ? HtmlReports.RenderDraft(evaluation, ReportLanguage.Parse(settings.Lang), dataset, settings.MemberId) : null;
        if (settings.Report is { } report)
        {
            HtmlReports.Write(html!, output.Resolve(report), report);
        }

        var charts = settings.Charts is { } folder ? ChartFiles.Write(output, html!, folder, settings.Force) : 0;

        if (settings.Json)
        {
            output.Out.Write(CampoJson.Serialize(evaluation) + "\n");
            return ExitCodes.Ok;
        }

        RunReport.Print(output.Console, evaluation, settings.MemberId, dataset);
        WorkspaceInputs.PrintSources(output, dataset, settings.DataFolder);
        if (evaluation.Negotiation is { } negotiation)
        {
            var robustness = negotiation.Robustness is null ? string.Empty : " " + VerdictWords.Robustness(CliText.Report, negotiation);
            output.Console.MarkupLine(Markup.Escape(VerdictWords.Sentence(CliText.Report, negotiation) + robustness));
        }

        if (settings.Out is { } written)
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(AnalystWorkbookFile.Is(written) ? CliStrings.Run_WorkbookWritten : CliStrings.Run_MarketsWritten, written)) + "[/]");
        }

        if (settings.Report is { } reported)
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Run_ReportWritten, reported)) + "[/]");
        }

        if (settings.Charts is { } chartFolder)
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Run_ChartsWritten, charts, chartFolder)) + "[/]");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Loads the data and evaluates a draft, showing progress on an interactive terminal.</summary>
    internal static DraftEvaluation Evaluate(CliOutput output, Scenario scenario, EvaluationSettings settings, string file, CancellationToken cancellationToken) =>
        Evaluate(output, scenario, ScenarioInputs.Dataset(output, scenario, file, settings.DataFolder), settings, cancellationToken);

    /// <summary>The evaluation's options from the command line: draws, seed, spread and focus member.</summary>
    internal static EvaluationOptions Options(EvaluationSettings settings) => new()
    {
        Draws = settings.Draws,
        Seed = settings.Seed,
        ElasticityCv = settings.ElasticityCv,
        Focus = settings.MemberId,
    };

    /// <summary>Evaluates a draft on a dataset already loaded, showing progress on an interactive terminal.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="scenario">The draft.</param>
    /// <param name="dataset">The data.</param>
    /// <param name="settings">The command line's options.</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    /// <param name="drawExecutor">Evaluates the draws elsewhere (<c>--cluster</c>), or null to evaluate them here.</param>
    internal static DraftEvaluation Evaluate(CliOutput output, Scenario scenario, Dataset dataset, EvaluationSettings settings, CancellationToken cancellationToken, Markets.Uncertainty.IDrawExecutor? drawExecutor = null)
    {
        if (settings.MemberId is { } member)
        {
            ScenarioInputs.CheckMember(dataset, member);
        }

        var options = Options(settings) with { DrawExecutor = drawExecutor };
        DraftEvaluation Run() => DraftEvaluator.Evaluate(scenario, dataset, options, !settings.NoCrossPrices, cancellationToken);
        if (settings.Json || !output.Console.Profile.Capabilities.Interactive)
        {
            return Run();
        }

        var solving = scenario.Kind == ScenarioKind.Regional ? CliStrings.Run_SolvingBilateral : CliStrings.Run_SolvingWorld;
        return output.Console.Status().Start(Markup.Escape(CliText.Fill(solving, scenario.Title)), _ => Run());
    }
}
