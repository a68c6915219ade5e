using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios.Toml;

namespace Campo.Scenarios;

/// <summary>
/// Reads the <c>[decision]</c> section (docs/scenarios.md): the decision rule, the coalitions with a common
/// position and their rule, the government weights and red lines, with overrides by status group, coalition and
/// member. Names of coalitions, members and commodities are checked against the dataset when the draft is
/// negotiated; this reader checks types, ranges and keys.
/// </summary>
internal static class DecisionReader
{
    private static readonly Dictionary<string, DecisionRule> Rules = new(StringComparer.Ordinal)
    {
        ["consensus"] = DecisionRule.Consensus,
    };

    private static readonly Dictionary<string, CoalitionRule> CoalitionRules = new(StringComparer.Ordinal)
    {
        ["none"] = CoalitionRule.None,
        ["unanimity"] = CoalitionRule.Unanimity,
        ["majority"] = CoalitionRule.Majority,
        ["leaders"] = CoalitionRule.Leaders,
    };

    private static readonly Dictionary<string, WeightPreset> Presets = new(StringComparer.Ordinal)
    {
        ["welfare"] = WeightPreset.Welfare,
        ["gko"] = WeightPreset.Gko,
        ["exports"] = WeightPreset.Exports,
    };

    private static readonly Dictionary<string, NoDataRule> NoDataRules = new(StringComparer.Ordinal)
    {
        ["follow-coalitions"] = NoDataRule.FollowCoalitions,
        ["accept"] = NoDataRule.Accept,
    };

    private static readonly Dictionary<string, OverrideScope> Scopes = new(StringComparer.Ordinal)
    {
        ["status"] = OverrideScope.Status,
        ["coalition"] = OverrideScope.Coalition,
        ["member"] = OverrideScope.Member,
    };

    /// <summary>Reads the section; null gives the defaults.</summary>
    public static DecisionSettings Read(TomlTable? table)
    {
        if (table is null)
        {
            return new DecisionSettings(DecisionRule.Consensus, CoalitionRule.None);
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

        var rule = table.OptionalChoice("rule", Rules)?.Value ?? DecisionRule.Consensus;
        var coalitionRule = table.OptionalChoice("coalition_rule", CoalitionRules)?.Value ?? CoalitionRule.None;
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

        var settings = new DecisionSettings(rule, coalitionRule)
        {
            Coalitions = coalitions,
            Staples = staples,
            Baseline = baseline,
            Weights = table.OptionalChoice("weights", Presets)?.Value ?? WeightPreset.Welfare,
            NoData = table.OptionalChoice("no_data", NoDataRules)?.Value ?? NoDataRule.FollowCoalitions,
            Defaults = Profile(table),
            Leaders = Leaders(table.OptionalTable("leaders"), locations),
            Overrides = Overrides(table),
            Locations = locations,
        };
        table.EnsureAllKeysRead();
        return settings;
    }

    private static Dictionary<string, IReadOnlyList<MemberId>> Leaders(TomlTable? table, Dictionary<string, SourceLocation> locations)
    {
        var leaders = new Dictionary<string, IReadOnlyList<MemberId>>(StringComparer.OrdinalIgnoreCase);
        if (table is null)
        {
            return leaders;
        }

        foreach (var code in table.Keys.ToArray())
        {
            var texts = table.OptionalTexts(code) ?? [];
            var members = new List<MemberId>(texts.Count);
            foreach (var text in texts)
            {
                if (!MemberId.TryParse(text, out var id))
                {
                    throw table.ErrorAt(code, Messages.Fill(Messages.Common_NotMemberCode, text), Messages.Text(Messages.Decision_LeaderCodesFix));
                }

                members.Add(id);
            }

            if (members.Count == 0)
            {
                throw table.ErrorAt(code, Messages.Text(Messages.Decision_NoLeaders), Messages.Text(Messages.Decision_NoLeadersFix));
            }

            locations["leaders." + code] = table.LocationOf(code);
            leaders[code] = members;
        }

        table.EnsureAllKeysRead();
        return leaders;
    }

    private static List<ProfileOverride> Overrides(TomlTable decision)
    {
        var overrides = new List<ProfileOverride>();
        foreach (var (scopeKey, scope) in Scopes)
        {
            if (decision.OptionalTable(scopeKey) is not { } scopeTable)
            {
                continue;
            }

            foreach (var key in scopeTable.Keys.ToArray())
            {
                var location = scopeTable.LocationOf(key);
                var entry = scopeTable.OptionalTable(key) ?? throw scopeTable.ErrorAt(key, Messages.Text(Messages.Decision_ExpectedTable), Messages.Fill(Messages.Decision_ExpectedTableFix, scopeKey, key));
                if (scope == OverrideScope.Status && !ScenarioReader.StatusKeys.ContainsKey(key))
                {
                    throw scopeTable.ErrorAt(key, Messages.Fill(Messages.Decision_UnknownStatus, key), Messages.Fill(Messages.Common_OneOf, string.Join(", ", ScenarioReader.StatusKeys.Keys)));
                }

                if (scope == OverrideScope.Member && !MemberId.TryParse(key, out _))
                {
                    throw scopeTable.ErrorAt(key, Messages.Fill(Messages.Common_NotMemberCode, key), Messages.Text(Messages.Decision_MemberCodeFix));
                }

                var profile = Profile(entry);
                entry.EnsureAllKeysRead();
                overrides.Add(new ProfileOverride(scope, key, profile, location));
            }

            scopeTable.EnsureAllKeysRead();
        }

        return overrides;
    }

    private static DecisionProfile Profile(TomlTable table)
    {
        double? Weight(string key) => table.OptionalNumber(key, 0, 100);
        double? Share(string key, double max) => table.OptionalNumber(key, 0, max, "%") is { } v ? v / 100.0 : null;
        bool? redLines = table.Has("red_lines") ? table.Flag("red_lines", true) : null;
        table.Allow("red_lines");
        return new DecisionProfile
        {
            Producer = Weight("producer"),
            Consumer = Weight("consumer"),
            Government = Weight("government"),
            QuotaRent = Weight("quota_rent"),
            Exports = Weight("exports"),
            Threshold = table.OptionalNumber("threshold", -1e9, 1e9),
            PriceFall = Share("price_fall", 100),
            ImportSurge = Share("import_surge", 100_000),
            SurgeFloor = Share("surge_floor", 100),
            RedLines = redLines,
        };
    }
}
