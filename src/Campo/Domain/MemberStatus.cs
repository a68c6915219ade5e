namespace Campo.Domain;

/// <summary>
/// A member's development status in WTO agreements, which sets its special and differential treatment.
/// The WTO has no definition of "developing" (members self-designate); LDCs are those the United Nations
/// designates.
/// </summary>
public enum DevelopmentStatus
{
    /// <summary>A developed member: full reduction commitments.</summary>
    Developed,

    /// <summary>A self-designated developing member: smaller cuts over longer periods.</summary>
    Developing,

    /// <summary>A least-developed country as designated by the United Nations: no reduction commitments.</summary>
    LeastDeveloped,
}
