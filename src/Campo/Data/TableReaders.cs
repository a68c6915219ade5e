using System.Globalization;
using Campo.Data.Csv;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Data;

/// <summary>Readers of the dataset's smaller tables (members, regions, coalitions, commodities, tariffs, context series).</summary>
internal static class TableReaders
{
    public static readonly string[] CornCostColumns =
    [
        "year", "gross_value_of_production_usd_per_planted_acre", "total_operating_costs_usd_per_planted_acre",
        "opportunity_cost_unpaid_labor_usd_per_planted_acre", "opportunity_cost_land_usd_per_planted_acre",
        "total_costs_listed_usd_per_planted_acre", "yield_bu_per_planted_acre", "price_usd_per_bu_at_harvest",
    ];

    public static List<DatasetAssumption> Assumptions(CsvTable t) =>
        t.Records.Select(r => new DatasetAssumption(t.Required(r, "key"), t.Required(r, "text"))).ToList();

    public static List<MarketRegion> Regions(CsvTable t) =>
        t.Records.Select(r => new MarketRegion(t.Member(r, "code"), t.Required(r, "name"), Split(t.Text(r, "impact_regions")), Split(t.Text(r, "countries")))).ToList();

    public static Dictionary<(string Code, string Kind), List<DatedPeriod>> Periods(CsvTable t)
    {
        var result = new Dictionary<(string, string), List<DatedPeriod>>();
        foreach (var r in t.Records)
        {
            var kind = t.Text(r, "kind");
            if (kind is not ("ldc" or "eu"))
            {
                throw new CampoException(Messages.Fill(Messages.Data_NotPeriodKind, kind), Messages.Text(Messages.Data_PeriodKindFix), t.Where(r, "kind"));
            }

            var reliability = t.Text(r, "reliability") switch
            {
                "verified" => Reliability.Verified,
                "to-verify" => Reliability.ToVerify,
                var other => throw new CampoException(Messages.Fill(Messages.Data_NotReliability, other), Messages.Text(Messages.Data_ReliabilityFix), t.Where(r, "reliability")),
            };
            var key = (t.Member(r, "code").Code, kind);
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(new DatedPeriod(t.OptionalDate(r, "from"), t.OptionalDate(r, "to"), new Provenance(t.Required(r, "source"), reliability)));
        }

        return result;
    }

    public static List<Member> Members(CsvTable t, Dictionary<(string Code, string Kind), List<DatedPeriod>> periods, HashSet<MemberId> regions)
    {
        var members = new List<Member>();
        foreach (var r in t.Records)
        {
            var id = t.Member(r, "code");
            var relationText = t.Text(r, "relation");
            if (!Enum.TryParse<RegionRelation>(relationText, ignoreCase: false, out var relation) || !Enum.IsDefined(relation))
            {
                throw new CampoException(Messages.Fill(Messages.Data_NotRegionRelation, id, relationText), Messages.Text(Messages.Data_RegionRelationFix), t.Where(r, "relation"));
            }

            MemberId? region = null;
            if (relation != RegionRelation.NoData)
            {
                var code = t.Member(r, "region");
                region = regions.Contains(code) ? code
                    : throw new CampoException(Messages.Fill(Messages.Data_MemberUnknownRegion, id, code), Suggestions.DidYouMean(code.Code, regions.Select(x => x.Code), Messages.Fill(Messages.Data_CodeInFile, DatasetFiles.Regions)), t.Where(r, "region"));
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in new[] { "en", "es", "fr", "pt" })
            {
                names[language] = t.Text(r, "name_" + language);
            }

            var developed = t.Text(r, "developed_assumption");
            members.Add(new Member(
                id,
                t.Required(r, "wto_name"),
                names,
                t.OptionalDate(r, "accession") ?? throw new CampoException(Messages.Fill(Messages.Data_AccessionEmpty, id), Messages.Text(Messages.Data_DateFix), t.Where(r, "accession")),
                t.Boolean(r, "original"),
                region,
                relation,
                t.Text(r, "region_note"),
                developed.Length > 0 ? Provenance.Assumed(developed) : null,
                periods.GetValueOrDefault((id.Code, "ldc")) ?? [],
                periods.GetValueOrDefault((id.Code, "eu")) ?? []));
        }

        return members;
    }

    public static List<Coalition> Coalitions(CsvTable heads, CsvTable rows)
    {
        var members = new Dictionary<string, List<CoalitionMember>>(StringComparer.Ordinal);
        foreach (var r in rows.Records)
        {
            var coalition = rows.Required(r, "coalition");
            var code = rows.Text(r, "code");
            MemberId? id = code.Length == 0 ? null : rows.Member(r, "code");
            if (!members.TryGetValue(coalition, out var list))
            {
                members[coalition] = list = [];
            }

            list.Add(new CoalitionMember(id, rows.Required(r, "name_in_source"), rows.Boolean(r, "wto_member"), rows.Text(r, "note")));
        }

        var result = new List<Coalition>();
        foreach (var r in heads.Records)
        {
            var code = heads.Required(r, "code");
            result.Add(new Coalition(
                code,
                heads.Required(r, "name"),
                heads.Required(r, "vintage"),
                heads.OptionalDate(r, "vintage_date") ?? throw new CampoException(Messages.Fill(Messages.Data_VintageEmpty, code), Messages.Text(Messages.Data_DateFix), heads.Where(r, "vintage_date")),
                members.GetValueOrDefault(code) ?? [],
                Provenance.Cited(heads.Required(r, "source"))));
        }

        foreach (var code in members.Keys.Where(k => result.All(c => c.Code != k)))
        {
            var row = rows.Records.First(x => rows.Text(x, "coalition") == code);
            throw new CampoException(Messages.Fill(Messages.Data_CoalitionNotListed, code, DatasetFiles.Coalitions), Messages.Text(Messages.Data_CoalitionCodeFix), rows.Where(row, "coalition"));
        }

        return result;
    }

    public static List<Commodity> Commodities(CsvTable t)
    {
        var list = new List<Commodity>();
        foreach (var r in t.Records)
        {
            var id = t.Commodity(r, "code");
            var kindText = t.Text(r, "kind");
            if (!Enum.TryParse<CommodityKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                throw new CampoException(Messages.Fill(Messages.Data_NotCommodityKind, id, kindText), Messages.Text(Messages.Data_CommodityKindFix), t.Where(r, "kind"));
            }

            var items = new List<FaoItem>();
            foreach (var part in t.Text(r, "fao_items").Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || !int.TryParse(part[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                {
                    throw new CampoException(Messages.Fill(Messages.Data_NotFaoItem, id, part), Messages.Text(Messages.Data_FaoItemFix), t.Where(r, "fao_items"));
                }

                items.Add(new FaoItem(code, part[(colon + 1)..]));
            }

            var headings = new List<HsCode>();
            foreach (var part in Split(t.Text(r, "hs_headings")))
            {
                headings.Add(HsCode.TryParse(part, out var hs) ? hs : throw new CampoException(Messages.Fill(Messages.Data_CommodityNotHs, id, part), Messages.Text(Messages.Data_HsHeadingsFix), t.Where(r, "hs_headings")));
            }

            var price = t.OptionalNumber(r, "world_price_usd_per_t", $"commodity {id}");
            if (price is < 0)
            {
                throw new CampoException(Messages.Fill(Messages.Data_CommodityNegativePrice, id, price), Messages.Text(Messages.Data_PriceFix), t.Where(r, "world_price_usd_per_t"));
            }

            list.Add(new Commodity(id, t.Required(r, "name"), kind, items, headings, price is { } p ? new UsdPerTonne(p) : null));
        }

        return list;
    }

    public static List<TariffFact> TariffFacts(CsvTable t, HashSet<CommodityId> commodities)
    {
        var list = new List<TariffFact>();
        foreach (var r in t.Records)
        {
            var member = t.Member(r, "member");
            var commodity = t.Commodity(r, "commodity");
            var context = $"member {member}, commodity {commodity}";
            if (!commodities.Contains(commodity))
            {
                throw new CampoException(Messages.Fill(Messages.Data_UnknownCommodityIn, context, commodity), Suggestions.DidYouMean(commodity.Code, commodities.Select(c => c.Code), Messages.Fill(Messages.Data_CodeInFile, DatasetFiles.Commodities)), t.Where(r, "commodity"));
            }

            Rate? Percent(string column)
            {
                var value = t.OptionalNumber(r, column, context);
                return value is not { } v ? null : v >= 0 ? Rate.FromPercent(v) : throw new CampoException(Messages.Fill(Messages.Data_NegativeRate, context, column, v), Messages.Text(Messages.Data_RateFix), t.Where(r, column));
            }

            if (Percent("bound_pct") is { } bound && Percent("applied_pct") is { } applied && bound < applied)
            {
                throw new CampoException(
                    Messages.Fill(Messages.Data_BoundBelowApplied, context, bound, applied),
                    Messages.Text(Messages.Data_BoundBelowAppliedFix),
                    t.Where(r, "bound_pct"));
            }

            if (t.Text(r, "source").Length == 0)
            {
                throw new CampoException(Messages.Fill(Messages.Data_RateNoSource, context), Messages.Text(Messages.Data_CiteRate), t.Where(r, "source"));
            }

            var hsText = t.Text(r, "hs");
            var quota = t.OptionalNumber(r, "quota_t", context);
            list.Add(new TariffFact(
                member,
                commodity,
                t.Text(r, "product"),
                hsText.Length == 0 ? null : HsCode.TryParse(hsText, out var hs) ? hs : throw new CampoException(Messages.Fill(Messages.Data_NotHsCode, context, hsText), Messages.Text(Messages.Data_HsCodeFix), t.Where(r, "hs")),
                Percent("bound_pct"),
                Percent("applied_pct"),
                Percent("in_quota_pct"),
                quota is { } q ? q >= 0 ? new Tonnes(q) : throw new CampoException(Messages.Fill(Messages.Data_NegativeQuota, context, "quota_t", q), Messages.Text(Messages.Data_QuotaFix), t.Where(r, "quota_t")) : null,
                t.Text(r, "specific_duty"),
                t.Text(r, "year"),
                Provenance.Cited(t.Required(r, "source"))));
        }

        return list;
    }

    public static List<FaostatSeries> Faostat(CsvTable t)
    {
        var years = YearColumns(t);
        return t.Records.Select(r =>
        {
            var context = $"area {t.Text(r, "area")}, item {t.Text(r, "item_code")}, element {t.Text(r, "element")}";
            var values = new SortedDictionary<int, double>();
            foreach (var (column, year) in years)
            {
                if (t.OptionalNumber(r, column, context) is { } v)
                {
                    values[year] = v;
                }
            }

            return new FaostatSeries(t.Required(r, "area"), (int)t.Number(r, "item_code", context), t.Required(r, "item"), t.Required(r, "element"), values);
        }).ToList();
    }

    public static List<PriceSeries> Prices(CsvTable t)
    {
        var years = YearColumns(t);
        return t.Records.Select(r =>
        {
            var name = t.Required(r, "name");
            var values = new SortedDictionary<int, double>();
            foreach (var (column, year) in years)
            {
                if (t.OptionalNumber(r, column, "price series " + name) is { } v)
                {
                    values[year] = v >= 0 ? v : throw new CampoException(Messages.Fill(Messages.Data_PriceSeriesNegative, name, year, v), Messages.Text(Messages.Data_PriceFix), t.Where(r, column));
                }
            }

            return new PriceSeries(name, t.Text(r, "description"), t.Required(r, "unit"), values);
        }).ToList();
    }

    public static List<CornCostsAndReturns> CornCosts(CsvTable t) =>
        t.Records.Select(r =>
        {
            double N(string column) => t.Number(r, column, "corn costs " + t.Text(r, "year"));
            return new CornCostsAndReturns((int)N(CornCostColumns[0]), N(CornCostColumns[1]), N(CornCostColumns[2]), N(CornCostColumns[3]), N(CornCostColumns[4]), N(CornCostColumns[5]), N(CornCostColumns[6]), N(CornCostColumns[7]));
        }).ToList();

    private static List<(string Column, int Year)> YearColumns(CsvTable t) =>
        t.Header.Where(h => h.Length == 4 && h.All(char.IsAsciiDigit)).Select(h => (h, int.Parse(h, CultureInfo.InvariantCulture))).ToList();

    private static List<string> Split(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
