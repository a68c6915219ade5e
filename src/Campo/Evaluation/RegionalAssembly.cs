using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Markets;
using Campo.Regional;
using Campo.Regional.Dumping;
using Campo.Scenarios;

namespace Campo.Evaluation;

/// <summary>Assembles a regional evaluation into the <see cref="DraftEvaluation"/> every report reads.</summary>
internal static class RegionalAssembly
{
    public static DraftEvaluation Build(
        Scenario scenario,
        Dataset dataset,
        RegionalAgreement agreement,
        CommodityBase[] bases,
        RegionalYear[] horizon,
        List<RegionalYear> path,
        IReadOnlyList<(string Name, IReadOnlyCollection<MemberId> Regions)> groups,
        RegionalDrawResult? draws,
        LookBackReport lookBack,
        IReadOnlyList<DumpingSeries>? dumping,
        EvaluationOptions options)
    {
        var date = scenario.Base.MembersAt;
        var regionIds = bases[0].Regions.Select(r => r.Region).ToArray();
        var welfare = regionIds.ToDictionary(r => r, r => horizon.Aggregate(WelfareChange.Zero, (sum, y) => sum + y.Welfare(r)));
        DevelopmentStatus? StatusOf(MemberId region) => agreement.Parties.Contains(region) ? dataset.GetMember(region).StatusAt(date) : null;
        IReadOnlyList<string> GroupsOf(MemberId region) => groups.Where(g => g.Regions.Contains(region)).Select(g => g.Name).ToArray();

        var regions = bases[0].Regions.Select(r => new RegionOutcome(
                r.Region,
                r.Name,
                agreement.Parties.Contains(r.Region) ? r.Region : null,
                StatusOf(r.Region),
                agreement.Parties.Contains(r.Region) ? [r.Region] : [],
                GroupsOf(r.Region),
                WelfareFigures.From(welfare[r.Region]),
                WelfareBands.From(draws?.Regions.GetValueOrDefault(r.Region))))
            .ToArray();
        var groupOutcomes = groups.Select(g => new GroupOutcome(
                g.Name,
                g.Regions.ToArray(),
                WelfareFigures.From(g.Regions.Aggregate(WelfareChange.Zero, (sum, r) => sum + welfare[r])),
                WelfareBands.From(draws?.Groups.GetValueOrDefault(g.Name))))
            .ToArray();
        var markets = horizon.SelectMany(y => Markets(y, draws)).ToArray();
        var legalAtHorizon = path.Where(p => p.Year == agreement.Horizon && p.Duties == DutyRegime.Legal).ToArray();
        var appliedAtHorizon = path.Where(p => p.Year == agreement.Horizon && p.Duties == DutyRegime.Applied).ToArray();
        var schedule = bases.SelectMany(b => ScheduleLines(b, agreement, legalAtHorizon.First(y => y.Base == b), appliedAtHorizon.First(y => y.Base == b))).ToArray();
        var focus = (agreement.Focus.Count > 0 ? agreement.Focus : agreement.Commodities.Select(c => c.Name))
            .Select(name => bases.First(b => string.Equals(b.Spec.Name, name, StringComparison.OrdinalIgnoreCase)).Commodity.Id)
            .ToArray();
        var duties = RegionalEvaluator.DutyName(agreement.Duties);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Bilateral Armington model (GSIM, reference §2) for the parties and the rest of the world, one market per commodity; every year {agreement.EntryIntoForce}-{agreement.Horizon} solved against the {agreement.BasePeriod} base in equal steps of ln T, with tariff-rate quota regimes. The main tables show {agreement.Horizon} under the {duties} duties."),
            "Pairs the agreement does not name (and the non-parties' tariffs) keep their base tariffs; tariffs between parties under an earlier agreement (the US-Canada FTA of 1989) stay as in the base.",
            "Quota and licence rents go to the importing region (its licence holders); before the agreement, a licensed importer's wedge was a rent, not revenue.",
        };
        notes.AddRange(bases.SelectMany(b => b.Notes));
        return new DraftEvaluation
        {
            Scenario = new EvaluatedScenario(scenario.Title, scenario.File, scenario.Source, date, dataset.MembersAt(date).Count, dataset.Origin, agreement.BaseYear),
            Commitments = bases[0].Regions.Select(r => Commitment(r, agreement, horizon, StatusOf(r.Region), schedule)).ToArray(),
            WorldPrices = horizon.Select(WorldPrice).ToArray(),
            Regions = regions,
            Groups = groupOutcomes,
            Markets = markets,
            World = WelfareFigures.From(welfare.Values.Aggregate(WelfareChange.Zero, (a, b) => a + b)),
            Solver = Solver(horizon, path),
            Uncertainty = draws is null ? null : new UncertaintyReport(draws.Draws, draws.Converged, options.Seed, draws.Distributions),
            Flagged = scenario.FlaggedParameters.Select(p => new FlaggedParameter(p.Path, p.Value, ParameterStatuses.Of(p.Provenance.Reliability), p.Provenance.Source)).ToArray(),
            Notes = notes,
            Units = "money: million US dollars a year at " + agreement.BasePeriod + " prices (nominal); prices: US dollars per tonne; quantities: thousand tonnes; changes: fractions (0.05 = +5%), all against the " + agreement.BasePeriod + " base",
            FocusCommodities = focus,
            Agreement = new AgreementTerms(agreement.Parties, agreement.BasePeriod, agreement.EntryIntoForce, agreement.Horizon, agreement.Duties, agreement.Horizon, schedule),
            Path = path.Select(PathOf).ToArray(),
            LookBack = lookBack,
            Dumping = dumping,
        };
    }

    /// <summary>A solved year as a path entry.</summary>
    private static PathYear PathOf(RegionalYear y) => new(
        y.Year,
        y.Duties,
        y.Base.Commodity.Id,
        y.Base.Commodity.Name,
        y.Solution.Converged,
        y.Base.Regions.Select(r =>
        {
            var q = y.Quantities(r.Region);
            return new PathMarket(r.Region, y.ProducerPriceChange(r.Region), y.Solution.Solution.Region(r.Region).CompositePriceChange, q.Production1 / 1000, q.Imports1 / 1000, q.Exports1 / 1000, WelfareFigures.From(y.Welfare(r.Region)));
        }).ToArray(),
        y.Solution.Quotas.Select(o => new PathQuota(
            o.Quota.Exporter,
            o.Quota.Importer,
            o.Quota.Quota.Thousands,
            o.Quota.InQuota.Fraction,
            o.Quota.OverQuota.Fraction,
            o.MarginalTariff.Fraction,
            o.Regime,
            o.Imports.Thousands,
            o.Rent.Millions)).ToArray());

    private static IEnumerable<MarketOutcome> Markets(RegionalYear year, RegionalDrawResult? draws)
    {
        var b = year.Base;
        foreach (var region in b.Regions)
        {
            var q = year.Quantities(region.Region);
            var p = year.ProducerPriceChange(region.Region);
            var w = year.Welfare(region.Region);
            var key = (region.Region, b.Commodity.Id);
            var (before, after) = Tariffs(year, region.Region);
            var hectares = region.AreaThousandHectares is { } area && area > 0 ? area * 1000 : (double?)null;
            yield return new MarketOutcome(
                region.Region,
                b.Commodity.Id,
                b.Commodity.Name,
                before,
                after,
                b.BasePrice,
                p,
                year.Solution.Solution.Region(region.Region).CompositePriceChange,
                q.Production0 / 1000,
                q.Production1 / 1000,
                q.Use0 / 1000,
                q.Use1 / 1000,
                q.Imports0 / 1000,
                q.Imports1 / 1000,
                q.Exports0 / 1000,
                q.Exports1 / 1000,
                b.BasePrice * ((q.Production1 * (1 + p)) - q.Production0) / 1e6,
                q.Production0 > 0 ? w.ProducerSurplus.Value / q.Production0 : null,
                hectares is { } ha ? w.ProducerSurplus.Value / ha : null,
                WelfareFigures.From(w),
                Band.From(draws?.PriceChange.GetValueOrDefault(key)),
                Band.From(draws?.ProducerSurplus.GetValueOrDefault(key), 1e-6));
        }
    }

    /// <summary>An importer's tariff before and in the year, weighted by its base imports (0 without imports).</summary>
    private static (double Before, double After) Tariffs(RegionalYear year, MemberId importer)
    {
        var flows = year.Solution.Solution.Flows.Where(f => f.Importer == importer && f.Exporter != importer).ToArray();
        var total = flows.Sum(f => f.Value.Base.Value);
        return total > 0
            ? (flows.Sum(f => f.Value.Base.Value * (f.Tariff.Base - 1)) / total, flows.Sum(f => f.Value.Base.Value * (f.Tariff.Scenario - 1)) / total)
            : (0, 0);
    }

    private static WorldPriceOutcome WorldPrice(RegionalYear year)
    {
        // The export price of the world: each region's export price change weighted by its base exports to other regions.
        var b = year.Base;
        var weights = b.Regions.Select(r => (r.Region, Weight: year.Quantities(r.Region).Exports0)).ToArray();
        var total = weights.Sum(w => w.Weight);
        var change = total > 0 ? weights.Sum(w => w.Weight * year.ProducerPriceChange(w.Region)) / total : 0;
        return new WorldPriceOutcome(b.Commodity.Id, b.Commodity.Name, b.BasePrice, b.BasePrice * (1 + change), change, null);
    }

    private static IEnumerable<ScheduleLine> ScheduleLines(CommodityBase b, RegionalAgreement agreement, RegionalYear legal, RegionalYear applied)
    {
        foreach (var pair in b.Spec.Pairs.Where(p => p.Changes))
        {
            var flow = b.Flow(pair.Exporter, pair.Importer);
            double Marginal(RegionalYear y) => y.Solution.Solution.Flows.FirstOrDefault(f => f.Exporter == pair.Exporter && f.Importer == pair.Importer)?.Tariff.Scenario - 1 ?? 0;
            yield return new ScheduleLine(b.Commodity.Id, b.Commodity.Name, pair.Exporter, pair.Importer, Terms(pair, agreement, b, flow), flow?.Tariff.Fraction ?? 0, Marginal(legal), Marginal(applied));
        }
    }

    private static string Terms(PairSchedule pair, RegionalAgreement agreement, CommodityBase b, BaseFlow? flow)
    {
        if (flow is null)
        {
            return "no trade in the base: the model cannot create this flow";
        }

        if (pair.Quota is { } q)
        {
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"tariff-rate quota {q.QuotaKt:#,##0} kt in {agreement.EntryIntoForce} growing {q.GrowthPercent:0.##}% a year ({q.QuotaIn(agreement.Horizon, agreement.EntryIntoForce):#,##0} kt in {agreement.Horizon}), in-quota {q.InQuotaPercent:0.##}%, over-quota {q.OverQuota.Describe()}");
            return text + (q.AppliedOverQuota is { } applied ? "; applied over-quota " + applied.Describe() : "; no applied path given: the legal one applies");
        }

        var category = pair.Staging!.Value;
        return string.Create(CultureInfo.InvariantCulture, $"staging {NaftaStaging.Name(category)} from {flow.Tariff} (duty-free from {NaftaStaging.DutyFreeFrom(category, agreement.EntryIntoForce)})");
    }

    private static CommitmentSummary Commitment(BaseRegion region, RegionalAgreement agreement, RegionalYear[] horizon, DevelopmentStatus? status, ScheduleLine[] schedule)
    {
        if (!agreement.Parties.Contains(region.Region))
        {
            return new CommitmentSummary(region.Region, region.Name, null, null, null, null, null, null, null, 0, null, null, ["Not a party: its tariffs do not change."]);
        }

        var tariffs = horizon.Select(y => Tariffs(y, region.Region)).ToArray();
        var lines = schedule.Where(s => s.Importer == region.Region).ToArray();
        var formula = lines.Length == 0 ? "no change to its import tariffs" : "agreement schedule on " + string.Join(", ", lines.Select(l => l.CommodityName.ToLowerInvariant()).Distinct(StringComparer.Ordinal));
        return new CommitmentSummary(
            region.Region,
            region.Name,
            region.Region,
            status,
            formula,
            tariffs.Average(t => t.Before),
            tariffs.Average(t => t.After),
            null,
            null,
            tariffs.Count(t => t.After < t.Before - 1e-12),
            null,
            null,
            lines.Select(l => l.CommodityName + " from " + l.Exporter + ": " + l.Terms).ToArray());
    }

    private static SolverReport Solver(RegionalYear[] horizon, List<RegionalYear> path)
    {
        var notes = horizon.SelectMany(y => y.Solution.Quotas.Select(o => string.Create(
                CultureInfo.InvariantCulture,
                $"{y.Base.Commodity.Name} {y.Year}: the quota on {o.Quota.Exporter} to {o.Quota.Importer} is {RegionalYear.RegimeName(o.Regime)} (marginal tariff {o.MarginalTariff}, {o.Imports.Thousands:#,##0} kt against a quota of {o.Quota.Quota.Thousands:#,##0} kt).")))
            .Append(string.Create(CultureInfo.InvariantCulture, $"Each year is solved in up to {path.Max(p => p.Solution.Steps)} steps of ln T (at most 0.05 each); {path.Count} market-years solved."))
            .ToArray();
        return new SolverReport(
            path.All(p => p.Solution.Converged),
            new Markets.Armington.ArmingtonQuotaOptions().Tolerance,
            horizon.Sum(y => y.Solution.Sweeps),
            path.Max(p => p.Solution.Solution.RelativeResidual),
            horizon.Sum(y => y.Base.Regions.Count),
            notes);
    }

}
