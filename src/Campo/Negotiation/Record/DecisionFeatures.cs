using Campo.Domain;

namespace Campo.Negotiation.Record;

/// <summary>
/// What the estimated decision model reads of one member under one draft, every payoff relative to its stake.
/// </summary>
/// <param name="Farmers">Farmers' surplus change over the member's farm output at 2005 world prices (a fraction).</param>
/// <param name="Exports">Export value change over the same farm output (a fraction): its offensive interest.</param>
/// <param name="RedLine">1 when a red line fires on a commodity that matters to it, else 0.</param>
/// <param name="Link">The package's shortfall against its stated conditions (0 at best, negative otherwise).</param>
/// <param name="HasPayoff">False for members without market data (payoff terms 0).</param>
public readonly record struct MemberFeatures(double Farmers, double Exports, double RedLine, double Link, bool HasPayoff)
{
    /// <summary>The predictors x of the index z = β·x: 1, −100·farmers, −100·exports, red line, −link (larger is worse for the member).</summary>
    public void Predictors(Span<double> x)
    {
        x[0] = 1;
        x[1] = HasPayoff ? -100 * Farmers : 0;
        x[2] = HasPayoff ? -100 * Exports : 0;
        x[3] = RedLine;
        x[4] = -Link;
    }
}

/// <summary>A red line that fired, for the replay.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Name">Its name.</param>
/// <param name="Share">Its share of the member's farm output.</param>
/// <param name="PriceChange">Its producer price change (fraction).</param>
/// <param name="Surge">True when the import surge fired (else the price fall).</param>
/// <param name="ImportRise">Its imports' rise over the alternative (fraction; infinite from none).</param>
public sealed record RedLineHit(CommodityId Commodity, string Name, double Share, double PriceChange, bool Surge, double ImportRise);

/// <summary>One member of an event as the estimated model sees it.</summary>
/// <param name="Id">The member.</param>
/// <param name="Features">Its features.</param>
/// <param name="TradeShare">Its market region's share of world farm trade at 2005 world prices.</param>
/// <param name="Region">Its model region index or −1.</param>
/// <param name="RepresentedBy">Index of the member that speaks for it, or −1.</param>
/// <param name="Coalitions">The coalition codes it belongs to on the date.</param>
/// <param name="RedLines">The red lines that fired.</param>
/// <param name="Unmet">The issues whose shortfall counts against the package for it.</param>
public sealed record EventMember(MemberId Id, MemberFeatures Features, double TradeShare, int Region, int RepresentedBy, IReadOnlyList<string> Coalitions, IReadOnlyList<RedLineHit> RedLines, IReadOnlyList<string> Unmet);
