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
        for (var i = 0; i < n; i++)
        {
            var t = bound[i];
            cut[i] = 0;
            if (double.IsNaN(t))
            {
                unknown++;
                outcome[i] = LineOutcome.UnknownAve;
                cut[i] = double.NaN;
            }
            else if (t == 0)
            {
                outcome[i] = LineOutcome.AlreadyDutyFree;
            }
            else
            {
                dutiable++;
                outcome[i] = plan.Kind == FormulaKind.None ? LineOutcome.Exempt : LineOutcome.Formula;
            }
        }

        var noConstraint = new AverageCutOutcome(0, 0, 1, 0);
        if (plan.Kind == FormulaKind.None)
        {
            Finish(plan, bound, applied, cut, newBound, newApplied, outcome, scratch.Roles);
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
            sensitive = Designate(bound, flags, roles, (byte)Schedules.LineFlags.Sensitive, RoleSensitive, rules.Designation, sensitiveAllowed, scratch);
            if (sensitive < 0)
            {
                return Failed(MemberStatusCode.TooManySensitive, n, dutiable, unknown, -sensitive, sensitiveAllowed, 0, 0);
            }
        }
        else if (CountFlagged(bound, flags, (byte)Schedules.LineFlags.Sensitive) > 0)
        {
            return Failed(MemberStatusCode.SensitiveNotAllowed, n, dutiable, unknown, CountFlagged(bound, flags, (byte)Schedules.LineFlags.Sensitive), 0, 0, 0);
        }

        var specialAllowed = 0;
        var special = 0;
        if (plan.Special is { } sp)
        {
            specialAllowed = SpecialProducts.AllowedLines(dutiable, sp.ShareOfLines.Fraction);
            special = Designate(bound, flags, roles, (byte)Schedules.LineFlags.SpecialProduct, RoleSpecial, sp.Designation, specialAllowed, scratch);
            if (special < 0)
            {
                return Failed(MemberStatusCode.TooManySpecial, n, dutiable, unknown, sensitive, sensitiveAllowed, -special, specialAllowed);
            }
        }
        else if (CountFlagged(bound, flags, (byte)Schedules.LineFlags.SpecialProduct) > 0)
        {
            return Failed(MemberStatusCode.SpecialNotAllowed, n, dutiable, unknown, sensitive, sensitiveAllowed, CountFlagged(bound, flags, (byte)Schedules.LineFlags.SpecialProduct), 0);
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

        // Flexibilities.
        if (plan.Sensitive is { } s)
        {
            for (var i = 0; i < n; i++)
            {
                if (roles[i] == RoleSensitive)
                {
                    cut[i] = SensitiveProducts.Cut(cut[i], s.FractionOfFormulaCut.Fraction);
                    outcome[i] = (outcome[i] & ~LineOutcome.Formula) | LineOutcome.Sensitive;
                }
            }
        }

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

        Finish(plan, bound, applied, cut, newBound, newApplied, outcome, roles);
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (bound[i] > 0)
            {
                total += cut[i];
            }
        }

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

        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(bound[i]))
            {
                cut[i] = double.NaN;
            }
        }

        return dutiable == 0 ? 0 : (double)inTopBand / dutiable;
    }

    private static int CountFlagged(ReadOnlySpan<double> bound, ReadOnlySpan<byte> flags, byte flag)
    {
        var count = 0;
        for (var i = 0; i < bound.Length; i++)
        {
            if (bound[i] > 0 && (flags[i] & flag) != 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Marks the lines of one flexibility; returns the count, or minus the flagged count when more are flagged than allowed.</summary>
    private static int Designate(ReadOnlySpan<double> bound, ReadOnlySpan<byte> flags, Span<byte> roles, byte flag, byte role, Designation designation, int allowed, KernelScratch scratch)
    {
        if (designation == Designation.Flagged)
        {
            var count = CountFlagged(bound, flags, flag);
            if (count > allowed)
            {
                return -count;
            }

            for (var i = 0; i < bound.Length; i++)
            {
                if (bound[i] > 0 && (flags[i] & flag) != 0)
                {
                    roles[i] = role;
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

    /// <summary>Steps 6 and 7: new bound with the cap, and new applied.</summary>
    private static void Finish(CompiledPlan plan, ReadOnlySpan<double> bound, ReadOnlySpan<double> applied, ReadOnlySpan<double> cut, Span<double> newBound, Span<double> newApplied, Span<LineOutcome> outcome, ReadOnlySpan<byte> roles)
    {
        var hasCap = !double.IsNaN(plan.Cap);
        for (var i = 0; i < bound.Length; i++)
        {
            var t = bound[i];
            if (double.IsNaN(t))
            {
                newBound[i] = double.NaN;
                newApplied[i] = double.NaN;
                continue;
            }

            var t1 = t > 0 ? t * (1.0 - cut[i]) : t;
            if (hasCap && t1 > plan.Cap)
            {
                var (capped, what) = TariffCap.Apply(t1, plan.Cap, roles.Length > i && roles[i] == RoleSensitive);
                t1 = capped;
                outcome[i] |= what == CapOutcome.CutToCap ? LineOutcome.Capped : LineOutcome.AboveCapKept;
            }

            newBound[i] = t1;
            var a = applied[i];
            newApplied[i] = double.IsNaN(a) ? double.NaN : Math.Min(a, t1);
        }
    }
}
