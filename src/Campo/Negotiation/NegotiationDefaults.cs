using Campo.Domain;
using Campo.Scenarios;

namespace Campo.Negotiation;

/// <summary>
/// The values the negotiation model uses when a scenario's <c>[decision]</c> section is silent, each with its source
/// or stated as an assumption. Every output lists those in use.
/// </summary>
public static class NegotiationDefaults
{
    /// <summary>Payoffs smaller than this (million USD a year, i.e. 1,000 US dollars) are numerical noise of the market solve and count as zero.</summary>
    public const double PayoffTolerance = 1e-3;

    /// <summary>Largest acceptable producer-price fall on a protected product: 15%.</summary>
    public const double PriceFall = 0.15;

    /// <summary>Largest acceptable rise of a staple's imports above the baseline: 10% (imports above 110% of the baseline).</summary>
    public const double ImportSurge = 0.10;

    /// <summary>Imports must exceed 10% of consumption for a surge to count.</summary>
    public const double SurgeFloor = 0.10;

    /// <summary>Source of <see cref="PriceFall"/>.</summary>
    public const string PriceFallSource = "15%: the Rev.4 special safeguard price trigger (price below 85% of the reference price), TN/AG/W/4/Rev.4 as summarised in reference market-models-and-modalities.md §5.6 [R, to verify]; used as a red line by assumption";

    /// <summary>Source of <see cref="ImportSurge"/>.</summary>
    public const string ImportSurgeSource = "10%: the Rev.4 special safeguard volume trigger (imports 110% of base), reference market-models-and-modalities.md §5.6 [R, to verify]; used as a red line by assumption";

    /// <summary>Source of <see cref="SurgeFloor"/>.</summary>
    public const string SurgeFloorSource = "10% of consumption: the special agricultural safeguard volume trigger's floor in Working Document No. 14 (\"[10]% of consumption\"), reference market-models-and-modalities.md §5.6 [V, a bracketed number]";

    /// <summary>Source of the zero threshold.</summary>
    public const string ThresholdSource = "0: a government accepts a draft that leaves it at least as well off as the alternative (participation constraint, Bagwell and Staiger 1999; Bouët and Laborde 2010; reference §2.1-2.2)";

    /// <summary>Source of the welfare preset.</summary>
    public const string WelfareSource = "equal weights (national welfare), the neutral default of reference §2.2 (Bagwell and Staiger 1999 participation constraint; Bouët and Laborde 2010 real-income objective)";

    /// <summary>Source of the GKO preset.</summary>
    public const string GkoSource = "Gawande, Krishna and Olarreaga (2015), Economics & Politics 27(2): developed members weigh producers most, developing members weigh tariff revenue heavily, few weigh consumers (reference §2.1, [V] for the pattern); the magnitudes 2 and 1 are Campo's assumption, not estimates";

    /// <summary>Source of the exports preset.</summary>
    public const string ExportsSource = "exports only: Bouët and Laborde (2010), \"trade liberalization is feasible only when the negotiators focus on national exports or GDP\" (reference §2.3, [V])";

    /// <summary>Source of the staples list.</summary>
    public const string StaplesSource = "cereals, pulses, roots and tubers: the staples that supply about 90% of the world's food calories (\"Staple food\", https://en.wikipedia.org/wiki/Staple_food, a secondary source); the list of IMPACT commodities is Campo's assumption";

    /// <summary>The coalitions that hold a common position by default: the four blocs that rejected the Cancún draft (reference §1.4-1.5).</summary>
    public static IReadOnlyList<string> Coalitions { get; } = ["G20", "G33", "G90", "C4"];

    /// <summary>The default staples: IMPACT's cereals, pulses, roots and tubers.</summary>
    public static IReadOnlyList<CommodityId> Staples { get; } =
    [
        .. new[] { "whea", "rice", "maiz", "barl", "mill", "sorg", "ocer" }.Select(c => new CommodityId(c)),
        .. new[] { "bean", "chkp", "cowp", "lent", "pigp", "opul" }.Select(c => new CommodityId(c)),
        .. new[] { "cass", "pota", "swpt", "yams", "orat" }.Select(c => new CommodityId(c)),
    ];

    /// <summary>Leading members by coalition, with their source, for the leaders rule.</summary>
    public static IReadOnlyDictionary<string, (IReadOnlyList<MemberId> Leaders, string Source)> Leaders { get; } =
        new Dictionary<string, (IReadOnlyList<MemberId>, string)>(StringComparer.OrdinalIgnoreCase)
        {
            ["G20"] = (Ids("ARG", "BRA", "CHN", "IND", "ZAF"), "the G-20 core group Argentina, Brazil, China, India, South Africa (Asia Times via reference §1.4, [V])"),
            ["G22"] = (Ids("ARG", "BRA", "CHN", "IND", "ZAF"), "the G-20 core group Argentina, Brazil, China, India, South Africa (Asia Times via reference §1.4, [V])"),
            ["G33"] = (Ids("IDN"), "Indonesia, coordinator of the G-33 (TWN, reference §1.4, [V])"),
            ["G90"] = (Ids("BGD", "BWA"), "Bangladesh, for the LDC Group, and Botswana, ACP coordinator, who spoke for the group at Cancún (reference §1.2.6 and §1.4, [V])"),
        };

    /// <summary>The preset weights for a status.</summary>
    public static GovernmentWeights PresetWeights(WeightPreset preset, DevelopmentStatus status) => preset switch
    {
        WeightPreset.Gko => status == DevelopmentStatus.Developed ? new GovernmentWeights(2, 1, 1, 1, 0) : new GovernmentWeights(1, 1, 2, 1, 0),
        WeightPreset.Exports => new GovernmentWeights(0, 0, 0, 0, 1),
        _ => GovernmentWeights.Welfare,
    };

    /// <summary>The source of a preset.</summary>
    public static string PresetSource(WeightPreset preset) => preset switch
    {
        WeightPreset.Gko => GkoSource,
        WeightPreset.Exports => ExportsSource,
        _ => WelfareSource,
    };

    private static MemberId[] Ids(params string[] codes) => codes.Select(c => new MemberId(c)).ToArray();
}
