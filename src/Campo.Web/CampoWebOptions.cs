using Campo.Domain;

namespace Campo.Web;

/// <summary>Limits and sizes of the web server. Every limit protects a server that several people share.</summary>
public sealed class CampoWebOptions
{
    /// <summary>The largest scenario file accepted, in bytes (256 KiB; the shipped drafts are under 16 KiB).</summary>
    public long MaxUploadBytes { get; set; } = 256 * 1024;

    /// <summary>Runs evaluated at the same time.</summary>
    public int Workers { get; set; } = Math.Max(1, Math.Min(4, Environment.ProcessorCount));

    /// <summary>Runs waiting at most; beyond, the server answers "busy" (503) instead of queueing without end.</summary>
    public int QueueCapacity { get; set; } = 32;

    /// <summary>Finished runs kept in memory for their pages and downloads; the oldest are forgotten first.</summary>
    public int KeepRuns { get; set; } = 200;

    /// <summary>The most Monte Carlo draws a request may ask for.</summary>
    public int MaxDraws { get; set; } = 1000;

    /// <summary>Draws when a request names none.</summary>
    public int DefaultDraws { get; set; } = Defaults.Draws;
}
