using System.Diagnostics;
using System.Globalization;
using Campo.Cli.Infrastructure;
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
        var table = GravityTableReader.Read(output.Resolve(settings.Data), settings.Data);
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
                $"the estimation did not converge: {estimate.ExitReason} after {estimate.Iterations} iterations",
                "check for separated observations (do not use --no-separation-check) or rescale the regressors");
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
            output.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"timing: {clock.Elapsed.TotalSeconds:F3} s elapsed (reading included); peak memory {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB"));
        }

        return ExitCodes.Ok;
    }

    private void Print(GravityEstimate estimate)
    {
        var console = output.Console;
        console.MarkupLine($"[bold]{Markup.Escape(estimate.Estimator.ToString().ToUpperInvariant())}[/]  {Markup.Escape(estimate.Formula)}");
        var table = new Table().AddColumns("term", "estimate", "std. error", "z", "p-value");
        foreach (var c in estimate.Coefficients)
        {
            table.AddRow(Markup.Escape(c.Name), F(c.Estimate, "F6"), F(c.StandardError, "F6"), F(c.Z, "F2"), F(c.PValue, "F4"));
        }

        console.Write(table);
        foreach (var o in estimate.Omitted)
        {
            console.MarkupLine($"omitted: {Markup.Escape(o.Name)} ({Markup.Escape(o.Reason)})");
        }

        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"observations: {estimate.ObservationsUsed:N0} used of {estimate.ObservationsRead:N0} read")));
        foreach (var d in estimate.Dropped)
        {
            var lines = string.Join(", ", d.Lines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"  dropped {d.Count:N0}: {d.Reason} (first at line {lines})")));
        }

        foreach (var fe in estimate.FixedEffects)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"fixed effect {fe.Name}: {fe.Levels:N0} levels")));
        }

        var variance = estimate.Variance switch
        {
            VarianceType.Cluster => "clustered by " + string.Join(" and ", estimate.Clusters.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({c.Levels:N0} clusters)"))),
            VarianceType.Hetero => "heteroskedasticity-robust",
            _ => "iid",
        };
        console.MarkupLine(Markup.Escape($"standard errors: {variance}, {estimate.Convention.ToString().ToLowerInvariant()} small-sample convention"));
        if (estimate.Estimator == GravityEstimator.Ppml)
        {
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"deviance {estimate.Deviance:F4}; log pseudo-likelihood {estimate.LogLikelihood:F4}; pseudo-R2 {estimate.PseudoR2:F4}")));
        }
        else
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"residual sum of squares {estimate.Deviance:F4}; R2 {estimate.PseudoR2:F4}")));
        }

        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"converged in {estimate.Iterations} iterations ({estimate.ExitReason})")));
        foreach (var note in estimate.Notes)
        {
            console.MarkupLine(Markup.Escape("note: " + note));
        }
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
