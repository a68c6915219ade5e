using Campo.Domain;
using Campo.Schedules.Drafts;

namespace Campo.Schedules.Flexibilities;

/// <summary>The commitments that apply to one member after special and differential treatment.</summary>
/// <param name="Modalities">The formula and flexibilities after any SVE or RAM adjustment.</param>
/// <param name="ExtraYears">Extra implementation years from the SVE or RAM terms.</param>
/// <param name="Notes">What was applied, in words, for reports.</param>
public sealed record MemberModalities(GroupModalities Modalities, int ExtraYears, IReadOnlyList<string> Notes);

/// <summary>
/// Special and differential treatment: which commitments apply to a member.
/// <para>
/// Rules: a member takes its status group's commitments (developed, developing or LDC); a status the draft does not
/// list has no commitment; LDCs have no reduction commitments unless the draft gives the <c>ldc</c> group a formula
/// (Uruguay Round Agreement on Agriculture; July 2004 Framework; Rev.4: "LDCs: no reduction commitments").
/// Small, vulnerable economies and recently acceded members take their group's commitments softened by the draft's
/// SVE or RAM terms: every cut stated as a cut is lowered by the given percentage points (not below 0), and the
/// implementation period lengthened; a member that is both takes the softer of the two.
/// </para>
/// <para>
/// Sources: reference market-models-and-modalities.md §5.1 (Uruguay Round: developing cuts two-thirds of developed,
/// LDCs no reduction), §5.5 (LDCs exempt), §5.6 ("SVEs and RAMs get softer terms", [R]: the size of the softening is
/// a parameter of the draft, marked to verify or as an assumption in the scenario files).
/// </para>
/// </summary>
public static class SpecialAndDifferential
{
    /// <summary>The commitments of a member under a draft.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="treatment">The member's status and SVE/RAM standing.</param>
    public static MemberModalities For(MarketAccessDraft draft, MemberTreatment treatment)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(treatment);
        var notes = new List<string>();
        if (!draft.Groups.TryGetValue(treatment.Status, out var group))
        {
            notes.Add(treatment.Status == DevelopmentStatus.LeastDeveloped
                ? "LDC: no reduction commitments"
                : "the draft sets no tariff commitment for " + treatment + " members");
            return new MemberModalities(GroupModalities.None, 0, notes);
        }

        if (group.Formula is NoCutFormula)
        {
            notes.Add(treatment.Status == DevelopmentStatus.LeastDeveloped ? "LDC: no reduction commitments" : "no tariff reduction for " + treatment + " members");
            return new MemberModalities(group, 0, notes);
        }

        ModalityAdjustment? adjustment = null;
        if (treatment.SmallVulnerable && draft.SmallVulnerable is { } sve)
        {
            adjustment = sve;
            notes.Add("small, vulnerable economy: cuts lowered by " + Points(sve.CutReductionPoints) + ", " + sve.ExtraYears.ToString(System.Globalization.CultureInfo.InvariantCulture) + " extra years");
        }

        if (treatment.RecentlyAcceded && draft.RecentlyAcceded is { } ram && (adjustment is null || ram.CutReductionPoints > adjustment.CutReductionPoints))
        {
            adjustment = ram;
            notes.Add("recently acceded member: cuts lowered by " + Points(ram.CutReductionPoints) + ", " + ram.ExtraYears.ToString(System.Globalization.CultureInfo.InvariantCulture) + " extra years");
        }

        if ((treatment.SmallVulnerable && draft.SmallVulnerable is null) || (treatment.RecentlyAcceded && draft.RecentlyAcceded is null))
        {
            notes.Add("the draft sets no separate terms for SVEs or RAMs: the " + treatment.Status.ToString().ToLowerInvariant() + " commitments apply");
        }

        if (adjustment is null)
        {
            return new MemberModalities(group, 0, notes);
        }

        return new MemberModalities(group with { Formula = Soften(group.Formula, adjustment.CutReductionPoints / 100.0) }, adjustment.ExtraYears, notes);
    }

    /// <summary>Lowers every cut a formula states as a cut by <paramref name="points"/> (a fraction: 0.10 for 10 points), not below 0.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="points">The reduction, a fraction.</param>
    public static TariffFormula Soften(TariffFormula formula, double points)
    {
        ArgumentNullException.ThrowIfNull(formula);
        Rate Lower(Rate cut) => new(Math.Max(0, cut.Fraction - points));
        return formula switch
        {
            LinearFormula f => f with { Cut = Lower(f.Cut) },
            UruguayRoundFormula f => f with { AverageCut = Lower(f.AverageCut), MinimumCut = Lower(f.MinimumCut) },
            BandedFormula f => f with { Bands = f.Bands.Select(b => b with { AverageCut = Lower(b.AverageCut), MinimumCut = Lower(b.MinimumCut) }).ToArray() },
            TieredFormula f => f with { Bands = f.Bands.Select(b => b with { Cut = Lower(b.Cut) }).ToArray() },
            BlendedFormula f => f with { AverageCut = Lower(f.AverageCut), MinimumCut = Lower(f.MinimumCut) },
            _ => formula,
        };
    }

    private static string Points(double points) => points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " points";
}
