using System.Runtime.CompilerServices;

namespace Campo.Gravity.Estimation;

/// <summary>Log-gamma and the normal tail, for likelihoods and p-values.</summary>
internal static class SpecialFunctions
{
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>log Γ(x) for x &gt; 0 by the Lanczos approximation (g = 7, 9 terms; relative error about 1e-15).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var a = Lanczos[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++)
        {
            a += Lanczos[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(a);
    }

    /// <summary>Two-sided normal p-value 2(1 − Φ(|z|)) = erfc(|z|/√2).</summary>
    public static double TwoSidedP(double z) => double.IsFinite(z) ? Erfc(Math.Abs(z) / Math.Sqrt(2)) : double.NaN;

    /// <summary>
    /// Complementary error function by the Chebyshev fit of Numerical Recipes (3rd ed., §6.2.2, erfccheb),
    /// relative error below 1.2e-7 everywhere: enough for p-values.
    /// </summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 2 / (2 + z);
        var ty = (4 * t) - 2;
        double[] c =
        [
            -1.3026537197817094, 6.4196979235649026e-1, 1.9476473204185836e-2, -9.561514786808631e-3,
            -9.46595344482036e-4, 3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5,
            -1.624290004647e-6, 1.303655835580e-6, 1.5626441722e-8, -8.5238095915e-8,
            6.529054439e-9, 5.059343495e-9, -9.91364156e-10, -2.27365122e-10,
            9.6467911e-11, 2.394038e-12, -6.886027e-12, 8.94487e-13, 3.13092e-13,
            -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15, -9.4e-17, 1.21e-16, -2.8e-17,
        ];
        double d = 0, dd = 0;
        for (var j = c.Length - 1; j > 0; j--)
        {
            var tmp = d;
            d = (ty * d) - dd + c[j];
            dd = tmp;
        }

        var result = t * Math.Exp((-z * z) + (0.5 * (c[0] + (ty * d))) - dd);
        return x >= 0 ? result : 2 - result;
    }
}
