using System.Globalization;
using Campo.Data;
using Campo.Errors;
using Campo.Markets.Armington;
using Campo.Regional;
using Campo.Regional.Dumping;
using Campo.Scenarios;

namespace Campo.Evaluation;

/// <summary>
/// Evaluates a regional agreement (docs/models/nafta.md): each commodity's bilateral base is calibrated from the data
/// (<see cref="BilateralCalibration"/>), then every year from entry into force to the horizon is solved against the
/// base with GSIM's Armington model in steps (<see cref="ArmingtonSteps"/>) and the tariff-rate quota regimes
/// (<see cref="ArmingtonQuotaSolver"/>), under the legal and the applied duties. The main tables show the horizon
/// year under the scenario's duties; the path, the look-back against observed series and the dumping margins are the
/// evaluation's optional members. Pure: no files, no console.
/// </summary>
public static class RegionalEvaluator
{
    /// <summary>Evaluates a regional scenario on a dataset.</summary>
    /// <param name="scenario">A scenario of kind regional.</param>
    /// <param name="dataset">The data.</param>
    /// <param name="options">Draws and focus; null for central results only.</param>
    /// <param name="cancellationToken">Stops the draws.</param>
    /// <exception cref="CampoException">A multilateral scenario, or data the agreement needs and the dataset lacks.</exception>
    /// <exception cref="SolverException">A year's market could not be solved.</exception>
    public static DraftEvaluation Evaluate(Scenario scenario, Dataset dataset, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new EvaluationOptions();
        var agreement = scenario.Regional ?? throw new CampoException(
            "this is a multilateral draft, which the bilateral model does not evaluate",
            "multilateral drafts are evaluated on the world market",
            new SourceLocation(scenario.File, Field: "kind"));
        foreach (var party in agreement.Parties)
        {
            try
            {
                dataset.GetMember(party);
            }
            catch (CampoException unknown)
            {
                // The dataset's message suggests the closest code; the reader needs to know where it was written.
                throw new CampoException(unknown.Problem, unknown.Expected, new SourceLocation(scenario.File, Field: "regional.parties"), unknown);
            }
        }

        var bases = agreement.Commodities.Select(c => BilateralCalibration.Calibrate(dataset, agreement, c, scenario.File)).ToArray();
        var models = bases.Select(b => b.Model()).ToArray();
        var path = new List<RegionalYear>();
        foreach (var duties in new[] { DutyRegime.Legal, DutyRegime.Applied })
        {
            for (var year = agreement.EntryIntoForce; year <= agreement.Horizon; year++)
            {
                for (var i = 0; i < bases.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var solved = RegionalYear.Solve(bases[i], models[i], agreement, duties, year);
                    solved.Solution.EnsureConverged();
                    path.Add(solved);
                }
            }
        }

        var horizon = path.Where(p => p.Year == agreement.Horizon && p.Duties == agreement.Duties).ToArray();
        var groups = RegionalGroups.Of(agreement, party => dataset.GetMember(party).StatusAt(scenario.Base.MembersAt));
        var draws = options.Draws > 0 ? RegionalDraws.Run(bases, models, agreement, groups, options, cancellationToken) : null;
        var lookBack = LookBack.Build(dataset, agreement, bases, path);
        var dumping = DumpingSeries(dataset, agreement, scenario.File);
        var evaluation = RegionalAssembly.Build(scenario, dataset, agreement, bases, horizon, path, groups, draws, lookBack, dumping, options);
        return evaluation with { MexicoMaize = MexicoMaize.Run(dataset, agreement, null, options.Draws, options.Seed, cancellationToken) };
    }

    /// <summary>The duties' name as reports write it.</summary>
    public static string DutyName(DutyRegime duties) => RegionalYear.DutyName(duties);

    private static IReadOnlyList<DumpingSeries>? DumpingSeries(Dataset dataset, RegionalAgreement agreement, string file)
    {
        if (agreement.Dumping is not { } dumping)
        {
            return null;
        }

        var location = dumping.Location with { File = dumping.Location.File ?? file, Field = "regional.dumping.commodities" };
        var (first, last) = DumpingCalculator.CostYears(dataset);
        var from = Math.Max(first, agreement.EntryIntoForce);
        var to = Math.Min(last, agreement.Horizon);
        var series = new List<DumpingSeries>();
        foreach (var commodity in dumping.Commodities)
        {
            if (from > to)
            {
                throw new CampoException(
                    string.Create(CultureInfo.InvariantCulture, $"no cost data for the years of the agreement ({agreement.EntryIntoForce}-{agreement.Horizon}): the USDA ERS corn costs in the data cover {first}-{last}"),
                    "remove [regional.dumping], or evaluate years the cost series covers",
                    location);
            }

            try
            {
                series.Add(DumpingCalculator.Compute(dataset, commodity, new DumpingInputs(from, to, dumping.CostBasis, dumping.Price, dumping.TransportUsdPerTonne)));
            }
            catch (CampoException e)
            {
                throw new CampoException(e.Problem, e.Expected, location, e);
            }
        }

        return series;
    }
}
