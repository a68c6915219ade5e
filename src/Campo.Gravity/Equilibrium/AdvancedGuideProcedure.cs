using Campo.Gravity.Estimation;

namespace Campo.Gravity.Equilibrium;

/// <summary>When the Advanced Guide's iterative loop stops.</summary>
/// <param name="GuideRule">True for the Guide's rule: stop once the standard deviation and the largest value
/// of the change in factory-gate prices between iterations are both at most 0.01 (TradeWithoutBorder.do).</param>
/// <param name="Tolerance">Otherwise: stop once the largest absolute change is below this.</param>
/// <param name="MaxIterations">Iteration cap.</param>
public sealed record GuideStopping(bool GuideRule, double Tolerance = 1e-8, int MaxIterations = 500)
{
    /// <summary>The Guide's own rule, to reproduce its tables.</summary>
    public static GuideStopping Guide { get; } = new(true);

    /// <summary>Iterate until the factory-gate prices stop moving (changes below 1e-8).</summary>
    public static GuideStopping Full { get; } = new(false);
}

/// <summary>One country's percent changes, as the Guide's result tables report them.</summary>
/// <param name="Country">The country code.</param>
/// <param name="ExportsConditional">Conditional GE change of international exports, %.</param>
/// <param name="ExportsFull">Full-endowment GE change of international exports, %.</param>
/// <param name="FactoryPrice">Change of the factory-gate price, %, with the reference country's inward resistance as numeraire.</param>
/// <param name="InwardResistanceConditional">Conditional change of the inward multilateral resistance P_i, %.</param>
/// <param name="InwardResistance">Full change of P_i, %.</param>
/// <param name="OutwardResistanceConditional">Conditional change of the outward multilateral resistance Π_i, %.</param>
/// <param name="OutwardResistance">Full change of Π_i, %.</param>
/// <param name="RealGdp">Change of real GDP Y_i/P_i, %.</param>
/// <param name="OutputBaseline">Baseline output Y_i (value of production).</param>
public sealed record GuideCountryResult(
    string Country,
    double ExportsConditional,
    double ExportsFull,
    double FactoryPrice,
    double InwardResistanceConditional,
    double InwardResistance,
    double OutwardResistanceConditional,
    double OutwardResistance,
    double RealGdp,
    double OutputBaseline);

/// <summary>The outcome of the Guide's procedure.</summary>
public sealed record GuideResult
{
    /// <summary>Per country.</summary>
    public required IReadOnlyList<GuideCountryResult> Countries { get; init; }

    /// <summary>Loop iterations (the Guide's s − 2 at exit).</summary>
    public required int Iterations { get; init; }

    /// <summary>True when the stopping rule was met before the cap.</summary>
    public required bool Converged { get; init; }

    /// <summary>The last standard deviation of the price changes between iterations.</summary>
    public required double LastStandardDeviation { get; init; }

    /// <summary>The last largest value (the Guide takes |max|, not max |.|).</summary>
    public required double LastMaximum { get; init; }
}

/// <summary>
/// The general-equilibrium procedure of Yotov, Piermartini, Monteiro and Larch (2016), <i>An Advanced Guide to
/// Trade Policy Analysis</i>, chapter 2 (the "GEPPML" of Anderson, Larch and Yotov 2018), step by step as in the
/// Guide's TradeWithoutBorder.do, so that its published tables are reproduced with its stopping rule.
/// </summary>
/// <remarks>
/// <para><b>Baseline.</b> From a PPML fit with exporter and importer effects π_i, χ_j (the reference country's
/// importer effect set to 0): <c>Π_i^{1−σ} = Y_i E_R / e^{π_i}</c>, <c>P_j^{1−σ} = E_j / (e^{χ_j} E_R)</c>.</para>
/// <para><b>Conditional.</b> Re-estimate with the counterfactual trade costs as an offset (output and
/// expenditure fixed).</para>
/// <para><b>Full endowment.</b> Loop: scale the last predicted flows by the price changes of exporter and importer
/// and by the inverse changes of the resistances; re-estimate with the offset; update output
/// <c>Y_i = Σ_j X̂_ij</c>, expenditure <c>E_j = φ_j Y_j</c> (φ = E/Y of the baseline), the prices
/// <c>p̂_i = [(e^{π_i}/e^{π_i,prev}) / (E_R/E_R,prev)]^{1/(1−σ)}</c> and the resistances; stop by
/// <see cref="GuideStopping"/>. The Guide's rule compares the price changes of the two previous iterations and
/// stops at 0.01, before the fixed point; its tables are reproduced with it. <see cref="HatAlgebraSolver"/>
/// computes the fixed point itself.</para>
/// </remarks>
public static class AdvancedGuideProcedure
{
    /// <summary>Runs the procedure.</summary>
    /// <param name="countries">Country codes (N).</param>
    /// <param name="observed">Observed flows X_ij, row-major N×N, exporter by importer, domestic included.</param>
    /// <param name="fittedBaseline">Baseline PPML fitted flows X̂_ij.</param>
    /// <param name="fixedEffectsBaseline">π_i + χ_j of the baseline fit (the linear predictor less the trade-cost terms).</param>
    /// <param name="costBaseline">Baseline log trade costs Σ_k β_k x_k,ij.</param>
    /// <param name="costCounterfactual">Counterfactual log trade costs.</param>
    /// <param name="sigma">Elasticity of substitution σ &gt; 1.</param>
    /// <param name="reference">Index of the reference country.</param>
    /// <param name="stopping">The stopping rule.</param>
    /// <param name="threads">Threads for the PPML fits.</param>
    public static GuideResult Run(
        IReadOnlyList<string> countries,
        double[] observed,
        double[] fittedBaseline,
        double[] fixedEffectsBaseline,
        double[] costBaseline,
        double[] costCounterfactual,
        double sigma,
        int reference,
        GuideStopping stopping,
        int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(stopping);
        var n = countries.Count;
        var power = 1 / (1 - sigma);
        var y = new double[n];
        var e = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                y[i] += observed[(i * n) + j];
                e[j] += observed[(i * n) + j];
            }
        }

        var phi = new double[n];
        for (var i = 0; i < n; i++)
        {
            phi[i] = e[i] / y[i];
        }

        var eR = e[reference];
        var (piBln, chiBln) = Split(fixedEffectsBaseline, n, reference);
        var omrBln = new double[n];
        var imrBln = new double[n];
        for (var i = 0; i < n; i++)
        {
            omrBln[i] = y[i] * eR / piBln[i];
            imrBln[i] = e[i] / (chiBln[i] * eR);
        }

        var xiBln = Exports(fittedBaseline, n);

        // Conditional: re-estimate the observed flows with the counterfactual costs as offset.
        var fitter = new ExporterImporterFitter(n, costCounterfactual, threads);
        var (tradeCdl, piCdl, chiCdl) = fitter.Fit(observed, reference);
        var omrCdl = new double[n];
        var imrCdl = new double[n];
        for (var i = 0; i < n; i++)
        {
            omrCdl[i] = y[i] * eR / piCdl[i];
            imrCdl[i] = e[i] / (chiCdl[i] * eR);
        }

        var xiCdl = Exports(tradeCdl, n);

        // Full endowment loop; index 1 is the conditional state, 0 the baseline.
        var priceBefore = new double[n];
        var piPrev = piCdl;
        var erPrev = eR;
        var price = new double[n];
        for (var i = 0; i < n; i++)
        {
            price[i] = Math.Pow(piCdl[i] / piBln[i] / (eR / eR), power);
        }

        var omrPrev = omrCdl;
        var imrPrev = imrCdl;
        var changeOmr = Enumerable.Repeat(1.0, n).ToArray();
        var changeImr = Enumerable.Repeat(1.0, n).ToArray();
        var tradePrev = tradeCdl;
        var chiLast = chiCdl;
        var piLast = piCdl;
        var erLast = eR;
        var eLast = e;
        var iterations = 0;
        double sd = 1, max = 1;
        var converged = false;
        while (iterations < stopping.MaxIterations)
        {
            iterations++;
            var trade = new double[n * n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    trade[(i * n) + j] = tradePrev[(i * n) + j] * price[i] * price[j] / (changeOmr[i] * changeImr[j]);
                }
            }

            var (tradeHat, pi, chi) = fitter.Fit(trade, reference);
            var yNow = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    yNow[i] += tradeHat[(i * n) + j];
                }
            }

            var eNow = new double[n];
            for (var j = 0; j < n; j++)
            {
                eNow[j] = phi[j] * yNow[j];
            }

            var erNow = eNow[reference];
            var priceNow = new double[n];
            var omr = new double[n];
            var imr = new double[n];
            var changeOmrNow = new double[n];
            var changeImrNow = new double[n];
            for (var i = 0; i < n; i++)
            {
                priceNow[i] = Math.Pow(pi[i] / piPrev[i] / (erNow / erPrev), power);
                omr[i] = yNow[i] * erNow / pi[i];
                changeOmrNow[i] = omr[i] / omrPrev[i];
                imr[i] = eNow[i] / (chi[i] * erNow);
                changeImrNow[i] = imr[i] / imrPrev[i];
            }

            // The Guide compares the price changes of the two previous iterations (s−2 and s−3), summarised over
            // all N² rows of its data set (each exporter's value repeated N times).
            var diff = new double[n];
            for (var i = 0; i < n; i++)
            {
                diff[i] = price[i] - priceBefore[i];
            }

            (sd, max) = Summarise(diff, n);
            priceBefore = price;
            price = priceNow;
            piPrev = pi;
            erPrev = erNow;
            omrPrev = omr;
            imrPrev = imr;
            changeOmr = changeOmrNow;
            changeImr = changeImrNow;
            tradePrev = tradeHat;
            piLast = pi;
            chiLast = chi;
            erLast = erNow;
            eLast = eNow;

            var stop = stopping.GuideRule
                ? !(sd > 0.01 || Math.Abs(max) > 0.01)
                : diff.Max(Math.Abs) < stopping.Tolerance && iterations > 1;
            if (stop)
            {
                converged = true;
                break;
            }
        }

        // (iv) Full endowment indexes from the last iteration S.
        var results = new List<GuideCountryResult>();
        var priceFull = new double[n];
        var yFull = new double[n];
        var eFull = new double[n];
        for (var i = 0; i < n; i++)
        {
            priceFull[i] = Math.Pow(piLast[i] / piBln[i] / (erLast / eR), power);
            yFull[i] = priceFull[i] * y[i];
        }

        for (var j = 0; j < n; j++)
        {
            eFull[j] = phi[j] * yFull[j];
        }

        var omrFull = new double[n];
        var imrFull = new double[n];
        for (var i = 0; i < n; i++)
        {
            omrFull[i] = yFull[i] * erLast / piLast[i];
            imrFull[i] = eLast[i] / (chiLast[i] * erLast);
        }

        var xFull = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                xFull[(i * n) + j] = yFull[i] * eFull[j] * Math.Exp(costCounterfactual[(i * n) + j]) / (imrFull[j] * omrFull[i]);
            }
        }

        var xiFull = Exports(xFull, n);
        for (var i = 0; i < n; i++)
        {
            double Change(double now, double before) => ((Math.Pow(now, power) / Math.Pow(before, power)) - 1) * 100;
            var rgdpBln = y[i] / Math.Pow(imrBln[i], power);
            var rgdpFull = yFull[i] / Math.Pow(imrFull[i], power);
            results.Add(new GuideCountryResult(
                countries[i],
                (xiCdl[i] - xiBln[i]) / xiBln[i] * 100,
                (xiFull[i] - xiBln[i]) / xiBln[i] * 100,
                (priceFull[i] - 1) * 100,
                Change(imrCdl[i], imrBln[i]),
                Change(imrFull[i], imrBln[i]),
                Change(omrCdl[i], omrBln[i]),
                Change(omrFull[i], omrBln[i]),
                (rgdpFull - rgdpBln) / rgdpBln * 100,
                y[i]));
        }

        return new GuideResult { Countries = results, Iterations = iterations, Converged = converged, LastStandardDeviation = sd, LastMaximum = max };
    }

    /// <summary>exp(π_i) and exp(χ_j) from π_i + χ_j with χ_ref = 0.</summary>
    internal static (double[] ExpPi, double[] ExpChi) Split(double[] sum, int n, int reference)
    {
        var pi = new double[n];
        var chi = new double[n];
        for (var i = 0; i < n; i++)
        {
            pi[i] = sum[(i * n) + reference];
        }

        for (var j = 0; j < n; j++)
        {
            chi[j] = sum[(reference * n) + j] - pi[reference];
        }

        return (pi.Select(Math.Exp).ToArray(), chi.Select(Math.Exp).ToArray());
    }

    private static double[] Exports(double[] flows, int n)
    {
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j)
                {
                    x[i] += flows[(i * n) + j];
                }
            }
        }

        return x;
    }

    private static (double Sd, double Max) Summarise(double[] values, int n)
    {
        var count = (double)n * n;
        var mean = values.Average();
        var ss = values.Sum(v => (v - mean) * (v - mean)) * n;
        return (Math.Sqrt(ss / (count - 1)), values.Max());
    }

    /// <summary>PPML of flows on exporter and importer effects with a fixed offset, on a square N×N data set.</summary>
    private sealed class ExporterImporterFitter
    {
        private readonly int _n;
        private readonly double[] _offset;
        private readonly FixedEffectIndex _fe;
        private readonly GravityOptions _options;

        public ExporterImporterFitter(int n, double[] offset, int threads)
        {
            _n = n;
            _offset = offset;
            var exporter = new int[n * n];
            var importer = new int[n * n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    exporter[(i * n) + j] = i;
                    importer[(i * n) + j] = j;
                }
            }

            _fe = new FixedEffectIndex(["exporter", "importer"], [exporter, importer], [n, n], n * n);
            _options = new GravityOptions { Threads = threads, Tolerance = 1e-10, InnerTolerance = 1e-10, InitialInnerTolerance = 1e-10 };
        }

        public (double[] Fitted, double[] ExpPi, double[] ExpChi) Fit(double[] flows, int reference)
        {
            var design = new GravityDesign
            {
                Y = flows,
                X = [],
                XNames = [],
                Offset = _offset,
                FixedEffects = _fe,
                Rows = Enumerable.Range(0, _n * _n).ToArray(),
            };
            var fit = IrlsSolver.Fit(design, _options, poisson: true);
            var sum = new double[_n * _n];
            for (var k = 0; k < sum.Length; k++)
            {
                sum[k] = fit.Eta[k] - _offset[k];
            }

            var (pi, chi) = Split(sum, _n, reference);
            return (fit.Mu, pi, chi);
        }
    }
}
