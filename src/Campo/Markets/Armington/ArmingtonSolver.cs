using Campo.Domain;

namespace Campo.Markets.Armington;

/// <summary>The Newton solve and the welfare step of <see cref="ArmingtonModel"/> (equations there).</summary>
internal static class ArmingtonSolver
{
    public static ArmingtonSolution Solve(ArmingtonModel model, double[,] t1, string name, double[] em, double[] ex, double[] es)
    {
        var n = model.Count;
        var m0 = model.Trade;
        var t0 = model.Tariff0;
        var theta = new double[n, n];
        var phi = new double[n, n];
        var exportTotal = new double[n];
        for (var v = 0; v < n; v++)
        {
            var internalTotal = 0.0;
            for (var r = 0; r < n; r++)
            {
                internalTotal += m0[r, v] * t0[r, v];
            }

            for (var r = 0; r < n; r++)
            {
                theta[r, v] = internalTotal > 0 ? m0[r, v] * t0[r, v] / internalTotal : 0;
            }
        }

        for (var r = 0; r < n; r++)
        {
            for (var v = 0; v < n; v++)
            {
                exportTotal[r] += m0[r, v];
            }

            for (var v = 0; v < n; v++)
            {
                phi[r, v] = exportTotal[r] > 0 ? m0[r, v] / exportTotal[r] : 0;
            }
        }

        var tHat = new double[n, n];
        for (var r = 0; r < n; r++)
        {
            for (var v = 0; v < n; v++)
            {
                tHat[r, v] = (t1[r, v] / t0[r, v]) - 1;
            }
        }

        // Jacobian of F (constant: F is linear in p̂*).
        var jacobian = new double[n, n];
        for (var r = 0; r < n; r++)
        {
            for (var s = 0; s < n; s++)
            {
                var sum = 0.0;
                for (var v = 0; v < n; v++)
                {
                    sum += phi[r, v] * Elasticity(theta, em, es, r, s, v);
                }

                jacobian[r, s] = sum - (r == s ? ex[r] : 0);
            }
        }

        var p = new double[n];
        var f = new double[n];
        var iterations = 0;
        // F_r is a share-weighted proportional quantity change, a pure number: its tolerance must not scale with the
        // trade values (scaled by the largest export total, a model valued in dollars of 1e10 stopped before its first step).
        var tolerance = model.Tolerance;
        var reason = "the base prices clear every market";
        var converged = false;
        while (true)
        {
            Residual(theta, phi, tHat, em, es, ex, p, f);
            var norm = f.Max(Math.Abs);
            if (norm <= tolerance)
            {
                converged = true;
                if (iterations > 0)
                {
                    reason = "the markets clear within tolerance";
                }

                break;
            }

            if (iterations >= model.MaxIterations)
            {
                reason = $"the iteration cap of {model.MaxIterations} was reached";
                break;
            }

            var a = (double[,])jacobian.Clone();
            var rhs = f.Select(x => -x).ToArray();
            var step = new double[n];
            if (!DenseLinearSolver.TrySolve(a, rhs, step))
            {
                reason = "the Jacobian of the market-clearing equations is singular (an exporter with no sales and no supply response?)";
                break;
            }

            for (var r = 0; r < n; r++)
            {
                p[r] += step[r];
            }

            iterations++;
        }

        Residual(theta, phi, tHat, em, es, ex, p, f);
        var residual = f.Max(Math.Abs);
        return Report(model, name, converged, iterations, residual, reason, theta, tHat, t1, p, em, ex, es, exportTotal);
    }

    /// <summary>N_rv,sv: the elasticity of demand for r's variety in v with respect to the price of s's variety.</summary>
    private static double Elasticity(double[,] theta, double[] em, double[] es, int r, int s, int v) =>
        r == s ? (theta[r, v] * em[v]) - ((1 - theta[r, v]) * es[v]) : theta[s, v] * (em[v] + es[v]);

    private static double QuantityChange(double[,] theta, double[,] tHat, double[] em, double[] es, double[] p, int r, int v)
    {
        var n = p.Length;
        var sum = 0.0;
        for (var s = 0; s < n; s++)
        {
            sum += Elasticity(theta, em, es, r, s, v) * (tHat[s, v] + p[s]);
        }

        return sum;
    }

    private static void Residual(double[,] theta, double[,] phi, double[,] tHat, double[] em, double[] es, double[] ex, double[] p, double[] f)
    {
        var n = p.Length;
        for (var r = 0; r < n; r++)
        {
            var sum = 0.0;
            for (var v = 0; v < n; v++)
            {
                if (phi[r, v] != 0)
                {
                    sum += phi[r, v] * QuantityChange(theta, tHat, em, es, p, r, v);
                }
            }

            f[r] = sum - (ex[r] * p[r]);
        }
    }

    private static ArmingtonSolution Report(
        ArmingtonModel model,
        string name,
        bool converged,
        int iterations,
        double residual,
        string reason,
        double[,] theta,
        double[,] tHat,
        double[,] t1,
        double[] p,
        double[] em,
        double[] ex,
        double[] es,
        double[] exportTotal)
    {
        var n = p.Length;
        var m0 = model.Trade;
        var t0 = model.Tariff0;
        var m1 = new double[n, n];
        var flows = new List<BilateralFlowResult>();
        for (var r = 0; r < n; r++)
        {
            for (var v = 0; v < n; v++)
            {
                if (m0[r, v] == 0)
                {
                    continue;
                }

                var mHat = QuantityChange(theta, tHat, em, es, p, r, v);
                m1[r, v] = m0[r, v] * (1 + mHat) * (1 + p[r]);
                flows.Add(new BilateralFlowResult(model.Regions[r], model.Regions[v], new(new Usd(m0[r, v]), new Usd(m1[r, v])), new(t0[r, v], t1[r, v]), mHat));
            }
        }

        var regions = new List<ArmingtonRegionResult>(n);
        for (var i = 0; i < n; i++)
        {
            var ps = p[i] * exportTotal[i] * (1 + (0.5 * ex[i] * p[i]));
            double spending = 0, composite = 0, revenue = 0, imports0 = 0, imports1 = 0, exports1 = 0;
            for (var r = 0; r < n; r++)
            {
                spending += m0[r, i] * t0[r, i];
                composite += theta[r, i] * (((1 + p[r]) * t1[r, i] / t0[r, i]) - 1);
                revenue += (m1[r, i] * (t1[r, i] - 1)) - (m0[r, i] * (t0[r, i] - 1));
                imports0 += m0[r, i];
                imports1 += m1[r, i];
                exports1 += m1[i, r];
            }

            var cs = (-spending * composite) + (0.5 * spending * composite * composite * Math.Sign(composite) * em[i]);
            regions.Add(new ArmingtonRegionResult(
                model.Regions[i],
                p[i],
                composite,
                new(new Usd(exportTotal[i]), new Usd(exports1)),
                new(new Usd(imports0), new Usd(imports1)),
                new WelfareChange(new Usd(ps), new Usd(cs), new Usd(revenue), Usd.Zero, Usd.Zero, Usd.Zero)));
        }

        return new ArmingtonSolution(name, model.Product, converged, iterations, residual, reason, regions, flows);
    }
}
