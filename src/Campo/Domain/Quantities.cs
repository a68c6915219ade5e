using System.Globalization;

namespace Campo.Domain;

/// <summary>A quantity in metric tonnes. Levels are non-negative; changes may be negative.</summary>
/// <param name="Value">Tonnes; finite.</param>
public readonly record struct Tonnes(double Value) : IComparable<Tonnes>
{
    /// <summary>Tonnes; finite.</summary>
    public double Value { get; } = double.IsFinite(Value)
        ? Value
        : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A quantity in tonnes must be a finite number.");

    /// <summary>Zero tonnes.</summary>
    public static readonly Tonnes Zero;

    /// <summary>From thousand tonnes, the unit of FAOSTAT and IMPACT balances.</summary>
    public static Tonnes FromThousands(double thousandTonnes) => new(thousandTonnes * 1000.0);

    /// <summary>The quantity in thousand tonnes.</summary>
    public double Thousands => Value / 1000.0;

    /// <inheritdoc />
    public int CompareTo(Tonnes other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static Tonnes operator +(Tonnes a, Tonnes b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static Tonnes operator -(Tonnes a, Tonnes b) => new(a.Value - b.Value);

    /// <summary>Scales a quantity.</summary>
    public static Tonnes operator *(Tonnes a, double factor) => new(a.Value * factor);

    /// <summary>Value of a quantity at a unit price.</summary>
    public static Usd operator *(Tonnes a, UsdPerTonne price) => new(a.Value * price.Value);

    /// <summary>Orders by size.</summary>
    public static bool operator <(Tonnes left, Tonnes right) => left.Value < right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator >(Tonnes left, Tonnes right) => left.Value > right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator <=(Tonnes left, Tonnes right) => left.Value <= right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator >=(Tonnes left, Tonnes right) => left.Value >= right.Value;

    /// <summary>Thousand tonnes with one decimal, invariant culture ("6815.0 kt").</summary>
    public override string ToString() => Thousands.ToString("0.0", CultureInfo.InvariantCulture) + " kt";
}

/// <summary>An amount of money in US dollars (nominal, of the dataset's base year unless stated).</summary>
/// <param name="Value">Dollars; finite; negative for a loss or an outlay.</param>
public readonly record struct Usd(double Value) : IComparable<Usd>
{
    /// <summary>Dollars; finite.</summary>
    public double Value { get; } = double.IsFinite(Value)
        ? Value
        : throw new ArgumentOutOfRangeException(nameof(Value), Value, "An amount in dollars must be a finite number.");

    /// <summary>Zero dollars.</summary>
    public static readonly Usd Zero;

    /// <summary>From millions of dollars.</summary>
    public static Usd FromMillions(double millions) => new(millions * 1e6);

    /// <summary>The amount in millions of dollars.</summary>
    public double Millions => Value / 1e6;

    /// <inheritdoc />
    public int CompareTo(Usd other) => Value.CompareTo(other.Value);

    /// <summary>Sum.</summary>
    public static Usd operator +(Usd a, Usd b) => new(a.Value + b.Value);

    /// <summary>Difference.</summary>
    public static Usd operator -(Usd a, Usd b) => new(a.Value - b.Value);

    /// <summary>Negation.</summary>
    public static Usd operator -(Usd a) => new(-a.Value);

    /// <summary>Scales an amount.</summary>
    public static Usd operator *(Usd a, double factor) => new(a.Value * factor);

    /// <summary>Orders by size.</summary>
    public static bool operator <(Usd left, Usd right) => left.Value < right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator >(Usd left, Usd right) => left.Value > right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator <=(Usd left, Usd right) => left.Value <= right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator >=(Usd left, Usd right) => left.Value >= right.Value;

    /// <summary>Millions of dollars with one decimal, invariant culture ("12.3 M USD").</summary>
    public override string ToString() => Millions.ToString("0.0", CultureInfo.InvariantCulture) + " M USD";
}

/// <summary>A unit price in US dollars per metric tonne.</summary>
/// <param name="Value">Dollars per tonne; finite and non-negative.</param>
public readonly record struct UsdPerTonne(double Value) : IComparable<UsdPerTonne>
{
    /// <summary>Dollars per tonne; finite and non-negative.</summary>
    public double Value { get; } = double.IsFinite(Value) && Value >= 0
        ? Value
        : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A price in dollars per tonne is a finite number of at least 0.");

    /// <inheritdoc />
    public int CompareTo(UsdPerTonne other) => Value.CompareTo(other.Value);

    /// <summary>Scales a price by a factor such as 1 + t.</summary>
    public static UsdPerTonne operator *(UsdPerTonne a, double factor) => new(a.Value * factor);

    /// <summary>Orders by size.</summary>
    public static bool operator <(UsdPerTonne left, UsdPerTonne right) => left.Value < right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator >(UsdPerTonne left, UsdPerTonne right) => left.Value > right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator <=(UsdPerTonne left, UsdPerTonne right) => left.Value <= right.Value;

    /// <summary>Orders by size.</summary>
    public static bool operator >=(UsdPerTonne left, UsdPerTonne right) => left.Value >= right.Value;

    /// <summary>Dollars per tonne with two decimals, invariant culture ("142.38 USD/t").</summary>
    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture) + " USD/t";
}
