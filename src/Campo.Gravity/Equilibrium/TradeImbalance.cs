namespace Campo.Gravity.Equilibrium;

/// <summary>How trade imbalances (expenditure minus output, <c>D_j = E_j − Y_j</c>) move in the counterfactual.</summary>
public enum TradeImbalance
{
    /// <summary>Fixed in levels: <c>E'_j = Y_j ŵ_j + D_j</c> (ge_gravity's default).</summary>
    Additive,

    /// <summary>Fixed as a share of output: <c>E'_j = E_j ŵ_j</c>, i.e. <c>E_j = φ_j Y_j</c> (the Advanced Guide's <c>phi</c>; ge_gravity's <c>multiplicative</c>).</summary>
    Multiplicative,
}
