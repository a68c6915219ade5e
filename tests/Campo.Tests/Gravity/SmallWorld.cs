using Campo.Gravity.Data;

namespace Campo.Tests.Gravity;

/// <summary>
/// A made-up three-country world with domestic flows, for behaviour and invariant tests (no figure asserted from it
/// is a published one).
/// </summary>
internal static class SmallWorld
{
    public static GravityTable Table(int duplicateRow = -1)
    {
        string[] exp = ["A", "A", "A", "B", "B", "B", "C", "C", "C"];
        string[] imp = ["A", "B", "C", "A", "B", "C", "A", "B", "C"];
        double[] trade = [100, 20, 5, 18, 90, 9, 6, 8, 70];
        double[] dist = [1, 2, 3, 2, 1, 2.5, 3, 2.5, 1];
        var rows = Enumerable.Range(0, exp.Length).ToList();
        if (duplicateRow >= 0)
        {
            rows.Add(duplicateRow);
        }

        return GravityTable.FromColumns(
            "small world",
            new Dictionary<string, double[]> { ["trade"] = rows.Select(r => trade[r]).ToArray(), ["dist"] = rows.Select(r => dist[r]).ToArray() },
            new Dictionary<string, string?[]> { ["exp"] = rows.Select(r => exp[r]).ToArray(), ["imp"] = rows.Select(r => imp[r]).ToArray() });
    }
}
