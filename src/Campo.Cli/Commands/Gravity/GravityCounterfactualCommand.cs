using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Errors;
using Campo.Gravity.Equilibrium;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Gravity;

/// <summary><c>campo gravity counterfactual SPEC.toml</c>: percent changes per country.</summary>
public sealed class GravityCounterfactualCommand(CliOutput output) : Command<GravityCounterfactualSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, GravityCounterfactualSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var spec = CounterfactualSpec.Load(output.Resolve(settings.Spec), settings.Spec);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = GravityCounterfactual.Run(spec, settings.Threads ?? 0);
        if (settings.Timing)
        {
            // Before the convergence check: a user timing a run that does not converge wants the figures too.
            var t = result.Timings;
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            output.Error.WriteLine(CliText.Fill(
                CliStrings.Gravity_CounterfactualTiming,
                F(t.Read, "F3"),
                F(t.Estimate, "F3"),
                F(t.Solve, "F3"),
                F(clock.Elapsed.TotalSeconds, "F3"),
                F(process.PeakWorkingSet64 / (1024.0 * 1024.0), "F0")));
        }

        if (!result.Converged)
        {
            throw new SolverException(
                CliText.Fill(CliStrings.Error_CounterfactualNotConverged, result.Solver.ToString().ToLowerInvariant(), Format.Count(result.Iterations)),
                CliText.Text(CliStrings.Error_CounterfactualNotConvergedExpected));
        }

        if (settings.Json)
        {
            output.Out.WriteLine(CampoJson.Serialize(result));
            return ExitCodes.Ok;
        }

        var console = output.Console;
        console.MarkupLine($"[bold]{Markup.Escape(result.Title)}[/]");
        console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Gravity_Baseline, result.Estimate.Formula, string.Join(", ", result.Estimate.Coefficients.Select(c => c.Name + " " + F(c.Estimate, "F4"))))));
        var table = new Table().AddColumns(
            CliText.Text(CliStrings.Col_Country),
            CliText.Text(CliStrings.Col_ExportsConditional),
            CliText.Text(CliStrings.Col_ExportsFull),
            CliText.Text(CliStrings.Col_FactoryPrice),
            CliText.Text(CliStrings.Col_InwardResistanceConditional),
            CliText.Text(CliStrings.Col_InwardResistance),
            CliText.Text(CliStrings.Col_OutwardResistanceConditional),
            CliText.Text(CliStrings.Col_OutwardResistance),
            CliText.Text(CliStrings.Col_RealGdp),
            CliText.Text(CliStrings.Col_WelfarePercent));
        foreach (var c in result.Countries)
        {
            table.AddRow(Markup.Escape(c.Country), F(c.ExportsConditional), F(c.ExportsFull), F(c.FactoryPrice), Optional(c.InwardResistanceConditional), F(c.InwardResistance), Optional(c.OutwardResistanceConditional), F(c.OutwardResistance), F(c.RealGdp), F(c.Welfare));
        }

        console.Write(table);
        var numeraire = spec.Reference is { } r ? CliText.Fill(CliStrings.Gravity_NumeraireReference, r) : CliText.Text(CliStrings.Gravity_NumeraireWorld);
        console.MarkupLine(Markup.Escape(CliText.Fill(
            CliStrings.Gravity_Solver,
            result.Solver.ToString().ToLowerInvariant(),
            Format.Count(result.Iterations),
            numeraire,
            spec.Imbalance.ToString().ToLowerInvariant(),
            F(spec.Theta, "G"))));
        return ExitCodes.Ok;
    }

    private static string F(double value, string format = "F2") => Format.Number(value, format);

    /// <summary>A conditional resistance, or a dash when the spec names no reference country (not identified).</summary>
    private static string Optional(double? value) => value is { } v ? F(v) : "-";
}
