namespace Campo.Markets.World;

/// <summary>
/// Solves the world market of every commodity: Σ_r N_r,i(pw_i) = Σ_r N_r,i0 (reference §1.2 item 5, clearing
/// in changes so that base data whose world imports and exports differ keep their gap).
/// <para>
/// One commodity: the excess supply R(x), x = ln(pw/pw0), is continuous and non-decreasing (see
/// <see cref="RegionResponse"/>). Algorithm: Newton's method on x with the analytic slope Σ dN/dx and a
/// backtracking line search on |R| (step halved up to four times while |R| does not fall); every evaluation
/// updates a bracket [lo, hi] with R(lo) &lt; 0 &lt; R(hi); a step that leaves the bracket, a flat slope, or a
/// failed line search falls back to bisection of the bracket, and before a bracket exists the search steps
/// outward with doubling steps up to |x| = MaxLogPriceChange. Stops when |R| ≤ Tolerance × world volume
/// (converged), or at MaxIterations, or when the bracket collapses or the bound is reached without a sign
/// change (not converged, with the reason).
/// </para>
/// <para>
/// Commodities linked by cross-price elasticities: nonlinear block Gauss–Seidel. Each sweep updates a
/// commodity's cross-price factors from the current domestic prices of the others and solves its world price
/// as above; the sweeps stop when every linked market clears at the current prices. This converges when the
/// cross effects are weak relative to own-price effects (diagonal dominance; IMPACT's cross-price food
/// elasticities are of the order of 0.01 against own elasticities of 0.1 to 1). The sweeps stop after a
/// sweep that leaves every linked market cleared and moves no domestic price of a linked market by more than
/// 1e-12 in logs (so each was solved against the others' final prices). If that does not happen within
/// MaxSweeps, every linked commodity is reported as not converged.
/// </para>
/// </summary>
internal static class WorldPriceSolver
{
    public static void SolveAll(MarketArrays m, SolveCase s, SolveState w, WorldMarketOptions options)
    {
        var anyLinked = false;
        for (var c = 0; c < m.CommodityCount; c++)
        {
            if (m.Linked[c])
            {
                anyLinked = true;
                continue;
            }

            SolveCommodity(m, s, w, c, options);
        }

        if (!anyLinked)
        {
            w.Sweeps = 0;
            return;
        }

        for (var sweep = 1; sweep <= options.MaxSweeps; sweep++)
        {
            // The sweeps end when a whole sweep leaves every linked market cleared and no domestic price of a
            // linked market moved by more than 1e-12 (in logs): the cross-price factors each market was solved
            // with are then those of the final prices of all the others.
            w.Sweeps = sweep;
            Array.Copy(w.Y, w.YAtSweepStart, w.Y.Length);
            var cleared = true;
            for (var c = 0; c < m.CommodityCount; c++)
            {
                if (m.Linked[c])
                {
                    UpdateShifts(m, s, w, c);
                    SolveCommodity(m, s, w, c, options);
                    cleared &= w.Converged[c];
                }
            }

            if (cleared && !Moved(m, w))
            {
                return;
            }
        }

        for (var c = 0; c < m.CommodityCount; c++)
        {
            if (m.Linked[c] && w.Converged[c])
            {
                w.Converged[c] = false;
                w.ExitReason[c] = $"the markets linked by cross-price elasticities did not clear together within {options.MaxSweeps} sweeps";
            }
        }
    }

    private static bool Moved(MarketArrays m, SolveState w)
    {
        for (var c = 0; c < m.CommodityCount; c++)
        {
            if (!m.Linked[c])
            {
                continue;
            }

            for (var k = m.CellStart[c]; k < m.CellStart[c + 1]; k++)
            {
                if (Math.Abs(w.Y[k] - w.YAtSweepStart[k]) > 1e-12)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Sets the cross-price factors of commodity c's cells from the current prices of the others: each shift is
    /// Σ_l e_l·(y_src + ln(pp/pp0 or pc/pc0 factor)) over its links, summed in link order (<see cref="ShiftPlan"/>).
    /// </summary>
    public static void UpdateShifts(MarketArrays m, SolveCase s, SolveState w, int c)
    {
        var plan = m.Shifts;
        var y = w.Y;
        var sources = plan.Source;
        var elasticity = plan.Elasticity;
        for (var j = plan.SlotStart[c]; j < plan.SlotStart[c + 1]; j++)
        {
            var sum = 0.0;
            var end = plan.SlotLinkStart[j + 1];
            if (plan.SlotDemand[j])
            {
                var factor = s.Policy.LogConsumer;
                for (var l = plan.SlotLinkStart[j]; l < end; l++)
                {
                    var source = sources[l];
                    sum += elasticity[l] * (y[source] + factor[source]);
                }

                w.LogDemandShift[plan.SlotTarget[j]] = sum;
            }
            else
            {
                var factor = s.Policy.LogProducer;
                for (var l = plan.SlotLinkStart[j]; l < end; l++)
                {
                    var source = sources[l];
                    sum += elasticity[l] * (y[source] + factor[source]);
                }

                w.LogSupplyShift[plan.SlotTarget[j]] = sum;
            }
        }
    }

    /// <summary>Excess world supply R(x) = Σ N(x) − Σ N0 and its slope; updates the cells' regimes and prices.</summary>
    public static double Residual(MarketArrays m, SolveCase s, SolveState w, int c, double x, out double slope)
    {
        double net = 0, dn = 0;
        for (var k = m.CellStart[c]; k < m.CellStart[c + 1]; k++)
        {
            var n = RegionResponse.Respond(m, s, w, k, x, out var d);
            w.Net[k] = n;
            net += n;
            dn += d;
        }

        slope = dn;
        return net - m.WorldNet0[c];
    }

    /// <summary>Solves one commodity's world price from the current x (a warm start), cross-price factors fixed.</summary>
    public static void SolveCommodity(MarketArrays m, SolveCase s, SolveState w, int c, WorldMarketOptions options)
    {
        var tolerance = options.Tolerance * m.WorldScale[c];
        var bound = options.MaxLogPriceChange;
        var x = w.X[c];
        var r = Residual(m, s, w, c, x, out var slope);
        var iterations = 0;
        double lo = -bound, hi = bound;
        bool haveLo = false, haveHi = false;
        var outward = 0.5;
        var reason = string.Empty;
        var converged = Math.Abs(r) <= tolerance;
        while (!converged)
        {
            if (r < 0)
            {
                (lo, haveLo) = (x, true);
            }
            else
            {
                (hi, haveHi) = (x, true);
            }

            if (iterations >= options.MaxIterations)
            {
                reason = $"the iteration cap of {options.MaxIterations} was reached";
                break;
            }

            if (haveLo && haveHi && hi - lo <= 1e-15 * (1 + Math.Abs(x)))
            {
                reason = "the bracket around the world price collapsed without clearing the market (the excess supply jumps there)";
                break;
            }

            var bracketed = haveLo && haveHi;
            var newton = slope > 0 ? x - (r / slope) : double.NaN;
            double next;
            if (bracketed)
            {
                next = newton > lo && newton < hi ? newton : 0.5 * (lo + hi);
            }
            else
            {
                // Search outward for a sign change: Newton if it heads the right way, else doubling steps.
                var direction = r < 0 ? 1.0 : -1.0;
                next = double.IsFinite(newton) && (newton - x) * direction > 0 ? newton : x + (direction * outward);
                outward *= 2;
                if (Math.Abs(x) >= bound && Math.Sign(next - x) == Math.Sign(x))
                {
                    reason = $"no world price within exp(±{bound}) of the base clears the market";
                    break;
                }

                next = Math.Clamp(next, -bound, bound);
            }

            var rNext = Residual(m, s, w, c, next, out var slopeNext);
            iterations++;
            var usedNewton = next == newton;
            for (var halving = 0; usedNewton && halving < 4 && Math.Abs(rNext) > (1 - 1e-4) * Math.Abs(r) && iterations < options.MaxIterations; halving++)
            {
                // Line search: halve the Newton step while |R| does not fall; the bracket keeps every trial.
                if (rNext < 0)
                {
                    (lo, haveLo) = (Math.Max(lo, next), true);
                }
                else
                {
                    (hi, haveHi) = (Math.Min(hi, next), true);
                }

                next = x + (0.5 * (next - x));
                rNext = Residual(m, s, w, c, next, out slopeNext);
                iterations++;
            }

            (x, r, slope) = (next, rNext, slopeNext);
            converged = Math.Abs(r) <= tolerance;
        }

        if (!converged && Math.Abs(x) < bound && reason.Length == 0)
        {
            reason = "the market did not clear";
        }

        if (!converged)
        {
            // Leave the cells at the last iterate; the solution reports them as not converged.
            _ = Residual(m, s, w, c, x, out _);
        }

        w.X[c] = x;
        w.Iterations[c] += iterations;
        w.Residual[c] = Math.Abs(r) / m.WorldScale[c];
        w.Converged[c] = converged;
        w.ExitReason[c] = converged ? (iterations == 0 ? "the starting price clears the market" : "the market clears within tolerance") : reason;
    }
}
