using System.Globalization;
using Campo.Data;
using Campo.Domain;

namespace Campo.Composition;

/// <summary>
/// A member's Aggregate Measure of Support commitment as a draft changes it (Agreement on Agriculture, Articles 1(a),
/// 1(h), 6 and 7): the draft cuts the <b>bound</b> total AMS; applied support falls only where the new ceiling is below
/// the current total AMS, and then by the share the ceiling requires:
/// <code>
///   ceiling     = bound × (1 − cut × share done)
///   applied cut = max(0, current − ceiling) / current          (a fraction of the budgetary, amber support)
/// </code>
/// Bound and current figures come from the dataset's cited notifications (<see cref="SupportTables.Notified"/>); where
/// the data hold none, the model's budgetary support (the amber part of the PSE, see <see cref="SupportPolicy"/>)
/// stands in for the missing figure, an assumption every result states. The cut falls on budgetary payments; market
/// price support in the current AMS is met by the border measure and is not cut apart from the tariff.
/// </summary>
/// <param name="BoundUsd">Bound total AMS, USD a year.</param>
/// <param name="CurrentUsd">Current total AMS (applied), USD a year.</param>
/// <param name="BoundSource">The cited source of the bound figure, or null when the model's budgetary support stands in.</param>
/// <param name="CurrentSource">The cited source of the current figure, or null when the model's budgetary support stands in.</param>
public sealed record AmsCommitment(double BoundUsd, double CurrentUsd, string? BoundSource, string? CurrentSource)
{
    /// <summary>The draft's cut of the bound total AMS (0 before a cut is applied).</summary>
    public double DraftCut { get; init; }

    /// <summary>The bound total AMS after the cut.</summary>
    public double CeilingUsd { get; init; } = BoundUsd;

    /// <summary>The share of the region's budgetary (amber) support that must go, in [0, 1].</summary>
    public double AppliedCut { get; init; }

    /// <summary>The commitment before any cut: cited figures where the data have them, the model's budgetary support otherwise.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="lead">The member that sets the region's policy.</param>
    /// <param name="region">The market region.</param>
    /// <param name="budgetaryUsd">The model's budgetary producer support in the region, USD a year.</param>
    public static AmsCommitment Of(Dataset dataset, MemberId lead, MemberId region, double budgetaryUsd)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var bound = dataset.Support.Latest(lead, SupportMeasure.BoundTotalAms) ?? dataset.Support.Latest(region, SupportMeasure.BoundTotalAms);
        var current = dataset.Support.Latest(lead, SupportMeasure.CurrentTotalAms) ?? dataset.Support.Latest(region, SupportMeasure.CurrentTotalAms);
        return new AmsCommitment(
            bound is null ? budgetaryUsd : bound.MillionUsd * 1e6,
            current is null ? budgetaryUsd : current.MillionUsd * 1e6,
            bound?.Source.Source,
            current?.Source.Source);
    }

    /// <summary>Applies a draft's cut of the bound total AMS.</summary>
    /// <param name="cut">The cut.</param>
    /// <param name="shareDone">The share of the instalments made by the evaluation year, in [0, 1].</param>
    public AmsCommitment Cut(Rate cut, double shareDone)
    {
        var ceiling = BoundUsd * (1 - (cut.Fraction * shareDone));
        var applied = CurrentUsd > 0 ? Math.Clamp((CurrentUsd - ceiling) / CurrentUsd, 0, 1) : 0;
        return this with { DraftCut = cut.Fraction * shareDone, CeilingUsd = ceiling, AppliedCut = applied };
    }

    /// <summary>The commitment in words, with its sources or the assumption that stands in for them.</summary>
    public string Describe()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"AMS: bound {BoundUsd / 1e9:0.0} bn USD ({BoundSource ?? "no notified figure in the data: the model's budgetary support stands in (assumption)"}), cut {DraftCut:0%} to a ceiling of {CeilingUsd / 1e9:0.0} bn; current {CurrentUsd / 1e9:0.0} bn ({CurrentSource ?? "no notified figure in the data: the model's budgetary support stands in (assumption)"}).");
        return AppliedCut > 0
            ? text + string.Create(CultureInfo.InvariantCulture, $" Applied budgetary support falls {AppliedCut:0%}.")
            : text + " The ceiling stays above current support: the cut is absorbed by the water in the bound AMS and applied support does not change.";
    }
}
