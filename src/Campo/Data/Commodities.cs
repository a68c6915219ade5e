using Campo.Domain;

namespace Campo.Data;

/// <summary>What kind of IMPACT commodity this is, which says where its supply elasticity comes from.</summary>
public enum CommodityKind
{
    /// <summary>A crop with area and yield elasticities.</summary>
    Crop,

    /// <summary>A livestock product with IMPACT livestock supply elasticities.</summary>
    Livestock,

    /// <summary>A processed product (oils, meals, sugar) whose supply IMPACT derives from crushing or refining.</summary>
    Processed,

    /// <summary>Not traded in IMPACT (oilseeds for crushing, fodder, pasture): no world price.</summary>
    NonTraded,
}

/// <summary>A FAOSTAT food-balance item mapped to a commodity.</summary>
/// <param name="Code">The FAOSTAT item code (2514 for maize and products).</param>
/// <param name="Name">The FAOSTAT item name.</param>
public sealed record FaoItem(int Code, string Name);

/// <summary>A model commodity: one of IFPRI IMPACT's commodities.</summary>
/// <param name="Id">The code without IMPACT's j/c prefix (maiz).</param>
/// <param name="Name">The English name from IMPACT's commodity set (Maize).</param>
/// <param name="Kind">Crop, livestock, processed or non-traded.</param>
/// <param name="FaoItems">FAOSTAT food-balance items mapped to it by IMPACT's FAO2J set.</param>
/// <param name="HsHeadings">HS headings where a cited tariff fact gives one; empty otherwise.</param>
/// <param name="WorldPrice">The 2005 world price (IMPACT, USD per tonne), or null for non-traded commodities.</param>
public sealed record Commodity(CommodityId Id, string Name, CommodityKind Kind, IReadOnlyList<FaoItem> FaoItems, IReadOnlyList<HsCode> HsHeadings, UsdPerTonne? WorldPrice)
{
    /// <summary>IMPACT's activity code (j prefix), as in its supply files.</summary>
    public string ImpactActivityCode => "j" + Id.Code;

    /// <summary>IMPACT's commodity code (c prefix), as in its demand and trade files.</summary>
    public string ImpactCommodityCode => "c" + Id.Code;
}
