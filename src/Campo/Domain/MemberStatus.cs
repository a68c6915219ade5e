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

/// <summary>The keys a development status is written with in scenario files and flags.</summary>
public static class DevelopmentStatusKeys
{
    /// <summary>Every status by its key: <c>developed</c>, <c>developing</c>, <c>ldc</c>.</summary>
    public static IReadOnlyDictionary<string, DevelopmentStatus> ByKey { get; } = new Dictionary<string, DevelopmentStatus>(StringComparer.Ordinal)
    {
        ["developed"] = DevelopmentStatus.Developed,
        ["developing"] = DevelopmentStatus.Developing,
        ["ldc"] = DevelopmentStatus.LeastDeveloped,
    };

    /// <summary>The key of a status (<c>developed</c>, <c>developing</c> or <c>ldc</c>).</summary>
    public static string Of(DevelopmentStatus status) => ByKey.First(pair => pair.Value == status).Key;
}
