using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>
/// Resolves each member's <see cref="MemberPreferences"/> from a scenario's <c>[decision]</c> section. For every
/// setting the most specific level that sets it wins: the member's own table, then its coalitions' tables (in file
/// order), then its status group's table, then the keys written directly in <c>[decision]</c>, then the preset and
/// the model's defaults (<see cref="NegotiationDefaults"/>).
/// </summary>
public sealed class PreferenceBook
{
    private readonly DecisionSettings _settings;

    private PreferenceBook(DecisionSettings settings) => _settings = settings;

    /// <summary>Checks the overrides against the coalitions and members known on the date and builds the book.</summary>
    /// <param name="settings">The scenario's decision settings.</param>
    /// <param name="knownCoalitions">Coalition codes the model knows (case-insensitive).</param>
    /// <param name="isMember">True for the members present on the scenario's date.</param>
    /// <exception cref="CampoException">An override names an unknown coalition or a member absent on the date.</exception>
    public static PreferenceBook Build(DecisionSettings settings, IReadOnlyCollection<string> knownCoalitions, Func<MemberId, bool> isMember)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(knownCoalitions);
        ArgumentNullException.ThrowIfNull(isMember);
        foreach (var entry in settings.Overrides)
        {
            if (entry.Scope == OverrideScope.Coalition && !knownCoalitions.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
            {
                throw new CampoException(
                    "unknown coalition \"" + entry.Key + "\"",
                    Errors.Suggestions.DidYouMean(entry.Key, knownCoalitions, "one of " + string.Join(", ", knownCoalitions)),
                    entry.Location);
            }

            if (entry.Scope == OverrideScope.Member && !isMember(new MemberId(entry.Key)))
            {
                throw new CampoException("\"" + entry.Key + "\" is not a WTO member on the scenario's date", "name a member present on base.members_at (campo data members lists them)", entry.Location);
            }
        }

        return new PreferenceBook(settings);
    }

    /// <summary>The preferences of one member.</summary>
    /// <param name="member">The member.</param>
    /// <param name="status">Its development status on the date.</param>
    /// <param name="coalitions">The coalition codes it belongs to.</param>
    public MemberPreferences For(MemberId member, DevelopmentStatus status, IReadOnlyCollection<string> coalitions)
    {
        ArgumentNullException.ThrowIfNull(coalitions);
        var levels = new List<(string Name, DecisionProfile Profile)>();
        foreach (var entry in _settings.Overrides.Where(o => o.Scope == OverrideScope.Member && new MemberId(o.Key) == member))
        {
            levels.Add(("member." + entry.Key, entry.Profile));
        }

        foreach (var entry in _settings.Overrides.Where(o => o.Scope == OverrideScope.Coalition && coalitions.Contains(o.Key, StringComparer.OrdinalIgnoreCase)))
        {
            levels.Add(("coalition." + entry.Key, entry.Profile));
        }

        var statusKey = ScenarioReader.StatusKeys.First(k => k.Value == status).Key;
        foreach (var entry in _settings.Overrides.Where(o => o.Scope == OverrideScope.Status && o.Key == statusKey))
        {
            levels.Add(("status." + entry.Key, entry.Profile));
        }

        levels.Add(("decision", _settings.Defaults));
        var preset = NegotiationDefaults.PresetWeights(_settings.Weights, status);
        var used = new List<string>();
        double Pick(Func<DecisionProfile, double?> get, double fallback, string key)
        {
            foreach (var (name, profile) in levels)
            {
                if (get(profile) is { } value)
                {
                    used.Add(name + "." + key);
                    return value;
                }
            }

            return fallback;
        }

        var weights = new GovernmentWeights(
            Pick(p => p.Producer, preset.Producer, "producer"),
            Pick(p => p.Consumer, preset.Consumer, "consumer"),
            Pick(p => p.Government, preset.Government, "government"),
            Pick(p => p.QuotaRent, preset.QuotaRent, "quota_rent"),
            Pick(p => p.Exports, preset.Exports, "exports"));
        var threshold = Pick(p => p.Threshold, 0, "threshold");
        var priceFall = Pick(p => p.PriceFall, NegotiationDefaults.PriceFall, "price_fall");
        var surge = Pick(p => p.ImportSurge, NegotiationDefaults.ImportSurge, "import_surge");
        var floor = Pick(p => p.SurgeFloor, NegotiationDefaults.SurgeFloor, "surge_floor");
        var enabled = true;
        foreach (var (name, profile) in levels)
        {
            if (profile.RedLines is { } on)
            {
                enabled = on;
                used.Add(name + ".red_lines");
                break;
            }
        }

        var source = "preset " + _settings.Weights.ToString().ToLowerInvariant() + (used.Count == 0 ? string.Empty : "; set in the scenario: " + string.Join(", ", used));
        return new MemberPreferences(weights, threshold, new RedLines(enabled, priceFall, surge, floor), source);
    }
}
