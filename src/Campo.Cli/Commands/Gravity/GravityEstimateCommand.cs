using System.Diagnostics;
using System.Globalization;
using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Errors;
using Campo.Gravity;
using Campo.Gravity.Data;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Gravity;

/// <summary><c>campo gravity estimate DATA FORMULA</c>: a coefficient table, the sample and the fit.</summary>
public sealed class GravityEstimateCommand(CliOutput output) : Command<GravityEstimateSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, GravityEstimateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var table = WorkspaceInputs.IsWorkspace(settings.Data) ? ReadWorkspace(settings) : GravityTableReader.Read(output.Resolve(settings.Data), settings.Data);
        var reading = clock.Elapsed.TotalSeconds;
        var options = new GravityOptions
        {
            Estimator = settings.Estimator == "ols" ? GravityEstimator.Ols : GravityEstimator.Ppml,
            Cluster = settings.Cluster,
            Variance = settings.Vcov switch
            {
                "iid" => VarianceType.Iid,
                "hetero" => VarianceType.Hetero,
                "cluster" => VarianceType.Cluster,
                _ => null,
            },
            Convention = settings.Convention == "fixest" ? SmallSampleConvention.Fixest : SmallSampleConvention.Stata,
            Weights = settings.Weights,
            Separation = settings.NoSeparationCheck ? SeparationChecks.None : SeparationChecks.All,
            Threads = settings.Threads ?? Environment.ProcessorCount,
        };
        var estimate = GravityEstimation.Estimate(table, settings.Formula, options);
        clock.Stop();
        if (!estimate.Converged)
        {
            throw new SolverException(
                CliText.Fill(CliStrings.Error_EstimateNotConverged, estimate.ExitReason, Format.Count(estimate.Iterations)),
                CliText.Text(CliStrings.Error_EstimateNotConvergedExpected));
        }

        if (settings.Dropped is { } droppedFile)
        {
            WriteDropped(estimate, droppedFile);
        }

        if (settings.Json)
        {
            output.Out.WriteLine(CampoJson.Serialize(estimate));
        }
        else
        {
            Print(estimate);
        }

        if (settings.Timing)
        {
            using var process = Process.GetCurrentProcess();
            var t = estimate.Timings;
            output.Error.WriteLine(CliText.Fill(CliStrings.Gravity_TimingPhases, F(reading, "F3"), F(t.Indexing, "F3"), F(t.Separation, "F3"), F(t.Irls, "F3"), F(t.Demeaning, "F3"), F(t.Variance, "F3")));
            output.Error.WriteLine(CliText.Fill(CliStrings.Gravity_Timing, Format.Number(clock.Elapsed.TotalSeconds, "F3"), Format.Number(process.PeakWorkingSet64 / (1024.0 * 1024.0), "F0")));
        }

        return ExitCodes.Ok;
    }

    private void Print(GravityEstimate estimate)
    {
        var console = output.Console;
        console.MarkupLine($"[bold]{Markup.Escape(estimate.Estimator.ToString().ToUpperInvariant())}[/]  {Markup.Escape(estimate.Formula)}");
        var table = new Table().AddColumns(CliText.Text(CliStrings.Col_Term), CliText.Text(CliStrings.Col_Estimate), CliText.Text(CliStrings.Col_StandardError), "z", CliText.Text(CliStrings.Col_PValue));
        foreach (var c in estimate.Coefficients)
        {
            table.AddRow(Markup.Escape(c.Name), F(c.Estimate, "F6"), F(c.StandardError, "F6"), F(c.Z, "F2"), F(c.PValue, "F4"));
        }

        console.Write(table);
        foreach (var o in estimate.Omitted)
        {
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_Omitted, o.Name, o.Reason)));
        }

        console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_Observations, Format.Count(estimate.ObservationsUsed), Format.Count(estimate.ObservationsRead))));
        foreach (var d in estimate.Dropped)
        {
            // Line numbers of the data file, as an editor shows them: never grouped. The first five here;
            // --json and --dropped FILE list every one.
            var lines = string.Join(", ", d.Lines.Take(5).Select(l => l.ToString(CultureInfo.InvariantCulture))) + (d.Lines.Count > 5 ? ", …" : string.Empty);
            console.MarkupLine(Markup.Escape("  " + CliText.Fill(CliStrings.Gravity_Dropped, Format.Count(d.Count), d.Reason, lines)));
        }

        foreach (var fe in estimate.FixedEffects)
        {
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_FixedEffect, fe.Name, Format.Count(fe.Levels))));
        }

        var variance = estimate.Variance switch
        {
            VarianceType.Cluster => CliText.Fill(
                CliStrings.Gravity_ClusteredBy,
                string.Join(" " + CliText.Text(CliStrings.Gravity_And) + " ", estimate.Clusters.Select(c => CliText.Fill(CliStrings.Gravity_Clusters, c.Name, Format.Count(c.Levels))))),
            VarianceType.Hetero => CliText.Text(CliStrings.Gravity_Robust),
            _ => "iid",
        };
        console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_StandardErrors, variance, estimate.Convention.ToString().ToLowerInvariant())));
        if (estimate.Estimator == GravityEstimator.Ppml)
        {
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_FitPpml, F(estimate.Deviance, "F4"), F(estimate.LogLikelihood, "F4"), F(estimate.PseudoR2, "F4"))));
        }
        else
        {
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_FitOls, F(estimate.Deviance, "F4"), F(estimate.PseudoR2, "F4"))));
        }

        console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_Converged, Format.Count(estimate.Iterations), estimate.ExitReason)));
        foreach (var note in estimate.Notes)
        {
            console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_Note, note)));
        }
    }

    /// <summary>Writes every dropped observation as CSV (line, reason), in file order.</summary>
    private void WriteDropped(GravityEstimate estimate, string file)
    {
        var rows = estimate.Dropped.SelectMany(d => d.Lines.Select(line => (line, d.Reason))).OrderBy(r => r.line).ToList();
        try
        {
            using var writer = new StreamWriter(output.Resolve(file));
            writer.WriteLine("line,reason");
            foreach (var (line, reason) in rows)
            {
                writer.Write(line.ToString(CultureInfo.InvariantCulture));
                writer.Write(",\"");
                writer.Write(reason.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.WriteLine('"');
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CampoException(CliText.Fill(CliStrings.Error_DroppedFile, e.Message), CliText.Text(CliStrings.Error_LinesFileExpected), new SourceLocation(file, Field: "--dropped"), e);
        }

        output.Error.WriteLine(CliText.Fill(CliStrings.Gravity_DroppedWritten, Format.Count(rows.Count), file));
    }

    private static string F(double value, string format) => Format.Number(value, format);

    /// <summary>The panel from a workspace table, view or query (issue 19).</summary>
    private Campo.Gravity.Data.GravityTable ReadWorkspace(GravityEstimateSettings settings)
    {
        using var workspace = WorkspaceInputs.Open(output, settings.Data);
        return settings.Table is { } name
            ? Campo.Workspace.WorkspaceGravity.ReadTable(workspace, name)
            : Campo.Workspace.WorkspaceGravity.ReadQuery(workspace, settings.Sql!, settings.Data + " --sql");
    }
}
