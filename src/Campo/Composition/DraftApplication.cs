using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Markets.World;
using Campo.Scenarios;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;
using Campo.Schedules.Formulas;
using Campo.Schedules.Results;

namespace Campo.Composition;

/// <summary>What a draft asks of one market region, through the member that sets its policy.</summary>
/// <param name="Role">Who speaks for the region.</param>
/// <param name="Tariffs">The draft applied to the lead's commodity-level schedule, or null when the draft has no market-access pillar or the region has no lead.</param>
/// <param name="SupportCut">The cut applied to the producer support wedge, or null for none.</param>
/// <param name="ExportSubsidyCut">The cut applied to export subsidies, or null for none.</param>
/// <param name="BaseSupport">The region's base support (producer support wedge × production value), the measure the support tiers use.</param>
/// <param name="Notes">What the reader should know about this region's commitments.</param>
public sealed record RegionCommitment(
    RegionRole Role,
    ScheduleResult? Tariffs,
    Rate? SupportCut,
    Rate? ExportSubsidyCut,
    Usd BaseSupport,
    IReadOnlyList<string> Notes)
{
    /// <summary>The AMS commitment worked out for the region (bound, current, new ceiling, applied cut), or null without a support cut.</summary>
    public AmsCommitment? Ams { get; init; }

    /// <summary>The region's support by box before and after the draft.</summary>
    public SupportBoxes? Boxes { get; init; }
}

/// <summary>A draft turned into commitments per region and into the policy changes the market model takes.</summary>
/// <param name="Commitments">Per region, in region order.</param>
/// <param name="Shock">The policy changes, for <see cref="WorldMarketModel.Solve"/>.</param>
/// <param name="Notes">Notes that apply to the whole application (evaluation year, missing lists).</param>
public sealed record AppliedDraft(IReadOnlyList<RegionCommitment> Commitments, WorldMarketShock Shock, IReadOnlyList<string> Notes);

/// <summary>
/// Applies a scenario's pillars to every region of the dataset: market access through each lead member's
/// commodity-level schedule (IMPACT's applied tariff equivalents, with cited bound rates where they exist and the
/// dataset's stated assumption in their place), domestic support through the producer support wedge, export
/// competition through the export subsidy wedge. Staging follows <see cref="ImplementationSettings"/>: when an
/// evaluation year is set, only the instalments made by then count (equal annual instalments).
/// </summary>
public static class DraftApplication
{
    /// <summary>Applies the scenario on the membership date it names.</summary>
    /// <param name="scenario">The draft.</param>
    /// <param name="dataset">The data.</param>
    /// <param name="roles">The region roles on the scenario's date (see <see cref="RegionRoles.At"/>).</param>
    public static AppliedDraft Apply(Scenario scenario, Dataset dataset, IReadOnlyList<RegionRole> roles)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(roles);
        var commitments = new List<RegionCommitment>(roles.Count);
        var changes = new List<PolicyChange>();
        foreach (var role in roles)
        {
            var records = dataset.BaseOf(role.Region).Where(r => dataset.WorldPrice(r.Commodity) is not null).ToList();
            var commitment = Commit(scenario, dataset, role, records);
            var regionChanges = Changes(scenario, dataset, commitment, records).ToList();
            var ams = commitment.Ams ?? (role.Lead is { } lead ? AmsCommitment.Of(dataset, lead, role.Region, records, role.Status) : null);
            commitments.Add(commitment with { Boxes = SupportBoxes.Of(dataset, role.Lead, role.Region, records, regionChanges, ams) });
            changes.AddRange(regionChanges);
        }

        var notes = new List<string>
        {
            "Each region's policy follows its lead WTO member; regions with no member on " + scenario.Base.MembersAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " take on no commitment.",
            "Tariff formulas are applied at the commodity level: each commodity is one pseudo-line at IMPACT's applied tariff equivalent, so results are indicative of line-level outcomes.",
            "No embedded source lists the small vulnerable economies, so none is treated as one; recently acceded members are those that joined under Article XII (not original members).",
        };
        foreach (var source in dataset.TariffSources)
        {
            notes.Add("Tariffs of " + source.Member + ": " + source.Source + ".");
        }

        if (dataset.TariffSources.Count > 0)
        {
            notes.Add("Tariffs of every other member: the dataset's commodity-level tariffs (" + Workspace.WorkspaceTariffs.BaseOrigin(dataset) + ").");
        }

        if (scenario.Implementation.EvaluateYear is { } year)
        {
            notes.Add("Evaluated in " + year.ToString(CultureInfo.InvariantCulture) + ": only the instalments made by then count.");
        }

        return new AppliedDraft(commitments, new WorldMarketShock(changes, scenario.Title), notes);
    }

    /// <summary>Instalments made by the evaluation year out of <paramref name="years"/> (all of them without an evaluation year).</summary>
    public static double ShareDone(ImplementationSettings implementation, int years)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        if (implementation.EvaluateYear is not { } evaluate || years <= 0)
        {
            return 1.0;
        }

        var made = Math.Clamp(evaluate - implementation.StartYear + 1, 0, years);
        return made / (double)years;
    }

    private static RegionCommitment Commit(Scenario scenario, Dataset dataset, RegionRole role, List<BaseRecord> records)
    {
        var notes = new List<string>();
        var baseSupport = records.Sum(r => Math.Max(0, SupportPolicy.ProducerWedge(dataset, r)) * r.Production.Value * dataset.WorldPrice(r.Commodity)!.Value.Value);
        if (role.Lead is not { } lead || role.Status is not { } status)
        {
            notes.Add("No WTO member on this date: no commitment.");
            return new RegionCommitment(role, null, null, null, new Usd(baseSupport), notes);
        }

        ScheduleResult? tariffs = null;
        if (scenario.MarketAccess is { } draft)
        {
            var schedule = DatasetSchedules.CommodityLevel(dataset, lead, role.Region);
            var treatment = new MemberTreatment(status, SmallVulnerable: false, RecentlyAcceded: role.RecentlyAcceded);
            var years = scenario.Implementation.Years.GetValueOrDefault(status);
            tariffs = ScheduleEngine.Apply(schedule, draft, treatment, new StagingSettings(scenario.Implementation.StartYear, years), scenario.Parameters);
        }

        var ams = AmsCommitment.Of(dataset, lead, role.Region, records, status);
        var supportCut = SupportCut(scenario.DomesticSupport, status, ams.BoundUsd, notes);
        var exportCut = scenario.ExportCompetition.SubsidyCuts.TryGetValue(status, out var cut) ? cut : (Rate?)null;
        AmsCommitment? applied = null;
        var deMinimisCut = scenario.DomesticSupport.DeMinimisCuts.TryGetValue(status, out var dm) && dm.Fraction > 0 ? dm : (Rate?)null;
        if (supportCut is not null || deMinimisCut is not null)
        {
            var tariffYears = scenario.Implementation.Years.GetValueOrDefault(status);
            applied = ams.Cut(supportCut, deMinimisCut, ShareDone(scenario.Implementation, tariffYears));
            notes.Add(applied.Describe());
        }

        return new RegionCommitment(role, tariffs, supportCut, exportCut, new Usd(baseSupport), notes) { Ams = applied };
    }

    internal static Rate? SupportCut(DomesticSupportDraft draft, DevelopmentStatus status, double baseSupport, List<string> notes)
    {
        var tier = draft.Tiers.Where(t => t.Status == status && baseSupport > t.AboveBillionUsd * 1e9).MaxBy(t => t.AboveBillionUsd);
        if (tier is not null)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Base support of {baseSupport / 1e9:0.0} billion USD is above {tier.AboveBillionUsd:0.#} billion: tier cut {tier.Cut}."));
            return tier.Cut;
        }

        return draft.Cuts.TryGetValue(status, out var cut) ? cut : null;
    }

    private static IEnumerable<PolicyChange> Changes(Scenario scenario, Dataset dataset, RegionCommitment commitment, List<BaseRecord> records)
    {
        if (commitment.Role.Status is not { } status)
        {
            yield break;
        }

        var programmes = ProgrammeCuts(scenario, dataset, commitment.Role);

        var lines = commitment.Tariffs?.Lines.Where(l => l.Line.Commodity is not null).ToDictionary(l => l.Line.Commodity!.Value);
        var tariffYears = scenario.Implementation.Years.GetValueOrDefault(status);
        var supportShare = ShareDone(scenario.Implementation, tariffYears);
        var exportShare = ExportShareDone(scenario, status);
        foreach (var record in records)
        {
            Rate? tariff = null;
            var line = lines?.GetValueOrDefault(record.Commodity);
            if (line is not null && line.AppliedAfter is { } after && line.AppliedBefore.Rate is { } before)
            {
                var applied = after;
                if (scenario.Implementation.EvaluateYear is not null && line.BoundBefore.Rate is { } b0 && line.BoundAfter is { } b1)
                {
                    var made = (int)Math.Round(supportShare * tariffYears);
                    applied = Rate.Min(before, new Rate(Staging.RateAfter(b0.Fraction, b1.Fraction, tariffYears, made)));
                }

                if (applied.Fraction < before.Fraction - 1e-12)
                {
                    tariff = applied;
                }
            }

            var quota = SensitiveQuota(line, record, supportShare, tariff ?? line?.AppliedBefore.Rate);

            // Support commitments bind the bound total AMS: only the budgetary (amber) wedge falls, only by the share
            // the new ceiling requires, and not where it is within (the draft's) de minimis or the member has no bound
            // AMS, whose support above a lowered de minimis level falls to it (AmsCommitment.Keep); market price
            // support stays with the tariff.
            Wedge? support = null;
            var budget = SupportPolicy.ProducerWedge(dataset, record);
            var keep = 1.0;
            if (commitment.Ams is { } ams && budget > 0)
            {
                keep = ams.Keep(record.Commodity);
            }

            if (programmes.TryGetValue(record.Commodity, out var programmeCut) && budget > 0)
            {
                keep = Math.Min(keep, 1 - (programmeCut.Fraction * supportShare));
            }

            if (keep < 1)
            {
                support = new Wedge(budget * keep);
            }

            // Export subsidies are paid on exports: only a net exporter has one to cut.
            Wedge? export = null;
            var te = SupportPolicy.ExportWedge(dataset, record);
            if (commitment.ExportSubsidyCut is { } exportCut && te > 0 && SupportPolicy.NetExporter(record))
            {
                export = new Wedge(te * (1 - (exportCut.Fraction * exportShare)));
            }

            if (tariff is not null || support is not null || export is not null || quota is not null)
            {
                yield return new PolicyChange(record.Region, record.Commodity) { ImportTariff = tariff, ProducerSupport = support, ExportWedge = export, Quota = quota };
            }
        }
    }

    /// <summary>
    /// The tariff-rate quota of a sensitive product in a net-importing region: the base net imports M₀ (the access
    /// the region already gives, at the in-quota rate) plus the expansion the draft asks, ΔQ = e · C (e the expansion
    /// share, C consumption; <see cref="Schedules.Flexibilities.SensitiveProducts.QuotaExpansion"/>), made in
    /// proportion to the instalments done; the out-of-quota rate is the line's new applied rate. Source: TN/AG/W/4/Rev.4
    /// (sensitive products pay for their smaller cut with TRQ expansion of 3-4% of domestic consumption). Null when the
    /// line is not sensitive, the draft asks no expansion, or the region does not import.
    /// </summary>
    internal static TariffRateQuota? SensitiveQuota(LineResult? line, BaseRecord record, double shareDone, Rate? outOfQuota)
    {
        if (line is null || (line.Outcome & LineOutcome.Sensitive) == 0 || line.QuotaAfter is not { } after || outOfQuota is not { } tout)
        {
            return null;
        }

        var netImports = record.Imports.Value - record.Exports.Value;
        var expansion = after.Quantity.Value - (line.Line.Quota?.Quantity.Value ?? 0);
        if (netImports <= 0 || expansion <= 0)
        {
            return null;
        }

        var inQuota = Rate.Min(after.InQuota, tout);
        return new TariffRateQuota(new Tonnes(netImports + (expansion * shareDone)), inQuota, tout);
    }

    /// <summary>The draft's cuts of commodity-specific support for the members this region's lead speaks for, by commodity.</summary>
    /// <exception cref="Errors.CampoException">A named commodity is not in the data; the message names the file, line and field.</exception>
    internal static Dictionary<CommodityId, Rate> ProgrammeCuts(Scenario scenario, Dataset dataset, RegionRole role)
    {
        var result = new Dictionary<CommodityId, Rate>();
        foreach (var cut in scenario.DomesticSupport.Commodities)
        {
            var commodity = dataset.Commodities.FirstOrDefault(c => string.Equals(c.Id.Code, cut.Commodity, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, cut.Commodity, StringComparison.OrdinalIgnoreCase))
                ?? throw new Errors.CampoException($"'{cut.Commodity}' is not a commodity of the data", Errors.Suggestions.DidYouMean(cut.Commodity, dataset.Commodities.Select(c => c.Id.Code), "a commodity code or name from `campo data commodities`, such as cott"), cut.Location);
            if (cut.Member == role.Region || cut.Member == role.Lead || role.Represented.Contains(cut.Member))
            {
                result[commodity.Id] = cut.Cut;
            }
        }

        return result;
    }

    internal static double ExportShareDone(Scenario scenario, DevelopmentStatus status)
    {
        if (scenario.Implementation.EvaluateYear is not { } evaluate || !scenario.ExportCompetition.EndYears.TryGetValue(status, out var end))
        {
            return 1.0;
        }

        var start = scenario.Implementation.StartYear;
        return end <= start ? (evaluate >= end ? 1.0 : 0.0) : Math.Clamp((evaluate - start + 1) / (double)(end - start + 1), 0, 1);
    }
}
