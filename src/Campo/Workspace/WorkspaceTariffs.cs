using System.Globalization;
using Campo.Data;
using Campo.Domain;

namespace Campo.Workspace;

/// <summary>
/// Lays a workspace's line-level schedules over a dataset: for every member with imported lines whose market region is
/// the member itself, each model commodity reached by the concordance (<see cref="HsConcordance"/>) takes as its
/// applied tariff the simple average of the applied ad valorem rates of its agricultural lines,
/// <c>t_c = (1/n_c) Σ_{l∈c} t_l</c> (the WTO World Tariff Profiles' simple-average convention, one weight per line),
/// in place of IMPACT's tariff equivalent; where lines carry imported bound rates, their simple average becomes the
/// member's cited bound rate on the commodity. Commodities no line reaches, and every other member, keep the
/// dataset's rates. A member who shares a market region with others (the EU's member states in EUN) keeps them too:
/// one member's schedule cannot stand for a region. Every member's source is recorded in
/// <see cref="Dataset.TariffSources"/>, and the returned dataset's origin names the workspace.
/// </summary>
public static class WorkspaceTariffs
{
    /// <summary>The dataset with the workspace's tariffs laid over it.</summary>
    /// <param name="dataset">The dataset (embedded or a folder).</param>
    /// <param name="workspace">The workspace.</param>
    public static Dataset Overlay(Dataset dataset, WorkspaceDb workspace)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(workspace);
        var baseRecords = dataset.BaseRecords.ToList();
        var index = new Dictionary<(MemberId, CommodityId), int>();
        for (var i = 0; i < baseRecords.Count; i++)
        {
            index[(baseRecords[i].Region, baseRecords[i].Commodity)] = i;
        }

        var facts = dataset.TariffFacts.ToList();
        var sources = new List<TariffSource>();
        foreach (var coverage in WorkspaceSchedules.Coverage(workspace))
        {
            var member = dataset.FindMember(coverage.Member);
            if (member is null || member.Region != coverage.Member || member.Relation != RegionRelation.Own)
            {
                var why = member is null ? "not a member of the dataset" : "its market region is " + (member.Region?.Code ?? "none") + ", which one member's schedule cannot stand for";
                sources.Add(new TariffSource(coverage.Member, false, "imported lines not used: " + why + "; the dataset's rates are kept", []));
                continue;
            }

            var schedule = WorkspaceSchedules.ForMember(workspace, coverage.Member)!;
            var byCommodity = new Dictionary<CommodityId, (double Applied, int AppliedLines, double Bound, int BoundLines)>();
            var mapped = 0;
            foreach (var line in schedule.Lines)
            {
                if (HsConcordance.Embedded.Of(line.Id) is not { } commodity || !index.ContainsKey((coverage.Member, commodity)))
                {
                    continue;
                }

                mapped++;
                var sums = byCommodity.GetValueOrDefault(commodity);
                if (line.Applied?.AdValorem is { } applied)
                {
                    sums.Applied += applied.Fraction;
                    sums.AppliedLines++;
                }

                if (line.BoundProvenance.Reliability == Reliability.Verified && line.Bound?.AdValorem is { } bound)
                {
                    sums.Bound += bound.Fraction;
                    sums.BoundLines++;
                }

                byCommodity[commodity] = sums;
            }

            var replaced = new List<CommodityId>();
            var year = coverage.Year.ToString(CultureInfo.InvariantCulture);
            foreach (var (commodity, sums) in byCommodity.OrderBy(p => p.Key.Code, StringComparer.Ordinal))
            {
                if (sums.AppliedLines == 0)
                {
                    continue;
                }

                var i = index[(coverage.Member, commodity)];
                baseRecords[i] = baseRecords[i] with { TariffEquivalent = new Rate(sums.Applied / sums.AppliedLines) };
                replaced.Add(commodity);
                if (sums.BoundLines > 0)
                {
                    var boundAverage = new Rate(sums.Bound / sums.BoundLines);
                    facts.RemoveAll(f => f.Member == coverage.Member && f.Commodity == commodity && f.Bound is not null);
                    facts.Add(new TariffFact(coverage.Member, commodity, "simple average of " + sums.BoundLines.ToString(CultureInfo.InvariantCulture) + " imported HS lines", null, boundAverage, new Rate(sums.Applied / sums.AppliedLines), null, null, string.Empty, year, Provenance.Cited(schedule.Source)));
                }
            }

            var text = schedule.Source + ", " + year + ": " + mapped.ToString(CultureInfo.InvariantCulture) + " of " + schedule.Lines.Count.ToString(CultureInfo.InvariantCulture)
                + " agricultural lines mapped to " + replaced.Count.ToString(CultureInfo.InvariantCulture) + " model commodities by the " + HsConcordance.Label
                + "; each commodity's applied rate is the simple average of its lines; other commodities keep the dataset's rates";
            sources.Add(new TariffSource(coverage.Member, replaced.Count > 0, text, replaced));
        }

        return dataset.WithTariffs(dataset.Origin + " + workspace " + workspace.DisplayName, baseRecords, facts, sources);
    }
}
