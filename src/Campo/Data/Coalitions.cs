using Campo.Domain;

namespace Campo.Data;

/// <summary>A coalition's member as its source names it.</summary>
/// <param name="Id">The member's code, or null when the name is not a state (a group speaking through a member).</param>
/// <param name="NameInSource">The name as printed in the source.</param>
/// <param name="IsWtoMember">False when the source lists a non-member (Montserrat in the G-33 list of July 2004).</param>
/// <param name="Note">What the source says of this member, or a transcription note.</param>
public sealed record CoalitionMember(MemberId? Id, string NameInSource, bool IsWtoMember, string Note);

/// <summary>A negotiating coalition at one date ("vintage"): coalitions change, so every list is dated.</summary>
/// <param name="Code">A short code (G20, G22, CAIRNS, G33, C4, ACP, AFRICAN, LDC, ...).</param>
/// <param name="Name">The name used in reports.</param>
/// <param name="Vintage">The date of the list as the source gives it (2003-08/09, 2004-07-28).</param>
/// <param name="VintageDate">The first day of the vintage.</param>
/// <param name="Members">The members as listed.</param>
/// <param name="Source">The source of the list.</param>
public sealed record Coalition(string Code, string Name, string Vintage, DateOnly VintageDate, IReadOnlyList<CoalitionMember> Members, Provenance Source);
