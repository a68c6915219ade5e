using System.Globalization;
using Campo.Cli.Infrastructure;
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
        var result = GravityCounterfactual.Run(spec, settings.Threads ?? 0);
        if (!result.Converged)
        {
            throw new SolverException(
                $"the {result.Solver.ToString().ToLowerInvariant()} solver did not converge in {result.Iterations} iterations",
                "raise the tolerance in the spec, or check the size of the change");
        }

        if (settings.Json)
        {
            output.Out.WriteLine(CampoJson.Serialize(result));
            return ExitCodes.Ok;
        }

        var console = output.Console;
        console.MarkupLine($"[bold]{Markup.Escape(result.Title)}[/]");
        console.MarkupLine(Markup.Escape("baseline: " + result.Estimate.Formula + "; " + string.Join(", ", result.Estimate.Coefficients.Select(c => c.Name + " " + c.Estimate.ToString("F4", CultureInfo.InvariantCulture)))));
        var table = new Table().AddColumns("country", "exports (cond.) %", "exports (full) %", "factory price %", "inward MR %", "outward MR %", "real GDP %", "welfare %");
        foreach (var c in result.Countries)
        {
            table.AddRow(Markup.Escape(c.Country), F(c.ExportsConditional), F(c.ExportsFull), F(c.FactoryPrice), F(c.InwardResistance), F(c.OutwardResistance), F(c.RealGdp), F(c.Welfare));
        }

        console.Write(table);
        var numeraire = spec.Reference is { } r ? $"{r}'s inward multilateral resistance" : "world output";
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"solver: {result.Solver.ToString().ToLowerInvariant()}, converged in {result.Iterations} iterations; numeraire {numeraire}; {spec.Imbalance.ToString().ToLowerInvariant()} trade imbalances; theta {spec.Theta}")));
        return ExitCodes.Ok;
    }

    private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
