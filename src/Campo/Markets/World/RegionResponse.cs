namespace Campo.Markets.World;

/// <summary>
/// One region's response in one commodity market to a world price: its regime, border price and net trade.
/// <para>
/// Equations (reference §1.2 items 1–4 and 7, with the choices of <c>docs/models/world-market.md</c>). With
/// y = ln(pb/pb0), supply and demand are constant-elasticity curves calibrated to the base:
/// <code>
///   S(y)   = S0·exp(ε·(y + ln((1+pse)/(1+pse0))) + ln Ks)
///   D_u(y) = D_u0·exp(η_u·(y + ln((1+cw)/(1+cw0))) + ln K_u)
///   z(y)   = Σ_u D_u(y) − S(y) + ST0          (net imports; non-increasing in y)
/// </code>
/// where ln Ks and ln K_u are the cross-price factors. The border price follows the regimes, tried in order
/// of rising price, for a world price x = ln(pw/pw0):
/// <code>
///   z(x + aE) ≤ 0                    exporter at export parity           N = −z
///   z(x + aIn) ≤ 0 &lt; z(x + aE)       no trade: z(y) = 0 on [x+aE, x+aIn]  N = 0
///   0 &lt; z(x + aIn) ≤ Q              importer (in quota) at x + aIn      N = −z
///   z(x + aOut) ≥ Q                  over quota at x + aOut              N = −z
///   otherwise                        quota binding: z(y) = Q             N = −Q
/// </code>
/// so net exports N(x) are continuous and non-decreasing in the world price: each regime hands over to the
/// next at the price where both give the same quantity.
/// </para>
/// Inner root (no-trade and binding regimes): Newton on y safeguarded by bisection inside the bracket;
/// stops when |z − target| ≤ 1e-14 of the cell's volume or the bracket is narrower than 1e-15.
/// </summary>
internal static class RegionResponse
{
    private const int MaxInnerIterations = 100;

    /// <summary>Net imports z(y) and its slope dz/dy (at most 0).</summary>
    public static double NetImports(MarketArrays m, SolveCase s, SolveState w, int k, double y, out double slope)
    {
        var eta = s.DemandElasticity;
        var shift = w.LogDemandShift;
        var cy = y + s.Policy.LogConsumer[k];
        double d = 0, dd = 0;
        for (var u = m.UseStart[k]; u < m.UseStart[k + 1]; u++)
        {
            var q0 = m.Demand0[u];
            if (q0 != 0)
            {
                var e = eta[u];
                var q = q0 * Math.Exp((e * cy) + shift[u]);
                d += q;
                dd += e * q;
            }
        }

        double sv = 0, ds = 0;
        var s0 = m.Supply0[k];
        if (s0 != 0)
        {
            var e = s.SupplyElasticity[k];
            sv = s0 * Math.Exp((e * (y + s.Policy.LogProducer[k])) + w.LogSupplyShift[k]);
            ds = e * sv;
        }

        slope = dd - ds;
        return d - sv + m.Stock0[k];
    }

    /// <summary>Sets the cell's regime and border price for world price x; returns net exports and dN/dx.</summary>
    /// <remarks>
    /// The regime tests are ordered by price, but the first evaluation is at the parity price of the cell's
    /// previous regime: z is non-increasing, so z(x + aIn) &gt; 0 already rules out export and no trade (as
    /// aE ≤ aIn), and z(x + aE) &lt; 0 already rules out every import regime. Most cells keep their regime
    /// from one iteration to the next and cost one evaluation.
    /// </remarks>
    public static double Respond(MarketArrays m, SolveCase s, SolveState w, int k, double x, out double slope)
    {
        var p = s.Policy;
        var ye = x + p.LogExport[k];
        var yin = x + p.LogIn[k];
        double zin, sin;
        if (w.Regime[k] == TradeRegime.Exporter || w.Regime[k] == TradeRegime.NoTrade)
        {
            var ze = NetImports(m, s, w, k, ye, out var se);
            if (ze < 0)
            {
                return Export(w, k, ye, ze, se, out slope);
            }

            if (ze == 0)
            {
                return Edge(w, k, ye, yin, se, out slope);
            }

            zin = NetImports(m, s, w, k, yin, out sin);
            if (zin <= 0)
            {
                return Band(m, s, w, k, ye, yin, out slope);
            }
        }
        else
        {
            zin = NetImports(m, s, w, k, yin, out sin);
            if (zin <= 0)
            {
                var ze = NetImports(m, s, w, k, ye, out var se);
                if (ze < 0)
                {
                    return Export(w, k, ye, ze, se, out slope);
                }

                if (ze == 0)
                {
                    return Edge(w, k, ye, yin, se, out slope);
                }

                return Band(m, s, w, k, ye, yin, out slope);
            }
        }

        var quota = p.Quota[k];
        if (zin <= quota)
        {
            w.Y[k] = yin;
            w.Regime[k] = p.HasQuota[k] ? TradeRegime.InQuota : TradeRegime.Importer;
            slope = -sin;
            return -zin;
        }

        var yout = x + p.LogOut[k];
        var zout = NetImports(m, s, w, k, yout, out var sout);
        if (zout >= quota)
        {
            w.Y[k] = yout;
            w.Regime[k] = TradeRegime.OverQuota;
            slope = -sout;
            return -zout;
        }

        w.Y[k] = SolveInner(m, s, w, k, yin, yout, quota);
        w.Regime[k] = TradeRegime.QuotaBinding;
        slope = 0;
        return -quota;
    }

    private static double Export(SolveState w, int k, double ye, double ze, double se, out double slope)
    {
        w.Y[k] = ye;
        w.Regime[k] = TradeRegime.Exporter;
        slope = -se;
        return -ze;
    }

    /// <summary>
    /// Exactly balanced at export parity: on the edge of the no-trade band, or inside it for a market whose
    /// supply and demand do not respond to price (then the previous price is kept if it lies in the band).
    /// </summary>
    private static double Edge(SolveState w, int k, double ye, double yin, double se, out double slope)
    {
        var previous = w.Y[k];
        w.Y[k] = se == 0 && previous >= ye && previous <= yin ? previous : ye;
        w.Regime[k] = TradeRegime.NoTrade;
        slope = 0;
        return 0;
    }

    private static double Band(MarketArrays m, SolveCase s, SolveState w, int k, double ye, double yin, out double slope)
    {
        w.Y[k] = SolveInner(m, s, w, k, ye, yin, 0.0);
        w.Regime[k] = TradeRegime.NoTrade;
        slope = 0;
        return 0;
    }

    /// <summary>Finds y in [lo, hi] with z(y) = target, given z(lo) &gt; target ≥ z(hi) and z non-increasing.</summary>
    private static double SolveInner(MarketArrays m, SolveCase s, SolveState w, int k, double lo, double hi, double target)
    {
        var scale = m.Supply0[k] + m.TotalDemand0(k) + Math.Abs(m.Stock0[k]);
        var tolerance = 1e-14 * scale;
        var y = w.Y[k];
        if (!(y >= lo && y <= hi))
        {
            y = 0.5 * (lo + hi);
        }

        for (var i = 0; i < MaxInnerIterations; i++)
        {
            var h = NetImports(m, s, w, k, y, out var slope) - target;
            if (Math.Abs(h) <= tolerance)
            {
                return y;
            }

            if (h > 0)
            {
                lo = y;
            }
            else
            {
                hi = y;
            }

            if (hi - lo <= 1e-15 * (1 + Math.Abs(y)))
            {
                return y;
            }

            var next = slope < 0 ? y - (h / slope) : double.NaN;
            y = next > lo && next < hi ? next : 0.5 * (lo + hi);
        }

        return y;
    }
}
