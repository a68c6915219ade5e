using System.Globalization;
using Tomlyn;
using Tomlyn.Model;

namespace Campo.Gravity.Equilibrium;

/// <summary>Which general-equilibrium solver runs.</summary>
public enum CounterfactualSolver
{
    /// <summary>The exact hat-algebra fixed point (<see cref="HatAlgebraSolver"/>), the default.</summary>
    Exact,

    /// <summary>The Advanced Guide's iterative PPML procedure (<see cref="AdvancedGuideProcedure"/>).</summary>
    Guide,
}

/// <summary>Which way the results are read.</summary>
public enum CounterfactualDirection
{
    /// <summary>The effect of making the change: counterfactual relative to the baseline, (CFL − BLN)/BLN (default).</summary>
    Change,

    /// <summary>
    /// The effect of what exists, as the Advanced Guide reports an agreement in force (ch. 2, application 2,
    /// RTAsEffects.do): the baseline relative to the counterfactual without it, (BLN − CFL)/CFL.
    /// </summary>
    Effect,
}

/// <summary>One change to trade costs.</summary>
/// <param name="Variable">A regressor of the formula whose value changes (with <paramref name="Value"/>), or null.</param>
/// <param name="Value">The new value of <paramref name="Variable"/> for the chosen pairs.</param>
/// <param name="Coefficient">A regressor whose estimated coefficient is applied, times <paramref name="Indicator"/>, or null.</param>
/// <param name="Indicator">A column (0/1 or any number) multiplying <paramref name="Coefficient"/>'s estimate.</param>
/// <param name="Pairs">"all", "international", "domestic", or a list of exporter-importer pairs.</param>
/// <param name="Symmetric">Apply each listed pair in both directions.</param>
public sealed record CostChange(string? Variable, double Value, string? Coefficient, string? Indicator, PairSelection Pairs, bool Symmetric);

/// <summary>Which exporter-importer pairs a change applies to.</summary>
/// <param name="Kind">"all", "international", "domestic" or "list".</param>
/// <param name="List">The pairs when <paramref name="Kind"/> is "list".</param>
public sealed record PairSelection(string Kind, IReadOnlyList<(string Exporter, string Importer)> List)
{
    /// <summary>Every pair.</summary>
    public static PairSelection All { get; } = new("all", []);

    /// <summary>True when the pair is selected.</summary>
    public bool Contains(string exporter, string importer, bool symmetric) => Kind switch
    {
        "all" => true,
        "international" => exporter != importer,
        "domestic" => exporter == importer,
        _ => List.Any(p => (p.Exporter == exporter && p.Importer == importer) || (symmetric && p.Exporter == importer && p.Importer == exporter)),
    };
}

/// <summary>
/// A general-equilibrium counterfactual as a file: the data, the gravity model to estimate, the change in trade
/// costs and the solver. The format is documented in <c>docs/gravity-counterfactual.md</c>.
/// </summary>
public sealed record CounterfactualSpec
{
    /// <summary>A title for reports.</summary>
    public string Title { get; init; } = "Gravity counterfactual";

    /// <summary>The data file, resolved against the spec's folder.</summary>
    public required string Data { get; init; }

    /// <summary>The formula of the baseline estimation.</summary>
    public required string Formula { get; init; }

    /// <summary>Exporter column.</summary>
    public string Exporter { get; init; } = "exporter";

    /// <summary>Importer column.</summary>
    public string Importer { get; init; } = "importer";

    /// <summary>Rows kept for the estimation: each column must equal its value (a number or text) or one of its values (an array of them).</summary>
    public IReadOnlyDictionary<string, object> Filter { get; init; } = new Dictionary<string, object>();

    /// <summary>
    /// Panel mode: the fixed effect of the formula whose estimates are the pair trade costs (<c>pair_effects</c>),
    /// or null for the cross-section mode where trade costs are the regressors' terms alone.
    /// </summary>
    public string? PairEffects { get; init; }

    /// <summary>The year column (panel mode).</summary>
    public string Year { get; init; } = "year";

    /// <summary>The baseline year of the counterfactual, apart from the estimation sample (panel mode).</summary>
    public double? BaselineYear { get; init; }

    /// <summary>
    /// The right-hand side of the regression that fills the pair costs of pairs without an estimated pair effect
    /// (PPML of t̄_ij on these terms over the baseline year's international pairs that have one), or null.
    /// </summary>
    public string? Fill { get; init; }

    /// <summary>Coefficients fixed rather than estimated (term label, such as <c>rta</c> or <c>log(dist)</c>, to value).</summary>
    public IReadOnlyDictionary<string, double> FixedCoefficients { get; init; } = new Dictionary<string, double>();

    /// <summary>With <see cref="CounterfactualDirection.Effect"/>: the factory-gate price as the Guide reports it (first order, −p) rather than exactly.</summary>
    public bool FirstOrderPriceEffect { get; init; }

    /// <summary>Trade elasticity θ (= σ − 1).</summary>
    public required double Theta { get; init; }

    /// <summary>Reference country (numeraire: its inward resistance is fixed, as in the Guide), or null for constant world output.</summary>
    public string? Reference { get; init; }

    /// <summary>Imbalances.</summary>
    public TradeImbalance Imbalance { get; init; } = TradeImbalance.Multiplicative;

    /// <summary>True to start from the fitted flows (the estimated model), false for the observed ones (ge_gravity).</summary>
    public bool FittedBaseline { get; init; } = true;

    /// <summary>The solver.</summary>
    public CounterfactualSolver Solver { get; init; } = CounterfactualSolver.Exact;

    /// <summary>For the Guide's solver: its own stopping rule (true) or full convergence.</summary>
    public bool GuideStoppingRule { get; init; } = true;

    /// <summary>Which way the results are read (the change, or the effect of what exists).</summary>
    public CounterfactualDirection Direction { get; init; } = CounterfactualDirection.Change;

    /// <summary>Tolerance of the exact solver.</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>The changes.</summary>
    public required IReadOnlyList<CostChange> Changes { get; init; }

    /// <summary>Reads a spec file.</summary>
    /// <exception cref="GravityException">The file is missing, not TOML, or a key is wrong; the message names the line.</exception>
    public static CounterfactualSpec Load(string path, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = displayName ?? path;
        if (!File.Exists(path))
        {
            throw new GravityException("file not found", "give the path of a counterfactual .toml file (see docs/gravity-counterfactual.md)", new GravityLocation(name));
        }

        var text = File.ReadAllText(path);
        TomlTable model;
        try
        {
            model = TomlSerializer.Deserialize<TomlTable>(text) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            throw new GravityException(e.Message.Split('\n')[0], "fix the TOML syntax", new GravityLocation(name, e.Line + 1, e.Column + 1));
        }
        catch (ArgumentOutOfRangeException e)
        {
            // Tomlyn's lexer fails while writing its own message about a \u or \U escape that is not a character (cut
            // short at the end of the file, or a surrogate): found by fuzzing (tests/Campo.Tests/Fuzz/Regressions).
            throw new GravityException("a \\u or \\U escape that is not a character", "fix the TOML syntax: \\u takes 4 hexadecimal digits, \\U 8, naming a character", new GravityLocation(name), e);
        }

        var reader = new Reader(name, text);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            "title", "data", "formula", "exporter", "importer", "filter", "sigma", "theta", "reference", "imbalance",
            "baseline", "solver", "stopping", "tolerance", "change", "direction",
            "pair_effects", "year", "baseline_year", "fill", "coefficients", "price_effect",
        };
        foreach (var key in model.Keys)
        {
            if (!known.Contains(key))
            {
                throw reader.Error(key, $"unknown key '{key}'", "the keys are: " + string.Join(", ", known.Order(StringComparer.Ordinal)));
            }
        }

        double theta;
        if (model.ContainsKey("theta") && model.ContainsKey("sigma"))
        {
            throw reader.Error("theta", "both theta and sigma are given", "give one: theta = sigma − 1");
        }

        if (model.TryGetValue("theta", out var t))
        {
            theta = reader.Number("theta", t);
        }
        else if (model.TryGetValue("sigma", out var s))
        {
            theta = reader.Number("sigma", s) - 1;
        }
        else
        {
            throw reader.Error("sigma", "no trade elasticity", "give sigma (elasticity of substitution, e.g. 7) or theta (trade elasticity, e.g. 4)");
        }

        if (!(theta > 0))
        {
            throw reader.Error(model.ContainsKey("theta") ? "theta" : "sigma", $"the trade elasticity θ = {theta.ToString(CultureInfo.InvariantCulture)} is not positive", "sigma is above 1 (theta above 0)");
        }

        var filter = new Dictionary<string, object>(StringComparer.Ordinal);
        if (model.TryGetValue("filter", out var f))
        {
            if (f is not TomlTable ft)
            {
                throw reader.Error("filter", "filter is not a table", "write filter = { year = 2006 }");
            }

            foreach (var (key, value) in ft)
            {
                filter[key] = value switch
                {
                    string str => str,
                    TomlArray list when list.Count > 0 => list.Select(item => item is string text ? (object)text : reader.Number(key, item!)).ToList(),
                    TomlArray => throw reader.Error("filter", $"the filter on '{key}' lists no value", "write filter = { year = [1986, 1990] } or filter = { year = 2006 }"),
                    _ => reader.Number(key, value),
                };
            }
        }

        var fixedCoefficients = new Dictionary<string, double>(StringComparer.Ordinal);
        if (model.TryGetValue("coefficients", out var co))
        {
            if (co is not TomlTable ct)
            {
                throw reader.Error("coefficients", "coefficients is not a table", "write [coefficients] with lines such as rta = 0.557, or coefficients = { rta = 0.557 }");
            }

            foreach (var (key, value) in ct)
            {
                fixedCoefficients[key] = reader.Number(key, value);
            }
        }

        string? pairEffects = model.TryGetValue("pair_effects", out var pe) ? reader.Text("pair_effects", pe) : null;
        double? baselineYear = model.TryGetValue("baseline_year", out var by) ? reader.Number("baseline_year", by) : null;
        string? fill = model.TryGetValue("fill", out var fl) ? reader.Text("fill", fl) : null;
        if (pairEffects is null && (baselineYear is not null || fill is not null))
        {
            throw reader.Error(baselineYear is not null ? "baseline_year" : "fill", "baseline_year and fill belong to the panel mode", "name the pair fixed effect of the formula whose estimates are the trade costs: pair_effects = \"pair_id\"");
        }

        if (pairEffects is not null && baselineYear is null)
        {
            throw reader.Error("pair_effects", "the panel mode needs the baseline year of the counterfactual", "add baseline_year = 1994 (a year of the data)");
        }

        var changes = new List<CostChange>();
        if (model.TryGetValue("change", out var c))
        {
            if (c is not TomlTableArray array)
            {
                throw reader.Error("change", "change is not an array of tables", "write each change as a [[change]] section");
            }

            foreach (var table in array)
            {
                changes.Add(reader.Change(table));
            }
        }

        if (changes.Count == 0)
        {
            throw reader.Error("change", "no [[change]] section", "describe at least one change in trade costs");
        }

        return new CounterfactualSpec
        {
            Title = model.TryGetValue("title", out var title) ? reader.Text("title", title) : "Gravity counterfactual",
            Data = Path.GetFullPath(reader.Text("data", reader.Required(model, "data")), folder),
            Formula = reader.Text("formula", reader.Required(model, "formula")),
            Exporter = model.TryGetValue("exporter", out var ex) ? reader.Text("exporter", ex) : "exporter",
            Importer = model.TryGetValue("importer", out var im) ? reader.Text("importer", im) : "importer",
            Filter = filter,
            Theta = theta,
            Reference = model.TryGetValue("reference", out var r) ? reader.Text("reference", r) : null,
            Imbalance = reader.Choice("imbalance", model, "multiplicative", "additive", "multiplicative") == "additive" ? TradeImbalance.Additive : TradeImbalance.Multiplicative,
            FittedBaseline = reader.Choice("baseline", model, "fitted", "fitted", "observed") == "fitted",
            Solver = reader.Choice("solver", model, "exact", "exact", "guide") == "guide" ? CounterfactualSolver.Guide : CounterfactualSolver.Exact,
            GuideStoppingRule = reader.Choice("stopping", model, "guide", "guide", "full") == "guide",
            Direction = reader.Choice("direction", model, "change", "change", "effect") == "effect" ? CounterfactualDirection.Effect : CounterfactualDirection.Change,
            Tolerance = model.TryGetValue("tolerance", out var tol) ? reader.Number("tolerance", tol) : 1e-12,
            Changes = changes,
            PairEffects = pairEffects,
            Year = model.TryGetValue("year", out var yc) ? reader.Text("year", yc) : "year",
            BaselineYear = baselineYear,
            Fill = fill,
            FixedCoefficients = fixedCoefficients,
            FirstOrderPriceEffect = reader.Choice("price_effect", model, "exact", "exact", "first-order") == "first-order",
        };
    }

    /// <summary>Reads values with errors that name the key and its line.</summary>
    private sealed class Reader(string file, string text)
    {
        public GravityException Error(string key, string problem, string expected) =>
            new(problem, expected, new GravityLocation(file, LineOf(key), null, key));

        public object Required(TomlTable table, string key) =>
            table.TryGetValue(key, out var value) ? value : throw Error(key, $"'{key}' is missing", $"add {key} = ... (see docs/gravity-counterfactual.md)");

        public string Text(string key, object value) =>
            value as string ?? throw Error(key, $"'{key}' is not text", $"write {key} = \"...\"");

        public double Number(string key, object value) => value switch
        {
            long l => l,
            double d => d,
            _ => throw Error(key, $"'{key}' is not a number ('{value}')", $"write {key} = 7"),
        };

        public string Choice(string key, TomlTable table, string fallback, params string[] allowed)
        {
            if (!table.TryGetValue(key, out var value))
            {
                return fallback;
            }

            var s = Text(key, value);
            return allowed.Contains(s) ? s : throw Error(key, $"'{s}' is not a choice for {key}", "use one of: " + string.Join(", ", allowed));
        }

        public CostChange Change(TomlTable table)
        {
            string? variable = table.TryGetValue("variable", out var v) ? Text("variable", v) : null;
            string? coefficient = table.TryGetValue("coefficient", out var co) ? Text("coefficient", co) : null;
            if ((variable is null) == (coefficient is null))
            {
                throw Error("change", "a [[change]] needs either variable (with value) or coefficient (with indicator)", "write variable = \"rta\" and value = 1, or coefficient = \"eu_enlargement\" and indicator = \"new_eu_pair\"");
            }

            var value = 0.0;
            if (variable is not null)
            {
                value = Number("value", table.TryGetValue("value", out var val) ? val : throw Error("value", "a variable change needs its new value", "write value = 0"));
            }

            string? indicator = null;
            if (coefficient is not null)
            {
                indicator = table.TryGetValue("indicator", out var ind) ? Text("indicator", ind) : throw Error("indicator", "a coefficient change needs an indicator column", "write indicator = \"new_eu_pair\"");
            }

            var pairs = PairSelection.All;
            if (table.TryGetValue("pairs", out var p))
            {
                pairs = p switch
                {
                    string s when s is "all" or "international" or "domestic" => new PairSelection(s, []),
                    TomlArray list => new PairSelection("list", list.Select(item => item is TomlArray pair && pair.Count == 2 && pair[0] is string a && pair[1] is string b
                        ? (a, b)
                        : throw Error("pairs", $"'{item}' is not a pair", "write pairs = [[\"CAN\", \"USA\"], [\"MEX\", \"USA\"]]")).ToList()),
                    _ => throw Error("pairs", $"'{p}' is not a pair selection", "use \"all\", \"international\", \"domestic\" or a list of [exporter, importer] pairs"),
                };
            }

            var symmetric = table.TryGetValue("symmetric", out var sym) && sym is bool b2 && b2;
            return new CostChange(variable, value, coefficient, indicator, pairs, symmetric);
        }

        private int? LineOf(string key)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var trimmed = lines[i].TrimStart();
                if (trimmed.StartsWith(key, StringComparison.Ordinal) && trimmed[key.Length..].TrimStart().StartsWith('='))
                {
                    return i + 1;
                }

                if (trimmed.StartsWith("[[" + key, StringComparison.Ordinal) || trimmed.StartsWith("[" + key, StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }

            return null;
        }
    }
}
