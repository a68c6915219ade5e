using System.Globalization;
using Campo.Composition;
using Campo.Domain;
using Campo.Markets;
using Campo.Markets.Uncertainty;
using Campo.Markets.World;
using Campo.Scenarios;

namespace Campo.Evaluation;

/// <summary>Assembles a <see cref="DraftEvaluation"/> from the pieces of a run.</summary>
internal static class EvaluationResults
{
    public static DraftEvaluation Build(
        Scenario scenario,
        EvaluationContext context,
        IReadOnlyList<RegionRole> roles,
        AppliedDraft applied,
        WorldMarketShock shock,
        WorldMarketSolution solution,
        WorldMarketMonteCarloResult? draws,
        EvaluationOptions options)
    {
        var dataset = context.Dataset;
        var names = dataset.Commodities.ToDictionary(c => c.Id, c => c.Name);
        var byRegion = solution.Welfare.ByRegion();
        var tariffAfter = shock.Changes.Where(c => c.ImportTariff is not null).ToDictionary(c => (c.Region, c.Commodity), c => c.ImportTariff!.Value);

        var worldPrices = solution.Commodities
            .Select(c => new WorldPriceOutcome(c.Commodity, names.GetValueOrDefault(c.Commodity, c.Commodity.Code), c.BaseWorldPrice.Value, c.WorldPrice.Value, c.PriceChange, Band.From(draws?.WorldPriceChange.GetValueOrDefault(c.Commodity))))
            .ToArray();

        var regions = roles.Select(r => new RegionOutcome(
                r.Region,
                r.Name,
                r.Lead,
                r.Status,
                r.Represented,
                r.Groups,
                WelfareFigures.From(byRegion.GetValueOrDefault(r.Region)),
                WelfareBands.From(draws?.RegionWelfare.GetValueOrDefault(r.Region))))
            .ToArray();

        var groupMembers = roles.SelectMany(r => r.Groups.Select(g => (Group: g, r.Region)))
            .GroupBy(x => x.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MemberId>)g.Select(x => x.Region).ToArray(), StringComparer.Ordinal);
        var groupBands = draws?.GroupWelfare.ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
        var groups = groupMembers
            .OrderBy(g => GroupOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupOutcome(
                g.Key,
                g.Value,
                WelfareFigures.From(g.Value.Aggregate(WelfareChange.Zero, (sum, region) => sum + byRegion.GetValueOrDefault(region))),
                WelfareBands.From(groupBands?.GetValueOrDefault(g.Key))))
            .ToArray();

        var markets = solution.Markets.Select(m =>
        {
            var record = dataset.Base(m.Region, m.Commodity);
            var before = record?.TariffEquivalent?.Fraction ?? 0;
            var after = tariffAfter.TryGetValue((m.Region, m.Commodity), out var t) ? t.Fraction : before;
            var pp0 = m.ProducerPrice.Base.Value;
            var pp1 = m.ProducerPrice.Scenario.Value;
            var s0 = m.Production.Base.Value;
            var s1 = m.Production.Scenario.Value;
            var hectares = record?.AreaThousandHectares is { } area && area > 0 ? area * 1000 : (double?)null;
            var ps = m.Welfare.ProducerSurplus.Value;
            var band = draws?.Markets.GetValueOrDefault((m.Region, m.Commodity));
            return new MarketOutcome(
                m.Region,
                m.Commodity,
                names.GetValueOrDefault(m.Commodity, m.Commodity.Code),
                before,
                after,
                pp0,
                Change(pp0, pp1),
                Change(m.ConsumerPrice.Base.Value, m.ConsumerPrice.Scenario.Value),
                s0 / 1000,
                s1 / 1000,
                m.Consumption.Base.Thousands,
                m.Consumption.Scenario.Thousands,
                m.Imports.Base.Thousands,
                m.Imports.Scenario.Thousands,
                m.Exports.Base.Thousands,
                m.Exports.Scenario.Thousands,
                ((pp1 * s1) - (pp0 * s0)) / 1e6,
                s0 > 0 ? ps / s0 : null,
                hectares is { } ha ? ps / ha : null,
                WelfareFigures.From(m.Welfare),
                Band.From(band?.ProducerPriceChange),
                Band.From(band?.ProducerSurplus, 1e-6));
        }).ToArray();

        var modelNotes = solution.Notes
            .GroupBy(n => NoteKind(n.Text), StringComparer.Ordinal)
            .Select(g => g.Count() == 1
                ? g.First().Region + " " + g.First().Commodity + ": " + g.First().Text
                : g.Count().ToString(CultureInfo.InvariantCulture) + " markets, e.g. " + g.First().Region + " " + g.First().Commodity + ": " + g.First().Text)
            .ToArray();

        return new DraftEvaluation
        {
            Scenario = new EvaluatedScenario(scenario.Title, scenario.File, scenario.Source, scenario.Base.MembersAt, dataset.MembersAt(scenario.Base.MembersAt).Count, dataset.Origin, Data.Dataset.BaseYear),
            Commitments = applied.Commitments.Select(Summarise).ToArray(),
            Tariffs = TariffOutcomes.Of(applied.Commitments),
            WorldPrices = worldPrices,
            Regions = regions,
            Groups = groups,
            Markets = markets,
            World = WelfareFigures.From(solution.Welfare.World),
            Solver = new SolverReport(solution.Converged, solution.Tolerance, solution.Sweeps, solution.MaxRelativeResidual, solution.Markets.Count, modelNotes),
            Uncertainty = draws is null ? null : new UncertaintyReport(draws.Draws, draws.ConvergedDraws, options.Seed, draws.Assumptions),
            Flagged = scenario.FlaggedParameters.Select(p => new FlaggedParameter(p.Path, p.Value, ParameterStatuses.Of(p.Provenance.Reliability), p.Provenance.Source)).ToArray(),
            Notes = [.. applied.Notes, .. context.BaseNotes],
        };
    }

    private static CommitmentSummary Summarise(RegionCommitment commitment)
    {
        var total = commitment.Tariffs?.Total;
        return new CommitmentSummary(
            commitment.Role.Region,
            commitment.Role.Name,
            commitment.Role.Lead,
            commitment.Role.Status,
            commitment.Tariffs?.Formula,
            total?.AppliedBefore?.Fraction,
            total?.AppliedAfter?.Fraction,
            total?.BoundBefore?.Fraction,
            total?.BoundAfter?.Fraction,
            commitment.Tariffs?.Lines.Count(l => l.AppliedFalls) ?? 0,
            commitment.SupportCut?.Fraction,
            commitment.ExportSubsidyCut?.Fraction,
            [.. commitment.Notes, .. commitment.Tariffs?.Notes ?? []])
        {
            Support = commitment.Boxes,
        };
    }

    private static double Change(double before, double after) => before > 0 ? (after / before) - 1.0 : 0.0;

    private static string NoteKind(string text)
    {
        var cut = text.IndexOf('(', StringComparison.Ordinal);
        return cut > 0 ? text[..cut] : text;
    }

    private static int GroupOrder(string group) => group switch
    {
        RegionRoles.Developed => 0,
        RegionRoles.Developing => 1,
        RegionRoles.LeastDeveloped => 2,
        RegionRoles.NetFoodImporters => 3,
        RegionRoles.NonMembers => 4,
        _ => 5,
    };

}
