using Campo.Schedules.Drafts;
using Campo.Schedules.Formulas;

namespace Campo.Schedules.Engine;

/// <summary>The kind of formula in a compiled plan.</summary>
internal enum FormulaKind : byte
{
    None,
    Linear,
    UruguayRound,
    Swiss,
    Banded,
    Tiered,
    Blended,
}

/// <summary>A member group's modalities as plain numbers for the kernel (fractions; NaN for "none").</summary>
internal sealed class CompiledPlan
{
    public CompiledPlan(GroupModalities modalities)
    {
        ArgumentNullException.ThrowIfNull(modalities);
        Modalities = modalities;
        switch (modalities.Formula)
        {
            case LinearFormula f:
                Kind = FormulaKind.Linear;
                LinearCut = f.Cut.Fraction;
                break;
            case UruguayRoundFormula f:
                Kind = FormulaKind.UruguayRound;
                AverageCut = f.AverageCut.Fraction;
                MinimumCut = f.MinimumCut.Fraction;
                Allocation = f.Allocation;
                break;
            case SwissFormula f:
                Kind = FormulaKind.Swiss;
                SwissCoefficient = f.Coefficient;
                break;
            case BandedFormula f:
                Kind = FormulaKind.Banded;
                Edges = f.Bands.Select(b => b.Above.Fraction).ToArray();
                BandAverages = f.Bands.Select(b => b.AverageCut.Fraction).ToArray();
                BandMinimums = f.Bands.Select(b => b.MinimumCut.Fraction).ToArray();
                Allocation = f.Allocation;
                break;
            case TieredFormula f:
                Kind = FormulaKind.Tiered;
                Edges = f.Bands.Select(b => b.Above.Fraction).ToArray();
                BandCuts = f.Bands.Select(b => b.Cut.Fraction).ToArray();
                break;
            case BlendedFormula f:
                Kind = FormulaKind.Blended;
                UruguayRoundShare = f.UruguayRoundShare.Fraction;
                DutyFreeShare = f.DutyFreeShare.Fraction;
                AverageCut = f.AverageCut.Fraction;
                MinimumCut = f.MinimumCut.Fraction;
                SwissCoefficient = f.SwissCoefficient;
                Allocation = f.Placement;
                break;
            default:
                Kind = FormulaKind.None;
                break;
        }

        Escalation = modalities.Escalation && Kind == FormulaKind.Tiered;
        Cap = modalities.Cap?.Fraction ?? double.NaN;
        Floor = modalities.MinimumAverageCut?.Fraction;
        Ceiling = modalities.MaximumAverageCut?.Fraction;
        Sensitive = modalities.Sensitive;
        Special = modalities.Special;
    }

    public GroupModalities Modalities { get; }

    public FormulaKind Kind { get; }

    public double LinearCut { get; }

    public double AverageCut { get; }

    public double MinimumCut { get; }

    public CutAllocation Allocation { get; }

    public double SwissCoefficient { get; }

    public double UruguayRoundShare { get; }

    public double DutyFreeShare { get; }

    public double[] Edges { get; } = [];

    public double[] BandCuts { get; } = [];

    public double[] BandAverages { get; } = [];

    public double[] BandMinimums { get; } = [];

    public bool Escalation { get; }

    public double Cap { get; }

    public double? Floor { get; }

    public double? Ceiling { get; }

    public SensitiveRules? Sensitive { get; }

    public SpecialRules? Special { get; }
}

/// <summary>Per-thread scratch for the kernel, sized for the largest member.</summary>
internal sealed class KernelScratch
{
    public KernelScratch(int capacity)
    {
        Band = new BandScratch(new int[capacity], new double[capacity], new double[capacity], new double[capacity], new int[capacity]);
        Parts = new BlendPart[capacity];
        Roles = new byte[capacity];
        Constrained = new int[capacity];
        Order = new int[capacity];
        Keys = new double[capacity];
    }

    public BandScratch Band { get; }

    public BlendPart[] Parts { get; }

    public byte[] Roles { get; }

    public int[] Constrained { get; }

    public int[] Order { get; }

    public double[] Keys { get; }
}
