using System.Globalization;
using System.Runtime.CompilerServices;

namespace Campo.Gravity.Data;

/// <summary>
/// Number parsing for large files. Plain decimals with at most 15 significant digits and 22 decimals (most data)
/// take Clinger's exact fast path: the digits form an integer m &lt; 2^53 and the value is m / 10^f, one
/// correctly rounded division of two exactly representable doubles (Clinger 1990, "How to read floating point
/// numbers accurately", PLDI). Anything else goes to <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
/// in the invariant culture, so results are identical.
/// </summary>
internal static class FastNumber
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> s, out double value)
    {
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            i = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var fraction = 0;
        var seenDot = false;
        var any = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= '0' && c <= '9')
            {
                any = true;
                if (mantissa != 0 || c != '0')
                {
                    digits++;
                }

                mantissa = (mantissa * 10) + (c - '0');
                if (seenDot)
                {
                    fraction++;
                }

                if (digits > 15)
                {
                    return Slow(s, out value);
                }
            }
            else if (c == '.' && !seenDot)
            {
                seenDot = true;
            }
            else
            {
                return Slow(s, out value);
            }
        }

        if (!any || fraction > 22)
        {
            return Slow(s, out value);
        }

        value = fraction == 0 ? mantissa : mantissa / PowersOfTen[fraction];
        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool Slow(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
