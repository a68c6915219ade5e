using Campo.Errors;
using Campo.Scenarios.Toml;

namespace Campo.Scenarios;

/// <summary>
/// Reads the <c>[decision]</c> section (docs/scenarios.md): the decision rule, the coalitions with a common
/// position, the staples and the baseline. The keys of the stated acceptance rules (weights, thresholds, red lines,
/// coalition rule, leaders, overrides) are refused with an error: the decision model estimated on the record replaced
/// them. Names of coalitions, members and commodities are checked against the dataset when the draft is
/// negotiated; this reader checks types, ranges and keys.
/// </summary>
internal static class DecisionReader
{
    private static readonly Dictionary<string, DecisionRule> Rules = new(StringComparer.Ordinal)
    {
        ["consensus"] = DecisionRule.Consensus,
    };

    /// <summary>Keys of the stated acceptance rules the estimated decision model replaced: an error names them.</summary>
    private static readonly string[] Retired =
    [
        "weights", "coalition_rule", "no_data", "leaders", "producer", "consumer", "government", "quota_rent", "exports",
        "threshold", "price_fall", "import_surge", "surge_floor", "red_lines", "status", "coalition", "member",
    ];

    /// <summary>Reads the section; null gives the defaults.</summary>
    public static DecisionSettings Read(TomlTable? table)
    {
        if (table is null)
        {
            return new DecisionSettings(DecisionRule.Consensus);
        }

        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        IReadOnlyList<string>? Texts(string key)
        {
            var texts = table.OptionalTexts(key);
            if (texts is not null)
            {
                locations[key] = table.LocationOf(key);
            }

            return texts;
        }

        foreach (var key in Retired.Where(table.Has))
        {
            throw table.ErrorAt(key, Messages.Fill(Messages.Decision_Retired, key), Messages.Text(Messages.Decision_RetiredFix));
        }

        var rule = table.OptionalChoice("rule", Rules)?.Value ?? DecisionRule.Consensus;
        var coalitions = Texts("coalitions");
        var staples = Texts("staples");
        var baseline = table.OptionalText("baseline");
        if (baseline is not null)
        {
            locations["baseline"] = table.LocationOf("baseline");
            if (string.Equals(baseline, "status-quo", StringComparison.Ordinal))
            {
                baseline = null;
            }
        }

        var settings = new DecisionSettings(rule)
        {
            Coalitions = coalitions,
            Staples = staples,
            Baseline = baseline,
            Locations = locations,
        };
        table.EnsureAllKeysRead();
        return settings;
    }
}
