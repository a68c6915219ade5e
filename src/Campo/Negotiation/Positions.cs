using Campo.Domain;

namespace Campo.Negotiation;

/// <summary>A member's position on a draft.</summary>
public enum Position
{
    /// <summary>It does not object.</summary>
    Accept,

    /// <summary>It formally objects: under consensus the draft fails.</summary>
    Object,
}

/// <summary>Why a member takes its position.</summary>
public enum ReasonKind
{
    /// <summary>Its farmers' and exporters' payoffs relative to its farm output make it dissatisfied.</summary>
    Payoff,

    /// <summary>A protected product's producer price falls beyond its red line.</summary>
    PriceRedLine,

    /// <summary>A staple's imports surge beyond its red line.</summary>
    SurgeRedLine,

    /// <summary>It takes its coalition's position.</summary>
    Coalition,

    /// <summary>It is dissatisfied but does not block: no coalition of its objects and it cannot block alone.</summary>
    Overruled,

    /// <summary>The package falls short of the conditions it (or its coalitions) stated on issues outside the market model.</summary>
    Linkage,

    /// <summary>It blocks alone: a large share of world farm trade, and its own farm terms dissatisfy it.</summary>
    BlocksAlone,

    /// <summary>Another member speaks for it (EU member states: the European Union).</summary>
    Represented,

    /// <summary>It has no market data; only the package's issues count for it.</summary>
    NoData,
}

/// <summary>One reason for a position.</summary>
/// <param name="Kind">The kind of reason.</param>
/// <param name="Text">The reason in plain words, with its size.</param>
/// <param name="Commodity">The commodity concerned, or null.</param>
/// <param name="Size">The size (million USD for payoffs; a fraction for prices and imports), or null.</param>
public sealed record Reason(ReasonKind Kind, string Text, CommodityId? Commodity = null, double? Size = null);

/// <summary>One commodity's measures against the alternative, as the red lines read them.</summary>
internal readonly record struct CellMeasure(WelfareParts Change, double PriceChange, double ImportsAlternative, double ImportsDraft, double ConsumptionDraft, bool Staple, bool Designated, double SelfSufficiency);
