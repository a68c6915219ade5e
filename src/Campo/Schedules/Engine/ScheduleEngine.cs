using System.Globalization;
using Campo.Domain;
using Campo.Errors;
using Campo.Schedules.Drafts;
using Campo.Schedules.Flexibilities;
using Campo.Schedules.Formulas;
using Campo.Schedules.Results;

namespace Campo.Schedules.Engine;

/// <summary>When the cuts are implemented.</summary>
/// <param name="StartYear">The year of the first instalment.</param>
/// <param name="Instalments">Equal annual instalments before any SVE/RAM extra years (0: at once).</param>
public sealed record StagingSettings(int StartYear, int Instalments);

/// <summary>
/// Applies a draft's market-access modalities to one member's schedule, line by line, and summarises the result by
/// product group. The computation is the columnar kernel the bulk path uses (<see cref="BatchEngine"/>), run on a
/// single member; this type converts records to columns and back and adds what only records carry: tariff quotas,
/// staging, notes and the draft parameters the result rests on.
/// </summary>
public static class ScheduleEngine
{
    /// <summary>Applies a draft to a schedule.</summary>
    /// <param name="schedule">The member's schedule.</param>
    /// <param name="draft">The draft's market-access pillar.</param>
    /// <param name="treatment">The member's status and SVE/RAM standing.</param>
    /// <param name="staging">The implementation period.</param>
    /// <param name="parameters">The scenario's parameters (for listing those flagged); may be empty.</param>
    /// <returns>The result.</returns>
    /// <exception cref="CampoException">The schedule flags more sensitive or special products than the draft allows, flags ones the draft does not provide for, or names a primary product that is not in the schedule.</exception>
    public static ScheduleResult Apply(MemberSchedule schedule, MarketAccessDraft draft, MemberTreatment treatment, StagingSettings staging, IReadOnlyList<ParameterRecord> parameters)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(staging);
        ArgumentNullException.ThrowIfNull(parameters);
        var modalities = SpecialAndDifferential.For(draft, treatment);
        var plan = new CompiledPlan(modalities.Modalities);
        // Lines enter the kernel in the designation tie-break order (DesignationOrder), since the kernel breaks ties
        // of rate by position; results are mapped back to schedule order below.
        var permutation = DesignationOrder.Permutation(schedule.Lines);
        var lines = permutation.Select(i => schedule.Lines[i]).ToArray();
        var n = lines.Length;
        var boundAve = new Ave[n];
        var appliedAve = new Ave[n];
        var bound = new double[n];
        var applied = new double[n];
        var primary = new double[n];
        var flags = new byte[n];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var line = lines[i];
            boundAve[i] = line.Bound is { } b ? AdValoremEquivalent.Of(b, line.UnitValue) : Ave.Unknown("no rate in the source");
            appliedAve[i] = line.Applied is { } duty ? AdValoremEquivalent.Of(duty, line.UnitValue) : Ave.Unknown("no applied rate");
            bound[i] = boundAve[i].FractionOrNaN;
            applied[i] = appliedAve[i].FractionOrNaN;
            flags[i] = (byte)line.Flags;
            index.TryAdd(line.Id, i);
        }

        for (var i = 0; i < n; i++)
        {
            primary[i] = double.NaN;
            if (lines[i].Primary is { } p)
            {
                primary[i] = index.TryGetValue(p, out var j)
                    ? bound[j]
                    : throw new CampoException(Messages.Fill(Messages.Schedule_PrimaryNotInSchedule, lines[i].Id, p), Messages.Text(Messages.Schedule_PrimaryNotInScheduleFix), new SourceLocation(schedule.Source, Field: "primary"));
            }
        }

        var cut = new double[n];
        var newBound = new double[n];
        var newApplied = new double[n];
        var outcome = new LineOutcome[n];
        var summary = MemberKernel.Apply(plan, bound, applied, primary, flags, cut, newBound, newApplied, outcome, new KernelScratch(n));
        ThrowIfFailed(summary, schedule, modalities.Modalities);

        var results = new LineResult[n];
        var quotaNotes = 0;
        for (var i = 0; i < n; i++)
        {
            var line = lines[i];
            var (quota, note) = QuotaAfter(line, outcome[i], modalities.Modalities);
            quotaNotes += note is null ? 0 : 1;
            results[i] = new LineResult(
                line,
                boundAve[i],
                appliedAve[i],
                double.IsNaN(cut[i]) ? null : cut[i],
                double.IsNaN(newBound[i]) ? null : new Rate(newBound[i]),
                double.IsNaN(newApplied[i]) ? null : new Rate(newApplied[i]),
                outcome[i],
                quota,
                boundAve[i].Reason ?? appliedAve[i].Reason ?? note);
        }

        var inScheduleOrder = new LineResult[n];
        for (var k = 0; k < n; k++)
        {
            inScheduleOrder[permutation[k]] = results[k];
        }

        results = inScheduleOrder;
        var groups = results.GroupBy(r => r.Line.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Averages.Summarise(g.Key, g.ToArray()))
            .ToArray();
        var instalments = staging.Instalments + modalities.ExtraYears;
        var notes = Notes(schedule, modalities, summary, results, quotaNotes);
        return new ScheduleResult
        {
            Member = schedule.Member,
            Treatment = treatment,
            Formula = modalities.Modalities.Formula.Name,
            Level = schedule.Level,
            Source = schedule.Source,
            Lines = results,
            Groups = groups,
            Total = Averages.Summarise("All agricultural lines", results),
            Summary = summary,
            Instalments = instalments,
            Staging = Stage(results, staging.StartYear, instalments),
            Jumps = modalities.Modalities.Formula is TieredFormula tiered
                ? Tiered.Jumps(tiered.Bands.Select(b => b.Above.Fraction).ToArray(), tiered.Bands.Select(b => b.Cut.Fraction).ToArray())
                : [],
            FlaggedParameters = FlaggedFor(parameters, treatment),
            Notes = notes,
        };
    }

    /// <summary>The draft parameters a member's result rests on that are to verify or assumptions.</summary>
    /// <param name="parameters">The scenario's parameters.</param>
    /// <param name="treatment">The member's treatment.</param>
    public static IReadOnlyList<ParameterRecord> FlaggedFor(IReadOnlyList<ParameterRecord> parameters, MemberTreatment treatment)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(treatment);
        var group = DevelopmentStatusKeys.Of(treatment.Status);
        var prefixes = new List<string> { "market_access." + group + ".", "implementation.years." + group, "implementation.start_year" };
        if (treatment.Status == DevelopmentStatus.Developing)
        {
            // Developing cuts may be stated as a share of the developed cuts, which then count too.
            prefixes.Add("market_access.developed.bands");
        }

        if (treatment.SmallVulnerable)
        {
            prefixes.Add("market_access.sve.");
        }

        if (treatment.RecentlyAcceded)
        {
            prefixes.Add("market_access.ram.");
        }

        return parameters.Where(p => p.Provenance.NeedsFlag && prefixes.Exists(prefix => p.Path.StartsWith(prefix, StringComparison.Ordinal))).ToArray();
    }

    private static void ThrowIfFailed(MemberSummary summary, MemberSchedule schedule, GroupModalities modalities)
    {
        string Count(int k) => k.ToString(CultureInfo.InvariantCulture);
        var location = new SourceLocation(schedule.Source, Field: "flags");
        switch (summary.Status)
        {
            case MemberStatusCode.TooManySensitive:
                throw new CampoException(
                    Messages.Fill(Messages.Schedule_TooManySensitive, Count(summary.Sensitive), Count(summary.SensitiveAllowed), Count(summary.Dutiable)),
                    Messages.Fill(Messages.Schedule_AtMostSensitive, Count(summary.SensitiveAllowed)),
                    location);
            case MemberStatusCode.TooManySpecial:
                throw new CampoException(
                    Messages.Fill(Messages.Schedule_TooManySpecial, Count(summary.Special), Count(summary.SpecialAllowed), Count(summary.Dutiable)),
                    Messages.Fill(Messages.Schedule_AtMostSpecial, Count(summary.SpecialAllowed)),
                    location);
            case MemberStatusCode.SensitiveNotAllowed:
                throw new CampoException(
                    Messages.Fill(Messages.Schedule_NoSensitiveAllowed, Count(summary.Sensitive), modalities.Formula.Name),
                    Messages.Text(Messages.Schedule_NoSensitiveAllowedFix),
                    location);
            case MemberStatusCode.SpecialNotAllowed:
                throw new CampoException(
                    Messages.Fill(Messages.Schedule_NoSpecialAllowed, Count(summary.Special)),
                    Messages.Text(Messages.Schedule_NoSpecialAllowedFix),
                    location);
            default:
                return;
        }
    }

    private static (TariffQuota? Quota, string? Note) QuotaAfter(TariffLine line, LineOutcome outcome, GroupModalities modalities)
    {
        var quota = line.Quota;
        if (quota is not null && modalities.InQuotaCut is { } inQuotaCut)
        {
            quota = quota with { InQuota = new Rate(Linear.Apply(quota.InQuota.Fraction, inQuotaCut.Fraction)) };
        }

        if ((outcome & LineOutcome.Sensitive) == 0 || modalities.Sensitive is not { } rules || rules.QuotaExpansion.Fraction == 0)
        {
            return (quota, null);
        }

        if (line.Consumption is not { } consumption)
        {
            return (quota, "sensitive product: quota expansion of " + rules.QuotaExpansion + " of consumption unknown (no consumption given)");
        }

        var expansion = new Tonnes(Flexibilities.SensitiveProducts.QuotaExpansion(consumption.Value, rules.QuotaExpansion.Fraction));
        return quota is null
            ? (new TariffQuota(expansion, Rate.Zero), "sensitive product: new tariff quota of " + expansion + " at 0% in quota (the in-quota rate of a new quota is an assumption; Rev.4 left quota creation in divergence)")
            : (quota with { Quantity = quota.Quantity + expansion }, null);
    }

    private static List<StagedAverage> Stage(IReadOnlyList<LineResult> results, int startYear, int instalments)
    {
        var staged = new List<StagedAverage>();
        var years = Math.Max(1, instalments);
        for (var k = 1; k <= years; k++)
        {
            double bound = 0, applied = 0;
            var count = 0;
            foreach (var r in results)
            {
                if (r.BoundBefore.Rate is { } b0 && r.BoundAfter is { } b1 && r.AppliedBefore.Rate is { } a0)
                {
                    var bk = Staging.RateAfter(b0.Fraction, b1.Fraction, instalments, k);
                    bound += bk;
                    applied += Math.Min(a0.Fraction, bk);
                    count++;
                }
            }

            if (count > 0)
            {
                staged.Add(new StagedAverage(startYear + k - 1, new Rate(bound / count), new Rate(applied / count)));
            }
        }

        return staged;
    }

    private static List<string> Notes(MemberSchedule schedule, MemberModalities modalities, MemberSummary summary, IReadOnlyList<LineResult> results, int quotaNotes)
    {
        string Count(int k) => k.ToString(CultureInfo.InvariantCulture);
        var notes = new List<string>(schedule.Notes);
        notes.AddRange(modalities.Notes);
        if (summary.Unknown > 0)
        {
            notes.Add(Count(summary.Unknown) + " lines have an unknown ad valorem equivalent (for example a specific duty without a unit value): flagged, left out of every average, never taken as zero");
        }

        var assumedBound = results.Count(r => r.Line.BoundProvenance.NeedsFlag);
        if (assumedBound > 0)
        {
            var reason = results.First(r => r.Line.BoundProvenance.NeedsFlag).Line.BoundProvenance.Source;
            notes.Add(Count(assumedBound) + " of " + Count(results.Count) + " bound rates are not verified facts: " + reason);
        }

        if (summary.Constraint.Lines > 0 && (modalities.Modalities.MinimumAverageCut is not null || modalities.Modalities.MaximumAverageCut is not null))
        {
            var text = "average formula cut " + Percent(summary.Constraint.Before);
            text += summary.Constraint.Binding
                ? ", scaled by " + summary.Constraint.Factor.ToString("0.####", CultureInfo.InvariantCulture) + " to " + Percent(summary.Constraint.After)
                : " (within the draft's limit)";
            if (modalities.Modalities.MinimumAverageCut is { } floor && summary.Constraint.After < floor.Fraction - 1e-9)
            {
                text += "; the floor of " + floor + " cannot be met even with every cut at 100%";
            }

            notes.Add(text);
        }

        string Listed(LineOutcome flag) => string.Join(", ", results.Where(r => (r.Outcome & flag) != 0).Select(r => r.Line.Id));
        if (modalities.Modalities.Sensitive is not null)
        {
            var text = Count(summary.Sensitive) + " sensitive lines (" + Count(summary.SensitiveAllowed) + " allowed)";
            notes.Add(summary.Sensitive > 0 ? text + ": " + Listed(LineOutcome.Sensitive) : text);
        }

        if (modalities.Modalities.Special is not null)
        {
            var text = Count(summary.Special) + " special products (" + Count(summary.SpecialAllowed) + " allowed), " + Count(summary.ZeroCut) + " with a zero cut";
            notes.Add(summary.Special > 0 ? text + ": " + Listed(LineOutcome.SpecialProduct) + (summary.ZeroCut > 0 ? "; zero cut: " + Listed(LineOutcome.ZeroCut) : string.Empty) : text);
        }

        if (modalities.Modalities.Sensitive is { Designation: Designation.Highest } || modalities.Modalities.Special is { Designation: Designation.Highest })
        {
            notes.Add(DesignationOrder.Rule);
        }

        var cut = results.Count(r => r.Cut is > 0);
        var absorbed = results.Count(r => r.AbsorbedByWater);
        if (cut > 0)
        {
            notes.Add(Count(absorbed) + " of " + Count(cut) + " bound-rate cuts absorbed by water (the new bound stays at or above the applied rate, which does not change)");
        }

        if (quotaNotes > 0)
        {
            notes.Add(Count(quotaNotes) + " lines carry a tariff-quota remark (see the lines)");
        }

        if (results.Any(r => r.Line.TradeValue is not null))
        {
            notes.Add(ScheduleResult.TradeWeightBias);
        }

        return notes;
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
