using Campo.Domain;

namespace Campo.Negotiation;

/// <summary>
/// The values the negotiation model uses when a scenario's <c>[decision]</c> section is silent, each with its source
/// or stated as an assumption. Every output lists those in use.
/// </summary>
public static class NegotiationDefaults
{
    /// <summary>Source of the staples list.</summary>
    public const string StaplesSource = "cereals, pulses, roots and tubers: the staples that supply about 90% of the world's food calories (\"Staple food\", https://en.wikipedia.org/wiki/Staple_food, a secondary source); the list of IMPACT commodities is Campo's assumption";

    /// <summary>
    /// The coalitions that hold a common position by default: the four blocs that rejected the Cancún draft (reference
    /// §1.4-1.5), and the G-10 of net food importers, "a group coordinated by Switzerland, which defends common positions
    /// in the agricultural negotiations at the WTO" (Swiss government, 26 Feb 2024,
    /// https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-100195.html). Each acts as a bloc only from its
    /// formation on (data/negotiation/formation.csv).
    /// </summary>
    public static IReadOnlyList<string> Coalitions { get; } = ["G20", "G33", "G90", "C4", "G10"];

    /// <summary>The default staples: IMPACT's cereals, pulses, roots and tubers.</summary>
    public static IReadOnlyList<CommodityId> Staples { get; } =
    [
        .. new[] { "whea", "rice", "maiz", "barl", "mill", "sorg", "ocer" }.Select(c => new CommodityId(c)),
        .. new[] { "bean", "chkp", "cowp", "lent", "pigp", "opul" }.Select(c => new CommodityId(c)),
        .. new[] { "cass", "pota", "swpt", "yams", "orat" }.Select(c => new CommodityId(c)),
    ];
}
