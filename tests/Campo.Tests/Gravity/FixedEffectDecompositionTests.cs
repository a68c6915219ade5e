using Campo.Gravity.Data;
using Campo.Gravity.Estimation;

namespace Campo.Tests.Gravity;

/// <summary>Splitting a fitted fixed-effect part into its levels' values (the panel mode's pair costs and fill predictions).</summary>
public class FixedEffectDecompositionTests
{
    [Fact]
    public void The_values_of_the_levels_predict_a_row_the_fit_did_not_use()
    {
        // Hand calculation: f = a_exporter + b_importer with a = (A 1, B 2, C 4), b = (A 0, B −1, C 3) on 8 of the
        // 9 rows (C→C left out, NaN). The split is unique up to a constant moved from a to b, so a_C + b_C = 4 + 3 = 7
        // is determined, and so is every a_i + b_j.
        var a = new Dictionary<string, double> { ["A"] = 1, ["B"] = 2, ["C"] = 4 };
        var b = new Dictionary<string, double> { ["A"] = 0, ["B"] = -1, ["C"] = 3 };
        var exporters = new List<string?>();
        var importers = new List<string?>();
        var values = new List<double>();
        foreach (var e in a.Keys)
        {
            foreach (var i in b.Keys)
            {
                exporters.Add(e);
                importers.Add(i);
                values.Add(e == "C" && i == "C" ? double.NaN : a[e] + b[i]);
            }
        }

        var table = GravityTable.FromColumns("hand", new Dictionary<string, double[]>(), new Dictionary<string, string?[]> { ["exporter"] = [.. exporters], ["importer"] = [.. importers] });

        var levels = FixedEffectDecomposition.Decompose(table, [["exporter"], ["importer"]], [.. values], 1);

        Assert.Equal(7.0, levels[0]["C"] + levels[1]["C"], 10);
        Assert.Equal(1.0 + 3.0, levels[0]["A"] + levels[1]["C"], 10);
        Assert.Equal(2.0 - 1.0, levels[0]["B"] + levels[1]["B"], 10);
    }
}
