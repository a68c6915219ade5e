using System.Diagnostics.CodeAnalysis;

namespace Campo.Domain;

/// <summary>
/// A model commodity, named by IFPRI IMPACT's four-letter code without its j/c prefix
/// (<c>maiz</c> maize, <c>bean</c> beans, <c>whea</c> wheat). Plain names ("maize") are resolved to codes
/// by the dataset's commodity table, not here.
/// </summary>
public readonly record struct CommodityId : IComparable<CommodityId>
{
    private readonly string? _code;

    /// <summary>Creates a commodity code.</summary>
    /// <param name="code">Two to eight ASCII letters or digits; upper case is lowered.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code is empty, too long or has other characters.</exception>
    public CommodityId(string code)
    {
        if (!TryNormalise(code, out var normal))
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "A commodity code is 2 to 8 letters or digits, such as maiz or bean.");
        }

        _code = normal;
    }

    /// <summary>The lower-case code.</summary>
    public string Code => _code ?? "?";

    /// <inheritdoc />
    public override string ToString() => Code;

    /// <inheritdoc />
    public int CompareTo(CommodityId other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Tries to read a commodity code.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out CommodityId result)
    {
        if (TryNormalise(s, out var normal))
        {
            result = new CommodityId(normal);
            return true;
        }

        result = default;
        return false;
    }

    private static bool TryNormalise(string? code, [NotNullWhen(true)] out string? normal)
    {
        normal = null;
        if (code is null || code.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        normal = code.ToLowerInvariant();
        return true;
    }

    /// <summary>Orders by code.</summary>
    public static bool operator <(CommodityId left, CommodityId right) => left.CompareTo(right) < 0;

    /// <summary>Orders by code.</summary>
    public static bool operator >(CommodityId left, CommodityId right) => left.CompareTo(right) > 0;

    /// <summary>Orders by code.</summary>
    public static bool operator <=(CommodityId left, CommodityId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by code.</summary>
    public static bool operator >=(CommodityId left, CommodityId right) => left.CompareTo(right) >= 0;
}
