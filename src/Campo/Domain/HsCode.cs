using System.Diagnostics.CodeAnalysis;

namespace Campo.Domain;

/// <summary>
/// A Harmonized System code: a chapter (2 digits), heading (4), subheading (6) or a national tariff line
/// (8 to 12 digits). Dots and spaces are dropped on input ("0201.10" is 020110).
/// </summary>
public readonly record struct HsCode : IComparable<HsCode>
{
    private readonly string? _digits;

    /// <summary>Creates an HS code.</summary>
    /// <param name="code">An even number of digits from 2 to 12, optionally with dots or spaces.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code is not of that form.</exception>
    public HsCode(string code)
    {
        if (!TryNormalise(code, out var digits))
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "An HS code has 2, 4, 6, 8, 10 or 12 digits, such as 1005 or 100590.");
        }

        _digits = digits;
    }

    /// <summary>The digits, without separators.</summary>
    public string Digits => _digits ?? string.Empty;

    /// <summary>Number of digits: 2 chapter, 4 heading, 6 subheading, more for national lines.</summary>
    public int Length => Digits.Length;

    /// <summary>The HS chapter (first two digits).</summary>
    public HsCode Chapter => Truncate(2);

    /// <summary>The HS heading (first four digits).</summary>
    /// <exception cref="InvalidOperationException">The code is a chapter only.</exception>
    public HsCode Heading => Truncate(4);

    /// <summary>The code cut to its first <paramref name="digits"/> digits.</summary>
    /// <exception cref="InvalidOperationException">The code is shorter than that.</exception>
    public HsCode Truncate(int digits)
    {
        if (digits > Length)
        {
            throw new InvalidOperationException($"HS code {Digits} has fewer than {digits} digits.");
        }

        return new HsCode(Digits[..digits]);
    }

    /// <summary>True when this code is <paramref name="prefix"/> or lies under it.</summary>
    public bool StartsWith(HsCode prefix) => Digits.StartsWith(prefix.Digits, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Digits;

    /// <inheritdoc />
    public int CompareTo(HsCode other) => string.CompareOrdinal(Digits, other.Digits);

    /// <summary>Tries to read an HS code.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out HsCode result)
    {
        if (TryNormalise(s, out var digits))
        {
            result = new HsCode(digits);
            return true;
        }

        result = default;
        return false;
    }

    private static bool TryNormalise(string? code, [NotNullWhen(true)] out string? digits)
    {
        digits = null;
        if (code is null)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[12];
        var n = 0;
        foreach (var c in code)
        {
            if (c is '.' or ' ')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || n == 12)
            {
                return false;
            }

            buffer[n++] = c;
        }

        if (n < 2 || n % 2 != 0)
        {
            return false;
        }

        digits = new string(buffer[..n]);
        return true;
    }

    /// <summary>Orders by digits.</summary>
    public static bool operator <(HsCode left, HsCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders by digits.</summary>
    public static bool operator >(HsCode left, HsCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders by digits.</summary>
    public static bool operator <=(HsCode left, HsCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by digits.</summary>
    public static bool operator >=(HsCode left, HsCode right) => left.CompareTo(right) >= 0;
}
