using Campo.Domain;

namespace Campo.Schedules;

/// <summary>
/// Which HS lines are agricultural, and the product group each is reported under.
/// <para>
/// Coverage: Agreement on Agriculture, Annex 1 (product coverage): HS chapters 1 to 24 less fish and fish
/// products, plus 2905.43 (mannitol), 2905.44 (sorbitol), heading 33.01 (essential oils), headings 35.01-35.05
/// (albuminoidal substances, modified starches, glues), 3809.10 (finishing agents), 3823.60 (sorbitol n.e.p.),
/// headings 41.01-41.03 (hides and skins), 43.01 (raw furskins), 50.01-50.03 (raw silk and silk waste),
/// 51.01-51.03 (wool and animal hair), 52.01-52.03 (raw cotton, waste, carded or combed cotton), 53.01 (raw flax)
/// and 53.02 (raw hemp). The same list is reproduced in Annex IV of the Revised Treaty of Chaguaramas
/// (treaty.caricom.org/annex-iv-paragraph-2-of-article-117). "Fish and fish products" is read here as chapter 3 and
/// the entries whose HS text names fish: 15.04 (fish fats and oils), 16.04 (prepared fish), 16.05 (prepared
/// crustaceans and molluscs) and 2301.20 (flours of fish).
/// </para>
/// <para>
/// Groups: no concordance of the WTO's AoA product groups (World Tariff Profiles) to HS headings could be found
/// to cite, so lines are grouped by HS chapter, with the chapter titles of the HS nomenclature shortened.
/// </para>
/// </summary>
public static class ProductGroups
{
    /// <summary>How the groups are defined, for reports.</summary>
    public const string Basis = "HS chapters (no citable concordance to the WTO AoA product groups was found); coverage: Agreement on Agriculture Annex 1";

    private static readonly string[] AnnexEntries =
    [
        "290543", "290544", "3301", "3501", "3502", "3503", "3504", "3505", "380910", "382360",
        "4101", "4102", "4103", "4301", "5001", "5002", "5003", "5101", "5102", "5103", "5201", "5202", "5203", "5301", "5302",
    ];

    private static readonly string[] FishEntries = ["03", "1504", "1604", "1605", "230120"];

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["01"] = "Live animals",
        ["02"] = "Meat and edible offal",
        ["04"] = "Dairy, eggs, honey",
        ["05"] = "Other animal products",
        ["06"] = "Live plants, cut flowers",
        ["07"] = "Vegetables",
        ["08"] = "Fruit and nuts",
        ["09"] = "Coffee, tea, spices",
        ["10"] = "Cereals",
        ["11"] = "Milling products, malt, starch",
        ["12"] = "Oilseeds, fodder",
        ["13"] = "Lac, gums, resins",
        ["14"] = "Vegetable plaiting materials",
        ["15"] = "Fats and oils",
        ["16"] = "Meat preparations",
        ["17"] = "Sugars and confectionery",
        ["18"] = "Cocoa and preparations",
        ["19"] = "Cereal, flour, milk preparations",
        ["20"] = "Vegetable and fruit preparations",
        ["21"] = "Miscellaneous food preparations",
        ["22"] = "Beverages, spirits, vinegar",
        ["23"] = "Food residues, animal feed",
        ["24"] = "Tobacco",
        ["29"] = "Mannitol, sorbitol",
        ["33"] = "Essential oils",
        ["35"] = "Albumins, modified starches, glues",
        ["38"] = "Finishing agents, sorbitol n.e.p.",
        ["41"] = "Raw hides and skins",
        ["43"] = "Raw furskins",
        ["50"] = "Raw silk",
        ["51"] = "Wool and animal hair",
        ["52"] = "Raw cotton",
        ["53"] = "Raw flax and hemp",
    };

    /// <summary>True when the HS chapter exists in the Harmonized System (01 to 97, chapter 77 reserved).</summary>
    public static bool IsKnownChapter(HsCode code)
    {
        var chapter = int.Parse(code.Chapter.Digits, System.Globalization.CultureInfo.InvariantCulture);
        return chapter is >= 1 and <= 97 && chapter != 77;
    }

    /// <summary>True when the line lies within the Agreement on Agriculture's product coverage (Annex 1).</summary>
    /// <remarks>A code shorter than the Annex entry it would fall under (2905 for 2905.43) is not counted as covered.</remarks>
    public static bool IsAgricultural(HsCode code)
    {
        var digits = code.Digits;
        foreach (var fish in FishEntries)
        {
            if (digits.StartsWith(fish, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var chapter = int.Parse(code.Chapter.Digits, System.Globalization.CultureInfo.InvariantCulture);
        if (chapter is >= 1 and <= 24)
        {
            return true;
        }

        foreach (var entry in AnnexEntries)
        {
            if (digits.StartsWith(entry, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The group label of an agricultural line: its HS chapter and a short title, such as "10 Cereals".</summary>
    public static string GroupOf(HsCode code)
    {
        var chapter = code.Chapter.Digits;
        return Titles.TryGetValue(chapter, out var title) ? chapter + " " + title : chapter + " Chapter " + chapter;
    }
}
