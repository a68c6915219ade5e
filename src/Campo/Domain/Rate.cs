using System.Globalization;

namespace Campo.Domain;

/// <summary>
/// An ad valorem rate (a tariff, its ad valorem equivalent, a tax or subsidy wedge), held as a fraction:
/// 0.25 is 25 percent. A tariff rate is never negative; a wedge that can take either sign (an export tax
/// or subsidy, a support wedge) uses <see cref="Wedge"/> instead.
/// </summary>
public readonly record struct Rate : IComparable<Rate>
{
    /// <summary>The duty-free rate.</summary>
    public static readonly Rate Zero;

    /// <summary>Creates a rate from a fraction (0.25 = 25%).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is negative, NaN or infinite.</exception>
    public Rate(double fraction)
    {
        if (!double.IsFinite(fraction) || fraction < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A rate is a finite fraction of at least 0 (0.25 for 25%).");
        }

        Fraction = fraction;
    }

    /// <summary>The rate as a fraction: 0.25 for 25%. At least 0.</summary>
    public double Fraction { get; }

    /// <summary>The rate in percent: 25 for 25%.</summary>
    public double Percent => Fraction * 100.0;

    /// <summary>The price factor 1 + t.</summary>
    public double Factor => 1.0 + Fraction;

    /// <summary>Creates a rate from percent (25 = 25%).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The percent is negative, NaN or infinite.</exception>
    public static Rate FromPercent(double percent) => new(percent / 100.0);

    /// <summary>The lower of two rates.</summary>
    public static Rate Min(Rate a, Rate b) => a.Fraction <= b.Fraction ? a : b;

    /// <summary>The higher of two rates.</summary>
    public static Rate Max(Rate a, Rate b) => a.Fraction >= b.Fraction ? a : b;

    /// <inheritdoc />
    public int CompareTo(Rate other) => Fraction.CompareTo(other.Fraction);

    /// <summary>Formats the rate in percent with one decimal, in the invariant culture ("25.0%").</summary>
    public override string ToString() => Percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Orders by size.</summary>
    public static bool operator <(Rate left, Rate right) => left.Fraction < right.Fraction;

    /// <summary>Orders by size.</summary>
    public static bool operator >(Rate left, Rate right) => left.Fraction > right.Fraction;

    /// <summary>Orders by size.</summary>
    public static bool operator <=(Rate left, Rate right) => left.Fraction <= right.Fraction;

    /// <summary>Orders by size.</summary>
    public static bool operator >=(Rate left, Rate right) => left.Fraction >= right.Fraction;
}

/// <summary>
/// A signed ad valorem price wedge held as a fraction: positive raises the domestic price above the world
/// price (a tariff equivalent, an export subsidy, producer support), negative lowers it (an export tax).
/// </summary>
/// <param name="Fraction">The wedge as a fraction; finite and above -1 (a price cannot fall to zero).</param>
public readonly record struct Wedge(double Fraction)
{
    /// <summary>No wedge.</summary>
    public static readonly Wedge None;

    /// <summary>The wedge as a fraction; finite and above -1.</summary>
    public double Fraction { get; } = double.IsFinite(Fraction) && Fraction > -1.0
        ? Fraction
        : throw new ArgumentOutOfRangeException(nameof(Fraction), Fraction, "A price wedge is a finite fraction above -1 (0.10 for +10%, -0.05 for -5%).");

    /// <summary>The wedge in percent.</summary>
    public double Percent => Fraction * 100.0;

    /// <summary>The price factor 1 + w.</summary>
    public double Factor => 1.0 + Fraction;

    /// <summary>Formats in percent with one decimal and a sign, in the invariant culture.</summary>
    public override string ToString() => Percent.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";
}
