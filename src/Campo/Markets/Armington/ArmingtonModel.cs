using System.Globalization;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Markets.Armington;

/// <summary>
/// The bilateral Armington model of GSIM (Francois and Hall 2003; equations as in reference §2.2), for
/// preferential agreements such as NAFTA. Rows r are exporters, columns v importers, M_rv trade at world
/// prices, T_rv = 1 + t_rv:
/// <code>
///   θ_rv = M_rv·T_rv / Σ_s M_sv·T_sv            import shares at internal prices
///   φ_rv = M_rv / Σ_w M_rw                      export shares at world prices
///   N_rv,rv = θ_rv·E_m,v − (1 − θ_rv)·E_s,v      own-price demand elasticity
///   N_rv,sv = θ_sv·(E_m,v + E_s,v)               cross-price demand elasticity
///   P̂_rv = T̂_rv + p̂*_r,  T̂_rv = T1_rv/T0_rv − 1
///   M̂_rv = N_rv,rv·P̂_rv + Σ_{s≠r} N_rv,sv·P̂_sv
///   F_r(p̂*) = Σ_v φ_rv·M̂_rv − E_x,r·p̂*_r = 0     market clearing for each exporter
/// </code>
/// Algorithm: Newton's method on F with the analytic Jacobian J_rs = Σ_v φ_rv·N_rv,sv − E_x,r·δ_rs, solved by
/// Gaussian elimination with partial pivoting. F is linear in p̂*, so one step solves it; the loop continues
/// until max_r |F_r| ≤ Tolerance (default 1e-12; F is a pure number, a share-weighted proportional quantity
/// change, so the test does not depend on the currency unit of the flows), at most MaxIterations steps.
/// Welfare (reference §2.2, GSIM's formulas, reproduced by the golden test of §2.4):
/// <code>
///   ΔPS_r = p̂*_r·X_r·(1 + ½·E_x,r·p̂*_r),  X_r = Σ_v M_rv
///   ΔCS_v = −V_v·P̂_v + ½·V_v·P̂_v²·sign(P̂_v)·E_m,v,  V_v = Σ_r M_rv·T0_rv,  P̂_v = Σ_r θ_rv·P̂ᵉ_rv
///   ΔTR_v = Σ_r [M1_rv·(T1_rv − 1) − M0_rv·(T0_rv − 1)],  M1 = M0·(1 + M̂)·(1 + p̂*)
/// </code>
/// where the consumer-surplus step uses the exact internal price change P̂ᵉ_rv = (1 + p̂*_r)·T1_rv/T0_rv − 1
/// (the implementation note of reference §2.2). The sign(P̂) term is GSIM's as published: for a rise in the
/// composite price it adds to the loss rather than taking the linear-demand triangle off it; see
/// <c>docs/models/armington.md</c>.
/// </summary>
public sealed class ArmingtonModel
{
    private readonly MemberId[] _regions;
    private readonly double[] _em;
    private readonly double[] _ex;
    private readonly double[] _es;
    private readonly double[,] _trade;
    private readonly double[,] _tariff0;
    private readonly Dictionary<MemberId, int> _index;

    private ArmingtonModel(ArmingtonBase data, double[] em, double[] ex, double[] es, double[,] trade, double[,] tariff0)
    {
        Product = data.Product;
        SourceName = data.SourceName;
        _regions = data.Regions.Select(r => r.Region).ToArray();
        _index = _regions.Select((r, i) => (r, i)).ToDictionary(t => t.r, t => t.i);
        (_em, _ex, _es, _trade, _tariff0) = (em, ex, es, trade, tariff0);
    }

    /// <summary>The product.</summary>
    public CommodityId Product { get; }

    /// <summary>The regions, in the order given.</summary>
    public IReadOnlyList<MemberId> Regions => _regions;

    /// <summary>Convergence: max |F_r|, a pure number (share-weighted proportional quantity change). Default 1e-12.</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>Cap on Newton steps. Default 50.</summary>
    public int MaxIterations { get; init; } = 50;

    internal string SourceName { get; }

    internal int Count => _regions.Length;

    /// <summary>Checks the base data and builds the model.</summary>
    /// <exception cref="CampoException">A wrong-signed elasticity, a negative flow, an unknown or repeated region
    /// or pair; the message names the data, region and field.</exception>
    public static ArmingtonModel Build(ArmingtonBase data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.Regions.Count;
        var index = new Dictionary<MemberId, int>();
        var em = new double[n];
        var ex = new double[n];
        var es = new double[n];
        for (var i = 0; i < n; i++)
        {
            var r = data.Regions[i];
            if (!index.TryAdd(r.Region, i))
            {
                throw Error(data.SourceName, $"{r.Region} region", $"{r.Region} is listed twice", "each region once");
            }

            Check(data.SourceName, r.Region, "importDemandElasticity", r.ImportDemandElasticity, e => e <= 0, "an import demand elasticity of at most 0");
            Check(data.SourceName, r.Region, "exportSupplyElasticity", r.ExportSupplyElasticity, e => e >= 0, "an export supply elasticity of at least 0");
            Check(data.SourceName, r.Region, "substitutionElasticity", r.SubstitutionElasticity, e => e >= 0, "a substitution elasticity of at least 0");
            (em[i], ex[i], es[i]) = (r.ImportDemandElasticity, r.ExportSupplyElasticity, r.SubstitutionElasticity);
        }

        var trade = new double[n, n];
        var tariff = new double[n, n];
        var seen = new HashSet<(int, int)>();
        foreach (var f in data.Flows)
        {
            var field = $"{f.Exporter} {f.Importer} value";
            if (!index.TryGetValue(f.Exporter, out var r) || !index.TryGetValue(f.Importer, out var v))
            {
                throw Error(data.SourceName, field, $"the flow from {f.Exporter} to {f.Importer} names a region not in the model", "regions listed in the model");
            }

            if (!seen.Add((r, v)))
            {
                throw Error(data.SourceName, field, $"the flow from {f.Exporter} to {f.Importer} appears twice", "one flow per pair");
            }

            if (!(f.Value.Value >= 0))
            {
                throw Error(data.SourceName, field, $"the flow from {f.Exporter} to {f.Importer} is {f.Value.Value.ToString("G6", CultureInfo.InvariantCulture)}", "a value of at least 0");
            }

            trade[r, v] = f.Value.Value;
            tariff[r, v] = f.Tariff.Factor;
        }

        for (var r = 0; r < n; r++)
        {
            for (var v = 0; v < n; v++)
            {
                if (tariff[r, v] == 0)
                {
                    tariff[r, v] = 1.0;
                }
            }
        }

        return new ArmingtonModel(data, em, ex, es, trade, tariff);
    }

    /// <summary>Solves the model under a shock; a pure function of base and shock.</summary>
    /// <exception cref="CampoException">The shock names an unknown region or a pair twice.</exception>
    public ArmingtonSolution Solve(ArmingtonShock? shock = null) => Solve(shock ?? ArmingtonShock.None, _em, _ex, _es);

    /// <summary>Solves each shock of a path (for instance one per year of a phase-in) against the same base.</summary>
    public IReadOnlyList<ArmingtonSolution> SolvePath(IEnumerable<ArmingtonShock> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Select(s => Solve(s)).ToList();
    }

    internal ArmingtonSolution Solve(ArmingtonShock shock, double[] em, double[] ex, double[] es) =>
        ArmingtonSolver.Solve(this, NewTariffs(shock), shock.Name, em, ex, es);

    internal double[,] Trade => _trade;

    internal double[,] Tariff0 => _tariff0;

    internal double[] ImportDemandElasticity => _em;

    internal double[] ExportSupplyElasticity => _ex;

    internal double[] SubstitutionElasticity => _es;

    private double[,] NewTariffs(ArmingtonShock shock)
    {
        var t1 = (double[,])_tariff0.Clone();
        var seen = new HashSet<(int, int)>();
        foreach (var c in shock.Changes)
        {
            var field = $"{c.Exporter} {c.Importer} tariff";
            if (!_index.TryGetValue(c.Exporter, out var r) || !_index.TryGetValue(c.Importer, out var v))
            {
                throw Error(shock.Name, field, $"the shock changes the tariff from {c.Exporter} to {c.Importer}, a region not in the model", "regions listed in the model");
            }

            if (!seen.Add((r, v)))
            {
                throw Error(shock.Name, field, $"the shock changes the tariff from {c.Exporter} to {c.Importer} twice", "one change per pair");
            }

            t1[r, v] = c.Tariff.Factor;
        }

        return t1;
    }

    private static void Check(string source, MemberId region, string field, double value, Func<double, bool> ok, string expected)
    {
        if (!double.IsFinite(value) || !ok(value))
        {
            throw Error(source, $"{region} {field}", $"{field} of {region} is {value.ToString("G6", CultureInfo.InvariantCulture)}", expected);
        }
    }

    private static CampoException Error(string source, string field, string problem, string expected) =>
        new(problem, expected, new SourceLocation(source, null, null, field));
}
