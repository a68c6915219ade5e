using System.Diagnostics.CodeAnalysis;

namespace Campo.Domain;

/// <summary>
/// A WTO member or model region, named by a three-letter upper-case code: an ISO 3166-1 alpha-3 code
/// (<c>MEX</c>), or a region code of the dataset (<c>EUN</c> for the European Union as one member,
/// IMPACT aggregates such as <c>CRB</c> for the Caribbean).
/// </summary>
public readonly record struct MemberId : IComparable<MemberId>, ISpanParsable<MemberId>
{
    private readonly string? _code;

    /// <summary>Creates a member code.</summary>
    /// <param name="code">Three letters A-Z; lower case is accepted and upper-cased.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code is not three ASCII letters.</exception>
    public MemberId(string code)
    {
        if (!TryNormalise(code, out var normal))
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "A member code is three letters A-Z, such as MEX or EUN.");
        }

        _code = normal;
    }

    /// <summary>The upper-case three-letter code.</summary>
    public string Code => _code ?? "???";

    /// <inheritdoc />
    public override string ToString() => Code;

    /// <inheritdoc />
    public int CompareTo(MemberId other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Tries to read a member code, accepting lower case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out MemberId result)
    {
        if (TryNormalise(s, out var normal))
        {
            result = new MemberId(normal);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc />
    public static MemberId Parse(string s, IFormatProvider? provider) => new(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MemberId result) => TryParse(s, out result);

    /// <inheritdoc />
    public static MemberId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => new(s.ToString());

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out MemberId result) => TryParse(s.ToString(), out result);

    private static bool TryNormalise(string? code, [NotNullWhen(true)] out string? normal)
    {
        normal = null;
        if (code is null || code.Length != 3)
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        var changed = false;
        for (var i = 0; i < 3; i++)
        {
            var c = char.ToUpperInvariant(code[i]);
            if (c is < 'A' or > 'Z')
            {
                return false;
            }

            upper[i] = c;
            changed |= c != code[i];
        }

        // An upper-case code (every code in the data) is kept as it is: no new string per row read.
        normal = changed ? new string(upper) : code;
        return true;
    }

    /// <summary>Orders by code.</summary>
    public static bool operator <(MemberId left, MemberId right) => left.CompareTo(right) < 0;

    /// <summary>Orders by code.</summary>
    public static bool operator >(MemberId left, MemberId right) => left.CompareTo(right) > 0;

    /// <summary>Orders by code.</summary>
    public static bool operator <=(MemberId left, MemberId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by code.</summary>
    public static bool operator >=(MemberId left, MemberId right) => left.CompareTo(right) >= 0;
}
