using Campo.Schedules.Drafts;
using Campo.Schedules.Flexibilities;
using Campo.Schedules.Formulas;

namespace Campo.Schedules.Engine;

/// <summary>
/// Applies one member's modalities to its lines, held as columns (AVE fractions, NaN for unknown). Allocation-free:
/// the caller passes scratch space. The order of operations is documented in docs/models/schedules.md:
/// (1) classify lines (unknown, duty-free, dutiable); (2) formula cut c_i; (3) designate sensitive and special
/// products; (4) scale the formula lines' cuts to the average-cut floor or ceiling; (5) sensitive lines take the
/// fraction φ of their cut, special products the zero or uniform cut; (6) new bound t0 · (1 − c_i), then the cap;
/// (7) new applied = min(old applied, new bound).
/// </summary>
internal static class MemberKernel
{
    private const byte RoleSensitive = 1;
    private const byte RoleSpecial = 2;

    public static MemberSummary Apply(
        CompiledPlan plan,
        ReadOnlySpan<double> bound,
        ReadOnlySpan<double> applied,
        ReadOnlySpan<double> primaryBound,
        ReadOnlySpan<byte> flags,
        Span<double> cut,
        Span<double> newBound,
        Span<double> newApplied,
        Span<LineOutcome> outcome,
        KernelScratch scratch)
    {
        var n = bound.Length;
        var dutiable = 0;
        var unknown = 0;
        var flaggedSensitive = 0;
        var flaggedSpecial = 0;
        var dutiableOutcome = plan.Kind == FormulaKind.None ? LineOutcome.Exempt : LineOutcome.Formula;
        for (var i = 0; i < n; i++)
        {
            var t = bound[i];
            if (t > 0)
            {
                cut[i] = 0;
                dutiable++;
                outcome[i] = dutiableOutcome;
                var f = flags[i];
                flaggedSensitive += f & (byte)Schedules.LineFlags.Sensitive;
                flaggedSpecial += (f & (byte)Schedules.LineFlags.SpecialProduct) >> 1;
            }
            else if (double.IsNaN(t))
            {
                unknown++;
                outcome[i] = LineOutcome.UnknownAve;
                cut[i] = double.NaN;
            }
            else
            {
                cut[i] = 0;
                outcome[i] = LineOutcome.AlreadyDutyFree;
            }
        }

        var noConstraint = new AverageCutOutcome(0, 0, 1, 0);
        if (plan.Kind == FormulaKind.None)
        {
            Finish(plan, bound, applied, cut, newBound, newApplied, outcome, ReadOnlySpan<byte>.Empty, 1.0);
            return new MemberSummary(MemberStatusCode.Ok, n, dutiable, unknown, 0, 0, 0, 0, 0, 0, noConstraint, 0);
        }

        var topBandShare = FormulaCuts(plan, bound, primaryBound, flags, cut, outcome, scratch, dutiable);

        // Designations.
        var roles = scratch.Roles.AsSpan(0, n);
        roles.Clear();
        var sensitiveAllowed = 0;
        var sensitive = 0;
        if (plan.Sensitive is { } rules)
        {
            sensitiveAllowed = SensitiveProducts.AllowedLines(dutiable, rules.ShareOfLines.Fraction, rules.ExtraShare.Fraction, topBandShare, rules.ExtraWhenTopBandAbove?.Fraction);
            if (rules.Designation == Designation.Flagged && flaggedSensitive > sensitiveAllowed)
            {
                return Failed(MemberStatusCode.TooManySensitive, n, dutiable, unknown, flaggedSensitive, sensitiveAllowed, 0, 0);
            }

            sensitive = Designate(bound, flags, roles, (byte)Schedules.LineFlags.Sensitive, RoleSensitive, rules.Designation, sensitiveAllowed, scratch);
        }
        else if (flaggedSensitive > 0)
        {
            return Failed(MemberStatusCode.SensitiveNotAllowed, n, dutiable, unknown, flaggedSensitive, 0, 0, 0);
        }

        var specialAllowed = 0;
        var special = 0;
        if (plan.Special is { } sp)
        {
            specialAllowed = SpecialProducts.AllowedLines(dutiable, sp.ShareOfLines.Fraction);
            if (sp.Designation == Designation.Flagged && flaggedSpecial > specialAllowed)
            {
                return Failed(MemberStatusCode.TooManySpecial, n, dutiable, unknown, sensitive, sensitiveAllowed, flaggedSpecial, specialAllowed);
            }

            special = Designate(bound, flags, roles, (byte)Schedules.LineFlags.SpecialProduct, RoleSpecial, sp.Designation, specialAllowed, scratch);
        }
        else if (flaggedSpecial > 0)
        {
            return Failed(MemberStatusCode.SpecialNotAllowed, n, dutiable, unknown, sensitive, sensitiveAllowed, flaggedSpecial, 0);
        }

        // Average-cut constraint on the formula lines.
        var constrained = 0;
        for (var i = 0; i < n; i++)
        {
            if (bound[i] > 0 && roles[i] == 0)
            {
                scratch.Constrained[constrained++] = i;
            }
        }

        var constraint = AverageCut.Apply(cut, scratch.Constrained.AsSpan(0, constrained), plan.Floor, plan.Ceiling);
        if (constraint.Binding)
        {
            for (var k = 0; k < constrained; k++)
            {
                outcome[scratch.Constrained[k]] |= LineOutcome.Scaled;
            }
        }

        // Flexibilities: special products here; sensitive lines take their fraction in Finish.
        var zeroCut = 0;
        if (plan.Special is { } spr && special > 0)
        {
            zeroCut = SpecialProducts.ZeroCutLines(dutiable, special, spr.ZeroCutShare.Fraction, spr.AverageCut.Fraction);
            var others = SpecialProducts.CutOfOthers(special, zeroCut, spr.AverageCut.Fraction);
            var m = 0;
            for (var i = 0; i < n; i++)
            {
                if (roles[i] == RoleSpecial)
                {
                    scratch.Order[m] = i;
                    scratch.Keys[m] = -bound[i];
                    m++;
                }
            }

            UruguayRound.SortAscending(scratch.Keys.AsSpan(0, m), scratch.Order.AsSpan(0, m));
            for (var k = 0; k < m; k++)
            {
                var i = scratch.Order[k];
                cut[i] = k < zeroCut ? 0 : others;
                outcome[i] = (outcome[i] & ~(LineOutcome.Formula | LineOutcome.Scaled | LineOutcome.Escalated)) | LineOutcome.SpecialProduct | (k < zeroCut ? LineOutcome.ZeroCut : LineOutcome.None);
            }
        }

        var total = Finish(plan, bound, applied, cut, newBound, newApplied, outcome, roles, plan.Sensitive?.FractionOfFormulaCut.Fraction ?? 1.0);
        return new MemberSummary(MemberStatusCode.Ok, n, dutiable, unknown, sensitive, sensitiveAllowed, special, specialAllowed, zeroCut, topBandShare, constraint, dutiable == 0 ? 0 : total / dutiable);
    }

    private static MemberSummary Failed(MemberStatusCode status, int n, int dutiable, int unknown, int sensitive, int sensitiveAllowed, int special, int specialAllowed) =>
        new(status, n, dutiable, unknown, sensitive, sensitiveAllowed, special, specialAllowed, 0, 0, new AverageCutOutcome(0, 0, 1, 0), 0);

    /// <summary>Step 2: the formula cut of every dutiable line; returns the share of dutiable lines in the top band.</summary>
    private static double FormulaCuts(CompiledPlan plan, ReadOnlySpan<double> bound, ReadOnlySpan<double> primaryBound, ReadOnlySpan<byte> flags, Span<double> cut, Span<LineOutcome> outcome, KernelScratch scratch, int dutiable)
    {
        var n = bound.Length;
        var inTopBand = 0;
        switch (plan.Kind)
        {
            case FormulaKind.Linear:
                for (var i = 0; i < n; i++)
                {
                    if (bound[i] > 0)
                    {
                        cut[i] = plan.LinearCut;
                    }
                }

                break;
            case FormulaKind.Swiss:
                for (var i = 0; i < n; i++)
                {
                    if (bound[i] > 0)
                    {
                        cut[i] = bound[i] / (plan.SwissCoefficient + bound[i]);
                    }
                }

                break;
            case FormulaKind.Tiered:
                var edges = plan.Edges.AsSpan();
                var last = edges.Length - 1;
                for (var i = 0; i < n; i++)
                {
                    var t = bound[i];
                    if (!(t > 0))
                    {
                        continue;
                    }

                    var band = Bands.IndexOf(t, edges);
                    if (band == last)
                    {
                        inTopBand++;
                    }

                    if (plan.Escalation && (flags[i] & (byte)Schedules.LineFlags.Processed) != 0 && primaryBound.Length > 0 && primaryBound[i] > 0)
                    {
                        var escalated = Tiered.EscalatedBand(band, Bands.IndexOf(primaryBound[i], edges), edges.Length);
                        if (escalated != band)
                        {
                            band = escalated;
                            outcome[i] |= LineOutcome.Escalated;
                        }
                    }

                    cut[i] = band < 0 ? 0 : plan.BandCuts[band];
                }

                break;
            case FormulaKind.UruguayRound:
                UruguayRound.Allocate(bound, plan.AverageCut, plan.MinimumCut, plan.Allocation, cut, scratch.Band.Order, scratch.Band.Keys);
                break;
            case FormulaKind.Banded:
                Harbinson.Allocate(bound, plan.Edges, plan.BandAverages, plan.BandMinimums, plan.Allocation, cut, scratch.Band);
                for (var i = 0; i < n; i++)
                {
                    if (bound[i] > 0 && Bands.IndexOf(bound[i], plan.Edges) == plan.Edges.Length - 1)
                    {
                        inTopBand++;
                    }
                }

                break;
            case FormulaKind.Blended:
                var parts = scratch.Parts.AsSpan(0, n);
                Blended.Apply(bound, plan.UruguayRoundShare, plan.DutyFreeShare, plan.AverageCut, plan.MinimumCut, plan.SwissCoefficient, plan.Allocation, parts, cut, scratch.Band);
                for (var i = 0; i < n; i++)
                {
                    outcome[i] |= parts[i] switch
                    {
                        BlendPart.UruguayRound => LineOutcome.UruguayRoundPart,
                        BlendPart.Swiss => LineOutcome.SwissPart,
                        BlendPart.DutyFree => LineOutcome.DutyFreePart,
                        _ => LineOutcome.None,
                    };
                }

                break;
            default:
                break;
        }

        if (plan.Kind is FormulaKind.UruguayRound or FormulaKind.Banded or FormulaKind.Blended)
        {
            // The allocations write 0 for lines they skip: restore "unknown" on unknown lines.
            for (var i = 0; i < n; i++)
            {
                if (double.IsNaN(bound[i]))
                {
                    cut[i] = double.NaN;
                }
            }
        }

        return dutiable == 0 ? 0 : (double)inTopBand / dutiable;
    }

    /// <summary>Marks the lines of one flexibility (flagged ones, whose count the caller has checked, or the highest) and returns their count.</summary>
    private static int Designate(ReadOnlySpan<double> bound, ReadOnlySpan<byte> flags, Span<byte> roles, byte flag, byte role, Designation designation, int allowed, KernelScratch scratch)
    {
        if (designation == Designation.Flagged)
        {
            var count = 0;
            for (var i = 0; i < bound.Length; i++)
            {
                if ((flags[i] & flag) != 0 && bound[i] > 0)
                {
                    roles[i] = role;
                    count++;
                }
            }

            return count;
        }

        var m = 0;
        for (var i = 0; i < bound.Length; i++)
        {
            if (bound[i] > 0 && roles[i] == 0)
            {
                scratch.Order[m] = i;
                scratch.Keys[m] = -bound[i];
                m++;
            }
        }

        UruguayRound.SortAscending(scratch.Keys.AsSpan(0, m), scratch.Order.AsSpan(0, m));
        var chosen = Math.Min(allowed, m);
        for (var k = 0; k < chosen; k++)
        {
            roles[scratch.Order[k]] = role;
        }

        return chosen;
    }

    /// <summary>Steps 5 (sensitive lines), 6 and 7: the sensitive fraction, new bound with the cap, new applied; returns the sum of the cuts of dutiable lines.</summary>
    private static double Finish(CompiledPlan plan, ReadOnlySpan<double> bound, ReadOnlySpan<double> applied, Span<double> cut, Span<double> newBound, Span<double> newApplied, Span<LineOutcome> outcome, ReadOnlySpan<byte> roles, double sensitiveFraction)
    {
        var hasCap = !double.IsNaN(plan.Cap);
        var hasRoles = roles.Length == bound.Length;
        var total = 0.0;
        for (var i = 0; i < bound.Length; i++)
        {
            var t = bound[i];
            if (double.IsNaN(t))
            {
                newBound[i] = double.NaN;
                newApplied[i] = double.NaN;
                continue;
            }

            var t1 = t;
            if (t > 0)
            {
                var sensitive = hasRoles && roles[i] == RoleSensitive;
                if (sensitive)
                {
                    cut[i] = SensitiveProducts.Cut(cut[i], sensitiveFraction);
                    outcome[i] = (outcome[i] & ~LineOutcome.Formula) | LineOutcome.Sensitive;
                }

                total += cut[i];
                t1 = t * (1.0 - cut[i]);
                if (hasCap && t1 > plan.Cap)
                {
                    var (capped, what) = TariffCap.Apply(t1, plan.Cap, sensitive);
                    t1 = capped;
                    outcome[i] |= what == CapOutcome.CutToCap ? LineOutcome.Capped : LineOutcome.AboveCapKept;
                }
            }

            newBound[i] = t1;
            var a = applied[i];
            newApplied[i] = a < t1 ? a : double.IsNaN(a) ? double.NaN : t1;
        }

        return total;
    }
}
