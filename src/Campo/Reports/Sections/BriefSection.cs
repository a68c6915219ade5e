using Campo.Composition;
using Campo.Domain;
using Campo.Evaluation;
using Campo.Reports.Html;
using Campo.Reports.Localization;
using static Campo.Reports.Sections.ReportParts;

namespace Campo.Reports.Sections;

/// <summary>
/// The one-page brief in plain language: what the draft does to the focus member's farmers, consumers and
/// treasury, to the world, to groups of members, who gains and loses most, which world prices move, and how much
/// rests on numbers still to verify.
/// </summary>
public sealed class BriefSection : IReportSection<DraftEvaluation>
{
    /// <inheritdoc />
    public string Id => "brief";

    /// <inheritdoc />
    public bool AppliesTo(DraftEvaluation input, ReportContext context) => true;

    /// <inheritdoc />
    public void Write(HtmlBuilder html, DraftEvaluation input, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        html.Open("div", ("class", "brief"));
        html.Element("h2", t[nameof(Strings.Brief_Title)]);
        if (context.Focus is { } member && RegionOf(input, member) is { } region)
        {
            FocusParagraphs(html, input, context, member, region);
        }

        var w = input.World;
        html.Element("p", t.Fill(
            nameof(Strings.Brief_World),
            Clause(t, w.ProducerSurplus, nameof(Strings.Brief_FarmersGain), nameof(Strings.Brief_FarmersLose), nameof(Strings.Brief_FarmersSame)),
            Clause(t, w.ConsumerSurplus, nameof(Strings.Brief_ConsumersGain), nameof(Strings.Brief_ConsumersLose), nameof(Strings.Brief_ConsumersSame)),
            Clause(t, w.Government, nameof(Strings.Brief_TreasuriesGain), nameof(Strings.Brief_TreasuriesLose), nameof(Strings.Brief_TreasuriesSame)),
            Clause(t, w.QuotaRent, nameof(Strings.Brief_QuotaRentsGain), nameof(Strings.Brief_QuotaRentsLose), nameof(Strings.Brief_QuotaRentsSame)),
            Clause(t, w.Total, nameof(Strings.Brief_WorldGains), nameof(Strings.Brief_WorldLoses), nameof(Strings.Brief_WorldSame))));

        var status = input.Groups.Where(g => g.Group is RegionRoles.Developed or RegionRoles.Developing or RegionRoles.LeastDeveloped).ToArray();
        if (status.Length > 0)
        {
            var items = status.Select(g => t.Fill(nameof(Strings.Brief_GroupItem), t.Group(g.Group), t.Format.Money(g.Welfare.Total)));
            html.Element("p", t.Fill(nameof(Strings.Brief_Groups), string.Join(t[nameof(Strings.Word_ListSeparator)], items)));
        }

        var ranked = input.Regions.OrderByDescending(r => r.Welfare.Total).ToArray();
        if (ranked.Length >= 2 && ranked[0].Welfare.Total > Negligible && ranked[^1].Welfare.Total < -Negligible)
        {
            html.Element("p", t.Fill(
                nameof(Strings.Brief_LargestGainLoss),
                context.RegionName(ranked[0].Region, ranked[0].Name),
                MoneyWords(t, ranked[0].Welfare.Total),
                context.RegionName(ranked[^1].Region, ranked[^1].Name),
                MoneyWords(t, ranked[^1].Welfare.Total)));
        }

        var prices = input.WorldPrices.OrderByDescending(p => Math.Abs(p.Change)).Take(3)
            .Select(p => t.Fill(nameof(Strings.Brief_PriceItem), t.CommodityInSentence(p.Commodity, p.Name), t.Format.Change(p.Change)))
            .ToArray();
        if (prices.Length > 0)
        {
            html.Element("p", t.Fill(nameof(Strings.Brief_Prices), string.Join(", ", prices)));
        }

        var toVerify = input.Flagged.Count(f => f.Status == ParameterStatus.ToVerify);
        var assumed = input.Flagged.Count(f => f.Status == ParameterStatus.Assumption);
        var caveat = input.Agreement is { } terms
            ? t.Fill(nameof(Strings.Brief_CaveatRegional), t.Format.Count(toVerify), t.Format.Count(assumed), terms.BasePeriod)
            : t.Fill(nameof(Strings.Brief_Caveat), t.Format.Count(toVerify), t.Format.Count(assumed));
        html.Element("p", caveat, ("class", "note"));
        html.Close();
    }

    /// <summary>A clause such as "farmers lose about 37 million dollars".</summary>
    internal static string Clause(ReportText t, double millions, string gain, string loss, string same) =>
        t.Fill(Verb(millions, gain, loss, same), MoneyWords(t, millions));

    private static void FocusParagraphs(HtmlBuilder html, DraftEvaluation input, ReportContext context, Domain.MemberId member, RegionOutcome region)
    {
        var t = context.Text;
        var name = MemberName(context, member, region);
        var markets = input.Markets.Where(m => m.Region == region.Region).ToArray();
        var top = markets.OrderByDescending(m => Math.Abs(m.Welfare.ProducerSurplus)).FirstOrDefault();
        if (top is not null && Math.Abs(top.Welfare.ProducerSurplus) > Negligible)
        {
            var key = top.Welfare.ProducerSurplus > 0 ? nameof(Strings.Brief_LeadGain) : nameof(Strings.Brief_LeadLose);
            html.Element("p", t.Fill(key, t.CommodityInSentence(top.Commodity, top.CommodityName), name, MoneyWords(t, top.Welfare.ProducerSurplus)), ("class", "lead"));
        }

        var w = region.Welfare;
        html.Element("p", t.Fill(
            nameof(Strings.Brief_AllProducts),
            name,
            Clause(t, w.ProducerSurplus, nameof(Strings.Brief_FarmersGain), nameof(Strings.Brief_FarmersLose), nameof(Strings.Brief_FarmersSame)),
            Clause(t, w.ConsumerSurplus, nameof(Strings.Brief_ConsumersGain), nameof(Strings.Brief_ConsumersLose), nameof(Strings.Brief_ConsumersSame)),
            Clause(t, w.Government, nameof(Strings.Brief_TreasuryGains), nameof(Strings.Brief_TreasuryLoses), nameof(Strings.Brief_TreasurySame)),
            Clause(t, w.QuotaRent, nameof(Strings.Brief_QuotaRentsGain), nameof(Strings.Brief_QuotaRentsLose), nameof(Strings.Brief_QuotaRentsSame))));
        var total = t.Fill(Verb(w.Total, nameof(Strings.Brief_CountryGains), nameof(Strings.Brief_CountryLoses), nameof(Strings.Brief_CountrySame)), name, MoneyWords(t, w.Total));
        if (region.Bands?.Total is { } band)
        {
            total += " " + t.Fill(nameof(Strings.Brief_Band), t.Format.MoneyRange(band.Low, band.High, t[nameof(Strings.Word_To)]));
        }

        html.Element("p", total);
        if (region.Region != member)
        {
            html.Element("p", t.Fill(nameof(Strings.Brief_RegionNote), name, context.RegionName(region.Region, region.Name)), ("class", "note"));
        }
    }
}
