using Campo.Domain;

namespace Campo.Negotiation;

/// <summary>A coalition as the negotiation uses it: the members present on the date.</summary>
/// <param name="Code">Its code (G20, G33, G90, C4, ...).</param>
/// <param name="Name">Its name in reports.</param>
/// <param name="Members">Its members present on the date.</param>
/// <param name="Source">Where the list comes from, with its vintage.</param>
public sealed record CoalitionBloc(string Code, string Name, IReadOnlyList<MemberId> Members, string Source);
