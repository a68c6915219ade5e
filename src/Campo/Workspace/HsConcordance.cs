using Campo.Data.Csv;
using Campo.Domain;

namespace Campo.Workspace;

/// <summary>
/// The concordance from HS codes to the model's commodities (data/concordance/hs_impact.csv, embedded): each row maps
/// an HS heading or subheading prefix to one IMPACT commodity, with the heading's text as its basis; a line takes the
/// commodity of its longest matching prefix, and a line that matches none belongs to no model commodity. It is
/// Campo's stated mapping (an assumption, labelled in every output that uses it), built from the HS 2002 heading
/// texts and the FAO items each IMPACT commodity aggregates (data/default/commodities.csv); HS 2012 subheadings that
/// split a 2002 one (plantains, millet, cowpeas, pigeon peas, yams) are listed as well.
/// </summary>
public sealed class HsConcordance
{
    /// <summary>The label every output that uses the concordance carries.</summary>
    public const string Label = "HS to model-commodity concordance data/concordance/hs_impact.csv (Campo's mapping by HS 2002 heading text and IMPACT's FAO items: an assumption)";

    private readonly List<(string Prefix, CommodityId Commodity)> _rows;

    private HsConcordance(List<(string, CommodityId)> rows) => _rows = rows;

    /// <summary>The embedded concordance.</summary>
    public static HsConcordance Embedded { get; } = Load();

    /// <summary>The number of prefixes.</summary>
    public int Count => _rows.Count;

    /// <summary>The commodity of an HS code (its longest matching prefix), or null.</summary>
    public CommodityId? Of(string hsDigits)
    {
        ArgumentNullException.ThrowIfNull(hsDigits);
        CommodityId? best = null;
        var length = 0;
        foreach (var (prefix, commodity) in _rows)
        {
            if (prefix.Length > length && hsDigits.StartsWith(prefix, StringComparison.Ordinal))
            {
                best = commodity;
                length = prefix.Length;
            }
        }

        return best;
    }

    private static HsConcordance Load()
    {
        using var stream = typeof(HsConcordance).Assembly.GetManifestResourceStream("Campo.Workspace.hs_impact.csv")
            ?? throw new InvalidOperationException("the concordance is not embedded in the library");
        using var reader = new StreamReader(stream);
        var table = CsvTable.Read(reader, "data/concordance/hs_impact.csv", "hs_prefix", "commodity", "basis");
        var rows = new List<(string, CommodityId)>();
        foreach (var r in table.Records)
        {
            rows.Add((table.Required(r, "hs_prefix"), new CommodityId(table.Required(r, "commodity"))));
        }

        return new HsConcordance(rows);
    }
}
