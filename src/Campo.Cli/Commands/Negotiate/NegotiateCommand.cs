using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Composition;
using Campo.Negotiation;
using Campo.Reports;
using Campo.Reports.Workbook;
using Campo.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Negotiate;

/// <summary><c>campo negotiate FILE</c>: the verdict on a draft under consensus, who objects and why.</summary>
/// <param name="output">Where to write.</param>
public sealed class NegotiateCommand(CliOutput output) : Command<NegotiateSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, NegotiateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        OutputPaths.Check(output, settings.Force, new OutputPath(settings.Out, "--out", ".csv", ".xlsx"), new OutputPath(settings.SearchOut, "--search-out", ".csv"), new OutputPath(settings.Report, "--report", ".html", ".htm"));
        if (settings.ValidateRecord)
        {
            return Validate(settings, cancellationToken);
        }

        ChartFiles.Check(output, settings.Charts);
        var scenario = ScenarioInputs.Read(output, settings.File, settings.Assignments());
        var dataset = ScenarioInputs.Dataset(output, scenario, settings.File, settings.DataFolder);
        if (settings.MemberId is { } member)
        {
            ScenarioInputs.CheckMember(dataset, member);
        }

        var folder = Path.GetDirectoryName(output.Resolve(settings.File)) ?? output.WorkingDirectory;
        var searchRequest = settings.SearchRequest();
        string? datasetFolder = settings.DataFolder is { } data ? output.Resolve(data)
            : string.Equals(scenario.Base.Dataset, "default", StringComparison.Ordinal) ? null : Path.GetFullPath(scenario.Base.Dataset, folder);
        var cluster = searchRequest is null ? null : Cluster.ClusterRuns.Search(output, settings.Cluster, () => Cluster.ClusterRuns.Inputs(output, settings.File, settings.Assignments(), scenario, datasetFolder, !settings.NoCrossPrices, searchRequest), cancellationToken);
        using var connection = cluster?.Connection;
        var options = new NegotiationOptions
        {
            Draws = settings.Draws,
            Seed = settings.Seed,
            ElasticityCv = settings.ElasticityCv,
            MaxDegreeOfParallelism = settings.Threads ?? -1,
            Discover = settings.Discover,
            Search = cluster is { } remote ? searchRequest! with { Executor = remote.Search } : searchRequest,
            LoadBaseline = file => ScenarioReader.ReadFile(Path.GetFullPath(file, folder), file),
        };
        NegotiationOutcome Run() => Negotiator.Negotiate(scenario, EvaluationContext.For(dataset, !settings.NoCrossPrices), options, cancellationToken);
        var outcome = settings.Json || !output.Console.Profile.Capabilities.Interactive
            ? Run()
            : output.Console.Status().Start(Markup.Escape(CliText.Fill(CliStrings.Negotiate_Running, scenario.Title)), _ => Run());
        Cluster.ClusterRuns.Report(output, cluster?.Search.Statistics);
        using var outputTiming = Diagnostics.PhaseTimer.Measure(Diagnostics.Phase.Output);
        if (settings.Out is { } file)
        {
            if (AnalystWorkbookFile.Is(file))
            {
                AnalystWorkbook.Write(CampoJson.Serialize(outcome), Reports.Localization.ReportLanguage.Parse(settings.Lang), output.Resolve(file), file);
            }
            else
            {
                NegotiationFiles.Save(NegotiationFiles.MembersCsv(outcome), output.Resolve(file), file, "--out");
            }
        }

        if (settings.SearchOut is { } searchFile && outcome.Search is { } search)
        {
            NegotiationFiles.Save(NegotiationFiles.SearchCsv(search), output.Resolve(searchFile), searchFile, "--search-out");
        }

        var html = settings.Report is not null || settings.Charts is not null ? HtmlReports.RenderNegotiation(outcome, Reports.Localization.ReportLanguage.Parse(settings.Lang), dataset, settings.MemberId) : null;
        if (settings.Report is { } report)
        {
            HtmlReports.Write(html!, output.Resolve(report), report);
        }

        var charts = settings.Charts is { } chartFolder ? ChartFiles.Write(output, html!, chartFolder, settings.Force) : 0;

        if (settings.Json)
        {
            output.Out.Write(CampoJson.Serialize(outcome) + "\n");
            return ExitCodes.Ok;
        }

        NegotiateReport.Print(output.Console, outcome, settings.MemberId, dataset);
        WorkspaceInputs.PrintSources(output, dataset, settings.DataFolder);
        foreach (var written in new[] { settings.Out, settings.SearchOut, settings.Report }.OfType<string>())
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Negotiate_Written, written)) + "[/]");
        }

        if (settings.Charts is { } writtenCharts)
        {
            output.Console.MarkupLine("[grey]" + Markup.Escape(CliText.Fill(CliStrings.Run_ChartsWritten, charts, writtenCharts)) + "[/]");
        }

        return ExitCodes.Ok;
    }

    private int Validate(NegotiateSettings settings, CancellationToken cancellationToken)
    {
        var dataset = WorkspaceInputs.IsWorkspace(settings.DataFolder)
            ? WorkspaceInputs.Overlay(output, Campo.Data.DatasetLoader.LoadDefault(), settings.DataFolder!)
            : settings.DataFolder is { } folder ? Campo.Data.DatasetLoader.Load(output.Resolve(folder)) : Campo.Data.DatasetLoader.LoadDefault();
        var context = EvaluationContext.For(dataset, !settings.NoCrossPrices);
        static Scenario Load(string name) => ScenarioReader.Read(ShippedScenarios.Text(name) ?? throw new Errors.CampoException("no shipped draft \"" + name + "\"", "a draft of scenarios/", new Errors.SourceLocation("data/negotiation/events.csv", Field: "scenario")), ShippedScenarios.FileName(name));
        Campo.Negotiation.Record.ValidationReport Run() => Campo.Negotiation.Record.RecordValidation.Run(context, Load, null, cancellationToken);
        var report = settings.Json || !output.Console.Profile.Capabilities.Interactive
            ? Run()
            : output.Console.Status().Start(Markup.Escape(CliText.Text(CliStrings.Validate_Running)), _ => Run());
        if (settings.Json)
        {
            output.Out.Write(CampoJson.Serialize(report) + "\n");
            return ExitCodes.Ok;
        }

        ValidateReport.Print(output.Console, report);
        return ExitCodes.Ok;
    }
}
