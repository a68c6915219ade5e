using Campo.Domain;

namespace Campo.Data;

/// <summary>
/// The Agreement-on-Agriculture product groups of the WTO/ITC/UNCTAD World Tariff Profiles (Part A.2), plus the
/// whole of agriculture (the AoA total of Part A.1).
/// </summary>
public enum AoaProductGroup
{
    /// <summary>All agricultural products (AoA definition).</summary>
    AllAgricultural,

    /// <summary>Animal products.</summary>
    AnimalProducts,

    /// <summary>Dairy products.</summary>
    DairyProducts,

    /// <summary>Fruit, vegetables, plants.</summary>
    FruitVegetablesPlants,

    /// <summary>Coffee, tea (with cocoa).</summary>
    CoffeeTea,

    /// <summary>Cereals and preparations.</summary>
    CerealsPreparations,

    /// <summary>Oilseeds, fats and oils.</summary>
    OilseedsFatsOils,

    /// <summary>Sugars and confectionery.</summary>
    SugarsConfectionery,

    /// <summary>Beverages and tobacco.</summary>
    BeveragesTobacco,

    /// <summary>Cotton.</summary>
    Cotton,

    /// <summary>Other agricultural products.</summary>
    OtherAgricultural,
}

/// <summary>
/// A member's bound simple-average tariff on agricultural products, for the whole of agriculture or one AoA product
/// group, with its MFN applied average where the same source gives one. A cited figure (World Tariff Profiles, FAO
/// case studies), derived into bound_averages.csv by the dataset builder.
/// </summary>
/// <param name="Member">The member.</param>
/// <param name="Group">The product group (or all agricultural products).</param>
/// <param name="Bound">The final bound simple average.</param>
/// <param name="Applied">The MFN applied simple average, or null when the source gives none.</param>
/// <param name="AppliedYear">The year of the applied average as the source gives it, or empty.</param>
/// <param name="Provenance">The citation.</param>
public sealed record BoundAverage(MemberId Member, AoaProductGroup Group, Rate Bound, Rate? Applied, string AppliedYear, Provenance Provenance)
{
    /// <summary>The binding overhang of the averages (bound minus applied), as a fraction; null without an applied average.</summary>
    public double? Overhang => Applied is { } a ? Bound.Fraction - a.Fraction : null;
}

/// <summary>
/// Where a member's bound rate on a commodity comes from, in the order Campo tries them (docs/models/schedules.md,
/// "Bound rates and water").
/// </summary>
public enum BoundSource
{
    /// <summary>A cited commodity-level fact (tariff_facts.csv).</summary>
    CommodityFact,

    /// <summary>The member's cited bound average of the commodity's AoA product group, never below the applied rate.</summary>
    GroupAverage,

    /// <summary>The member's cited bound average on all agricultural products, never below the applied rate.</summary>
    AgricultureAverage,

    /// <summary>No cited bound figure: the applied rate stands in for the bound (no water), a labelled assumption.</summary>
    AppliedAssumed,
}

/// <summary>The WTO World Tariff Profiles' AoA product groups: their labels as the profiles print them, and the group of each model commodity.</summary>
public static class AoaProductGroups
{
    /// <summary>The label of a group as the World Tariff Profiles print it (and as ../shared/data/facts/tariff_profiles.csv writes it).</summary>
    public static string Label(AoaProductGroup group) => group switch
    {
        AoaProductGroup.AllAgricultural => "Agricultural products (AoA)",
        AoaProductGroup.AnimalProducts => "Animal products",
        AoaProductGroup.DairyProducts => "Dairy products",
        AoaProductGroup.FruitVegetablesPlants => "Fruit, vegetables, plants",
        AoaProductGroup.CoffeeTea => "Coffee, tea",
        AoaProductGroup.CerealsPreparations => "Cereals & preparations",
        AoaProductGroup.OilseedsFatsOils => "Oilseeds, fats & oils",
        AoaProductGroup.SugarsConfectionery => "Sugars and confectionery",
        AoaProductGroup.BeveragesTobacco => "Beverages & tobacco",
        AoaProductGroup.Cotton => "Cotton",
        _ => "Other agricultural products",
    };

    /// <summary>The group whose label is <paramref name="label"/>, or null.</summary>
    public static AoaProductGroup? FromLabel(string label) =>
        Enum.GetValues<AoaProductGroup>().Select(g => (AoaProductGroup?)g).FirstOrDefault(g => string.Equals(Label(g!.Value), label, StringComparison.Ordinal));

    /// <summary>
    /// The AoA product group of a model (IMPACT) commodity, by the HS chapter of its products: live animals and meat
    /// (01, 02) and eggs (0407) are animal products; milk (0401-0406) dairy; fruit, vegetables, roots, tubers and dried
    /// pulses (07, 08) fruit, vegetables, plants; coffee, tea and cocoa (09, 18) coffee, tea; cereals (10) cereals;
    /// oilseeds (12) and fats and oils (15) oilseeds, fats and oils; sugar (17) sugars; cotton (52) cotton; oilcakes
    /// and meals (23) and the IMPACT residual "other" the other agricultural products. Campo's classification, stated
    /// here; it decides which product-group average stands in for a commodity's bound rate.
    /// </summary>
    public static AoaProductGroup Of(CommodityId commodity) => commodity.Code switch
    {
        "beef" or "lamb" or "pork" or "poul" or "eggs" => AoaProductGroup.AnimalProducts,
        "milk" => AoaProductGroup.DairyProducts,
        "bana" or "plnt" or "subf" or "temf" or "vege" or "pota" or "cass" or "swpt" or "yams" or "orat"
            or "bean" or "chkp" or "cowp" or "lent" or "opul" or "pigp" => AoaProductGroup.FruitVegetablesPlants,
        "cafe" or "teas" or "coco" => AoaProductGroup.CoffeeTea,
        "whea" or "maiz" or "rice" or "barl" or "mill" or "sorg" or "ocer" => AoaProductGroup.CerealsPreparations,
        "soyb" or "grnd" or "rpsd" or "snfl" or "tols" or "pkrl" or "sbol" or "rpol" or "sfol" or "gdol" or "plol" or "pkol" or "tool"
            or "gdnt" or "rpnt" or "sbnt" or "sfnt" or "tont" or "palm" => AoaProductGroup.OilseedsFatsOils,
        "sugr" or "sugb" or "sugc" => AoaProductGroup.SugarsConfectionery,
        "cott" => AoaProductGroup.Cotton,
        _ => AoaProductGroup.OtherAgricultural,
    };
}
