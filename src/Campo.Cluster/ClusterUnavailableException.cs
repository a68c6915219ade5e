namespace Campo.Cluster;

/// <summary>Why a cluster could not do the work.</summary>
public enum ClusterFailure
{
    /// <summary>No Campo silo answered at the gateway (nothing listens, another cluster id, a firewall).</summary>
    NotReachable,

    /// <summary>The cluster has no silo left to work on (every silo stopped during the sweep).</summary>
    NoSilo,

    /// <summary>A silo runs another build of Campo, whose results could differ.</summary>
    OtherBuild,

    /// <summary>A silo refused the work: it belongs to another cluster id.</summary>
    OtherCluster,
}

/// <summary>
/// The cluster named by <c>--cluster</c> cannot do the work. The command line prints it on one line, in the user's
/// language, and exits with its own code (69, README "Exit codes").
/// </summary>
public sealed class ClusterUnavailableException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="gateway">The gateway as the user typed it.</param>
    /// <param name="failure">What went wrong.</param>
    /// <param name="detail">Orleans's own words, or null.</param>
    /// <param name="inner">The underlying exception, or null.</param>
    public ClusterUnavailableException(string gateway, ClusterFailure failure, string? detail, Exception? inner = null)
        : base(gateway + ": " + failure + (detail is null ? string.Empty : " (" + detail + ")"), inner)
    {
        Gateway = gateway;
        Failure = failure;
        Detail = detail;
    }

    /// <summary>The gateway as the user typed it.</summary>
    public string Gateway { get; }

    /// <summary>What went wrong.</summary>
    public ClusterFailure Failure { get; }

    /// <summary>Orleans's own words, or null.</summary>
    public string? Detail { get; }
}
