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
public sealed record RedLineHit(CommodityId Commodity, string Name, double Share, double PriceChange, bool Surge);

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

/// <summary>Computes <see cref="EventMember"/>s from a negotiation session and the record's package data.</summary>
internal static class DecisionFeatureBuilder
{
    /// <summary>
    /// The features of every member present: stake S = Σ_c q_c0·pw_c0 (farm output at 2005 world prices, IMPACT
    /// commodities); farmers ΔPS/S and exports ΔX/S against the alternative; a red line fires on a commodity c that
    /// matters (q_c0·pw_c0 ≥ s·S, s = salient_output_share, and base production ≥ surge_floor of consumption) when
    /// it is a staple or a designated special or sensitive product whose producer price falls more than price_fall,
    /// or a staple whose imports rise more than import_surge above the alternative while exceeding surge_floor of
    /// consumption; the link is Σ over issues on the table of (delivered − 1) for a stated demand and −delivered for a
    /// stated opposition, over the stances of the member and of its coalitions (one per issue, the worst).
    /// </summary>
    public static EventMember[] Build(NegotiationSession session, NegotiationRecord record, IReadOnlyDictionary<string, double> package, DateOnly date)
    {
        var model = session.Model;
        var m = model.M;
        var setup = session.Setup;
        var salient = record.Setting("salient_output_share");
        var priceFall = record.Setting("price_fall");
        var surge = record.Setting("import_surge");
        var floor = record.Setting("surge_floor");
        var regions = m.Regions.Length;
        var stake = new double[regions];
        var trade = new double[regions];
        var worldTrade = 0.0;
        for (var k = 0; k < m.CellCount; k++)
        {
            var pw = m.WorldPrice0[m.CellCommodity[k]];
            stake[m.CellRegion[k]] += m.Supply0[k] * pw * 1e-6;
            var t = (m.Imports0[k] + m.Exports0[k]) * pw * 1e-6;
            trade[m.CellRegion[k]] += t;
            worldTrade += t;
        }

        var index = setup.Members.Select((x, i) => (x.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var result = new EventMember[setup.Members.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var member = setup.Members[i];
            var r = session.MemberRegion[i];
            var unmet = new List<string>();
            var link = Link(record, package, date, member.Id.Code, member.Coalitions, unmet);
            var hits = new List<RedLineHit>();
            MemberFeatures features;
            if (r >= 0 && stake[r] > 0)
            {
                var total = session.Central.RegionTotal[r] - session.Alternative.RegionTotal[r];
                for (var j = model.RegionCellStart[r]; j < model.RegionCellStart[r + 1]; j++)
                {
                    var k = model.RegionCells[j];
                    var share = m.Supply0[k] * m.WorldPrice0[m.CellCommodity[k]] * 1e-6 / stake[r];
                    var c = model.Measure(k, session.Central, session.Alternative);
                    if (share < salient || c.SelfSufficiency < floor)
                    {
                        continue;
                    }

                    var priceLine = (c.Staple || c.Designated) && c.PriceChange < -priceFall;
                    var surgeLine = c.Staple && c.ImportsDraft > (1 + surge) * c.ImportsAlternative && c.ImportsDraft > floor * c.ConsumptionDraft;
                    if (priceLine || surgeLine)
                    {
                        var (id, name) = model.Name(k);
                        hits.Add(new RedLineHit(id, name, share, c.PriceChange, !priceLine));
                    }
                }

                features = new MemberFeatures(total.Producer / stake[r], total.Exports / stake[r], hits.Count > 0 ? 1 : 0, link, true);
            }
            else
            {
                features = new MemberFeatures(0, 0, 0, link, false);
            }

            var represented = member.RepresentedBy is { } rep && index.TryGetValue(rep, out var ri) ? ri : -1;
            result[i] = new EventMember(member.Id, features, r >= 0 && worldTrade > 0 ? trade[r] / worldTrade : 0, r, represented, member.Coalitions, hits, unmet);
        }

        return result;
    }

    /// <summary>The package's shortfall for an actor and its coalitions (see <see cref="Build"/>).</summary>
    internal static double Link(NegotiationRecord record, IReadOnlyDictionary<string, double> package, DateOnly date, string actor, IReadOnlyCollection<string> coalitions, List<string>? unmet)
    {
        var worst = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in record.Stances)
        {
            if (!s.HoldsOn(date) || !package.TryGetValue(s.Issue, out var delivered))
            {
                continue;
            }

            if (!string.Equals(s.Actor, actor, StringComparison.OrdinalIgnoreCase) && !coalitions.Contains(s.Actor, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = s.Stance == IssueStance.Demands ? delivered - 1 : -delivered;
            worst[s.Issue] = Math.Min(worst.GetValueOrDefault(s.Issue, 0), value);
        }

        unmet?.AddRange(worst.Where(w => w.Value < 0).Select(w => w.Key).Order(StringComparer.Ordinal));
        return worst.Values.Sum();
    }
}
